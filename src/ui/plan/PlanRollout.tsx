// A phased roll-out over time: a year slider that sets what the map shows (sites built by the
// end of that year, and whom they cover), a chart of the share covered per year for everyone
// and each group, and the same numbers in a table beside it.
import { useId } from 'react';
import { formatYear } from '../../i18n/format.ts';
import { useWords } from '../../i18n/use-words.ts';
import type { Rollout } from '../../state/plan-rollout.ts';
import { shareText, wholeText } from '../../state/plan-text.ts';

interface Props {
  rollout: Rollout;
  /** Year index shown on the map; null: the whole roll-out. */
  year: number | null;
  onYear(year: number | null): void;
}

const W = 360;
const H = 180;
const M = { left: 40, right: 12, top: 10, bottom: 26 };
// ColorBrewer Dark2: distinct lines for everyone and up to seven groups.
const LINE_COLORS = ['#1b1b1b', '#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 2', '10 4', '4 4', '3 6'];

export function PlanRollout({ rollout, year, onYear }: Props) {
  const { t, locale } = useWords();
  const titleId = useId();
  const sliderId = useId();
  const { years, groups } = rollout;
  const last = years.length - 1;
  const shown = year ?? last;
  const series = [{ name: t('rollout.everyone'), values: years.map((y) => y.covered) }, ...groups.map((g, k) => ({ name: g, values: years.map((y) => y.groups[k]!) }))];
  const x = (t: number) => M.left + (years.length > 1 ? (t / last) * (W - M.left - M.right) : (W - M.left - M.right) / 2);
  const y = (share: number) => M.top + (1 - share) * (H - M.top - M.bottom);
  const describe = (k: number) => t('rollout.state', { year: formatYear(years[k]!.year, locale), count: years[k]!.sites, share: shareText(years[k]!.covered, locale) });

  return (
    <section className="plan-rollout" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('rollout.title')}</h3>
      <div className="rollout-slider">
        <label htmlFor={sliderId}>{t('rollout.slider')}</label>
        <input
          id={sliderId}
          type="range"
          min={0}
          max={last}
          step={1}
          value={shown}
          aria-valuetext={describe(shown)}
          onChange={(e) => {
            const t = Number(e.target.value);
            onYear(t === last ? null : t);
          }}
        />
        <output htmlFor={sliderId}>{formatYear(years[shown]!.year, locale)}</output>
      </div>
      <p className="counts">{t('rollout.shown', { state: describe(shown) })}</p>
      <svg className="rollout-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('rollout.chart', { series: series.map((s) => t('rollout.series', { name: s.name, from: shareText(s.values[0]!, locale), to: shareText(s.values[last]!, locale) })).join('; ') })}>
        {[0, 0.25, 0.5, 0.75, 1].map((v) => (
          <g key={v}>
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} stroke="#ddd" />
            <text x={M.left - 4} y={y(v) + 4} textAnchor="end" fontSize="10">{shareText(v, locale)}</text>
          </g>
        ))}
        {years.map((yr, t) => (
          <text key={yr.year} x={x(t)} y={H - 8} textAnchor="middle" fontSize="10" fontWeight={t === shown ? 'bold' : undefined}>{formatYear(yr.year, locale)}</text>
        ))}
        <line x1={x(shown)} x2={x(shown)} y1={M.top} y2={H - M.bottom} stroke="#999" strokeDasharray="2 2" />
        {series.map((s, k) => (
          <g key={s.name}>
            <polyline fill="none" stroke={LINE_COLORS[k % LINE_COLORS.length]} strokeWidth={2} strokeDasharray={DASHES[k % DASHES.length]} points={s.values.map((v, t) => `${x(t)},${y(Number.isFinite(v) ? v : 0)}`).join(' ')} />
            {s.values.map((v, t) => Number.isFinite(v) && <circle key={t} cx={x(t)} cy={y(v)} r={2.5} fill={LINE_COLORS[k % LINE_COLORS.length]} />)}
          </g>
        ))}
      </svg>
      <ul className="rollout-key" aria-hidden="true">
        {series.map((s, k) => (
          <li key={s.name}>
            <svg width="22" height="8"><line x1="0" x2="22" y1="4" y2="4" stroke={LINE_COLORS[k % LINE_COLORS.length]} strokeWidth={2} strokeDasharray={DASHES[k % DASHES.length]} /></svg> {s.name}
          </li>
        ))}
      </ul>
      <div className="table-wrap plan-table">
        <table className="district-table" aria-label={t('rollout.table')}>
          <thead>
            <tr>
              <th scope="col">{t('rollout.column.year')}</th>
              <th scope="col">{t('rollout.column.sites')}</th>
              <th scope="col">{t('rollout.column.cost')}</th>
              <th scope="col">{t('rollout.column.everyone')}</th>
              {groups.map((g) => <th key={g} scope="col">{t('rollout.column.group', { group: g })}</th>)}
            </tr>
          </thead>
          <tbody>
            {years.map((yr, t) => (
              <tr key={yr.year} aria-selected={t === shown} className={t === shown ? 'selected' : undefined}>
                <th scope="row">{formatYear(yr.year, locale)}</th>
                <td>{wholeText(yr.sites, locale)}</td>
                <td>{wholeText(yr.cost, locale)}{Number.isFinite(yr.budget) ? ` (${wholeText(yr.budget, locale)})` : ''}</td>
                <td>{shareText(yr.covered, locale)}</td>
                {yr.groups.map((v, k) => <td key={groups[k]}>{shareText(v, locale)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

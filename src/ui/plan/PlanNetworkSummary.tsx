// A community network's links in plain words: how many, how long, what they cost, how many
// sites only relay, and the longest chain to backhaul.
import type { PlanRun } from '../../engine/run-plan.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useWords } from '../../i18n/use-words.ts';
import { wholeText } from '../../state/plan-text.ts';

interface Props {
  run: PlanRun;
}

export function PlanNetworkSummary({ run }: Props) {
  const { t, locale } = useWords();
  const linked = run.sites.filter((s) => s.link && s.link.hops > 0);
  const relays = run.sites.filter((s) => s.coveredWeight <= 0).length;
  const maxHops = linked.reduce((a, s) => Math.max(a, s.link!.hops), 0);
  const km = (run.network?.lengthM ?? 0) / 1000;
  return (
    <section className="plan-network" aria-label={t('network.title')}>
      <h3>{t('network.title')}</h3>
      <dl className="plan-figures">
        <dt>{t('network.links')}</dt>
        <dd>{t('network.linksValue', { links: wholeText(linked.length, locale), km: formatNumber(km, locale, 1), max: wholeText(run.scenario.network?.link_m ?? 0, locale) })}</dd>
        <dt>{t('network.linkCost')}</dt>
        <dd>{wholeText(run.network?.linkCost ?? 0, locale)}</dd>
        <dt>{t('network.backhaulPoints')}</dt>
        <dd>{wholeText(run.backhaul?.ids.length ?? 0, locale)}</dd>
        <dt>{t('network.relays')}</dt>
        <dd>{wholeText(relays, locale)}</dd>
        <dt>{t('network.chain')}</dt>
        <dd>{t('network.hops', { count: maxHops })}</dd>
      </dl>
    </section>
  );
}

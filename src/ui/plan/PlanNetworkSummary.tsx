// A community network's links in plain words: how many, how long, what they cost, how many
// sites only relay, and the longest chain to backhaul.
import type { PlanRun } from '../../engine/run-plan.ts';
import { wholeText } from '../../state/plan-text.ts';

interface Props {
  run: PlanRun;
}

export function PlanNetworkSummary({ run }: Props) {
  const linked = run.sites.filter((s) => s.link && s.link.hops > 0);
  const relays = run.sites.filter((s) => s.coveredWeight <= 0).length;
  const maxHops = linked.reduce((a, s) => Math.max(a, s.link!.hops), 0);
  const km = (run.network?.lengthM ?? 0) / 1000;
  return (
    <section className="plan-network" aria-label="Community network">
      <h3>Community network</h3>
      <dl className="plan-figures">
        <dt>Links</dt>
        <dd>{linked.length}, {km.toLocaleString('en', { maximumFractionDigits: 1 })} km in all (each at most {wholeText(run.scenario.network?.link_m ?? 0)} m)</dd>
        <dt>Link cost</dt>
        <dd>{wholeText(run.network?.linkCost ?? 0)}</dd>
        <dt>Backhaul points</dt>
        <dd>{run.backhaul?.ids.length ?? 0}</dd>
        <dt>Relays (cover nobody new)</dt>
        <dd>{relays}</dd>
        <dt>Longest chain to backhaul</dt>
        <dd>{maxHops} link{maxHops === 1 ? '' : 's'}</dd>
      </dl>
    </section>
  );
}

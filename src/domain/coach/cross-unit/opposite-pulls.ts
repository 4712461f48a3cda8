import { normalize } from "../text.ts";
import {
  type CrossUnitKeyResult,
  comparableUnits,
  type MetricIdentity,
  metricOf,
  type Pull,
  polarityBetween,
  pullOf,
  sameMetric,
} from "./metrics.ts";

// M7, rule 1: two units' KRs on one metric pulling in opposite directions, or the guide's
// sales-versus-customer-success tension (new logos up while churn must come down), which the
// guide resolves by narrowing both to *qualified* customers.

export type OppositePullKind =
  /** One metric, one KR raising it while the other lowers it. */
  | "opposite_directions"
  /** One KR keeps the metric in a range that the other's target leaves. */
  | "range_pushed"
  /** Winning new customers of any kind feeds the churn the other unit must cut (the guide's example). */
  | "acquisition_vs_churn";

export interface OppositePullHit {
  kind: OppositePullKind;
  /** The metric both KRs measure, in the words of the first one. */
  metric: string;
}

/** Whether two KRs of different units pull one metric in opposite directions; null when not. */
export function oppositePull(a: CrossUnitKeyResult, b: CrossUnitKeyResult): OppositePullHit | null {
  if (normalize(a.unit) === normalize(b.unit)) return null;
  const ma = metricOf(a);
  const mb = metricOf(b);
  const metric = a.metric?.trim() || b.metric?.trim() || a.title;
  if (sameMetric(ma, mb)) {
    const kind = pullsAgainst(pullOf(a), oriented(pullOf(b), polarityBetween(ma, mb)), comparableUnits(a, b));
    return kind ? { kind, metric } : null;
  }
  return tension(ma, pullOf(a), mb, pullOf(b)) ? { kind: "acquisition_vs_churn", metric } : null;
}

/** B's pull read on A's scale: an inverse metric (retention for churn) turns up into down. */
function oriented(pull: Pull, polarity: 1 | -1): Pull {
  if (polarity === 1) return pull;
  if (pull.kind === "up") return { kind: "down", target: null };
  if (pull.kind === "down") return { kind: "up", target: null };
  // A band on the inverse metric is in other values: it cannot be compared with A's.
  return { kind: "none" };
}

function pullsAgainst(a: Pull, b: Pull, comparable: boolean): OppositePullKind | null {
  if ((a.kind === "up" && b.kind === "down") || (a.kind === "down" && b.kind === "up")) return "opposite_directions";
  if (!comparable) return null;
  if (a.kind === "band" && (b.kind === "up" || b.kind === "down")) return leavesBand(b, a) ? "range_pushed" : null;
  if (b.kind === "band" && (a.kind === "up" || a.kind === "down")) return leavesBand(a, b) ? "range_pushed" : null;
  if (a.kind === "band" && b.kind === "band") return disjoint(a, b) ? "range_pushed" : null;
  return null;
}

type Band = Extract<Pull, { kind: "band" }>;

/** A target beyond the band's bound, on the side the KR pushes toward. */
function leavesBand(pull: Extract<Pull, { kind: "up" | "down" }>, band: Band): boolean {
  if (pull.target === null) return false;
  if (pull.kind === "up") return band.high !== null && pull.target > band.high;
  return band.low !== null && pull.target < band.low;
}

function disjoint(a: Band, b: Band): boolean {
  const below = (x: Band, y: Band) => x.high !== null && y.low !== null && x.high < y.low;
  return below(a, b) || below(b, a);
}

/**
 * The guide's sales-versus-customer-success conflict: one unit wins new customers of any kind
 * while another must cut churn (or raise retention). Once both KRs speak of qualified customers
 * (the guide's joint revision), they pull together.
 */
function tension(ma: MetricIdentity, pa: Pull, mb: MetricIdentity, pb: Pull): boolean {
  const pulls = (m: MetricIdentity, p: Pull) => ({ m, dir: p.kind === "up" ? 1 : p.kind === "down" ? -1 : 0 });
  const pair = [pulls(ma, pa), pulls(mb, pb)];
  const acquisition = pair.find((x) => x.m.concept?.id === "acquisition" && x.dir === 1);
  // Churn and retention only: repeat purchases of existing buyers do not suffer from new ones.
  const retention = pair.find(
    (x) =>
      (x.m.concept?.id === "churn" || x.m.concept?.id === "retention") && x.dir * (x.m.concept?.polarity ?? 1) === 1,
  );
  if (!acquisition || !retention || acquisition === retention) return false;
  return !(acquisition.m.qualified && retention.m.qualified);
}

import { calibrate, SWEET_SPOT_HIGH, SWEET_SPOT_LOW } from "../../calibration.ts";
import { metricOf, sameMetric } from "../cross-unit/metrics.ts";
import type { DraftKeyResult, DraftObjective, Hit } from "../types.ts";

// K4: stretch calibration, 60-80 %. "A good target is one the team reaches 60-80 % of without
// extra effort and needs real effort to reach 100 %." What the team reaches without extra effort
// is what its own history shows, so this rule needs the unit's past: the final scores (S1) of
// its key results in its last closed periods, as src/domain/calibration.ts reads them. Without
// history (a draft in an OKR file, `grove lint`, a new unit) it says nothing: no history, no
// evidence, and the calibration card's "not enough history" advice is the planning page's job.
//
// Two readings, the sharper first:
// 1. One KR, one metric the unit has moved before. The change it reached then (final score x the
//    change it asked for) is its pace without extra effort; the change this target asks for,
//    read at that pace, is where the KR will land. Above 80 %: the target asks for less than the
//    team already does. Below 60 %: it asks for far more. Only KRs pushed the same way as before
//    are compared (cutting a cost after raising it says nothing about pace).
// 2. The whole objective, when no KR of it has such a past: the unit's final scores taken
//    together (calibrate: their median). Mostly above 80 % or mostly below 60 % means targets
//    set the way they were will land there again. One finding on the objective, not one per KR.

/** A key result of one of the unit's closed periods, with the final score it ended with (S1, 0..1, unclamped). */
export interface PastKeyResult {
  title: string;
  metric?: string | null;
  unit?: string | null;
  baseline?: number | null;
  target?: number | null;
  finalProgress: number;
  /** The period it belonged to, for the message ("2026-Q4"). */
  periodName?: string | null;
}

/** The unit's history the coach reads for K4: its KRs of its last closed periods, newest first. */
export interface UnitHistory {
  keyResults: PastKeyResult[];
}

const known = (value: number | null | undefined): value is number =>
  typeof value === "number" && Number.isFinite(value);
const pct = (value: number) => `${Math.round(value * 100)}%`;

export interface StretchForecast {
  /** Where the KR lands at the unit's past pace (0..1 and beyond). */
  landing: number;
  /** The past KR whose pace it is, the newest on the same metric. */
  past: PastKeyResult;
  /** The change the past KR reached, and the change this target asks for. */
  reached: number;
  asked: number;
}

/** Where this KR lands at the pace the unit moved the same metric before; null without such a past. */
export function forecastFromHistory(kr: DraftKeyResult, history: UnitHistory): StretchForecast | null {
  if (!known(kr.baseline) || !known(kr.target) || kr.target === kr.baseline) return null;
  const asked = kr.target - kr.baseline;
  const identity = metricOf({ unit: "", title: kr.title, metric: kr.metric, unitOfMeasure: kr.unit });
  for (const past of history.keyResults) {
    if (!known(past.baseline) || !known(past.target) || past.target === past.baseline) continue;
    if (!Number.isFinite(past.finalProgress)) continue;
    const pastAsked = past.target - past.baseline;
    if (Math.sign(pastAsked) !== Math.sign(asked)) continue;
    const pastIdentity = metricOf({ unit: "", title: past.title, metric: past.metric, unitOfMeasure: past.unit });
    if (!sameMetric(identity, pastIdentity)) continue;
    const reached = past.finalProgress * pastAsked;
    return { landing: reached / asked, past, reached, asked };
  }
  return null;
}

/** K4 on one KR: the unit's pace on the same metric says the target lands outside 60-80 %. */
export function checkStretchTarget(kr: DraftKeyResult, history: UnitHistory | null | undefined): Hit | null {
  if (!history) return null;
  const forecast = forecastFromHistory(kr, history);
  if (forecast === null) return null;
  const { landing, past, reached, asked } = forecast;
  if (landing >= SWEET_SPOT_LOW && landing <= SWEET_SPOT_HIGH) return null;
  const when = past.periodName ? { en: ` in ${past.periodName}`, zh: `在 ${past.periodName} ` } : { en: "", zh: "" };
  const easy = landing > SWEET_SPOT_HIGH;
  const change = (value: number) => `${value > 0 ? "+" : ""}${Number(value.toPrecision(3))}`;
  // The target whose change, at the same pace, lands at 70 %: the middle of the sweet spot.
  const suggested = Number(((kr.baseline as number) + reached / 0.7).toPrecision(3));
  return {
    message: {
      en: `At the pace this team moved "${past.title}"${when.en} (${change(reached)}), this target (${change(asked)}) lands at about ${pct(landing)}: ${easy ? "above 80 %, so it asks for less than the team already does" : "below 60 %, so it asks for far more than the team has managed"}.`,
      zh: `按本团队${when.zh}推动“${past.title}”的速度（${change(reached)}），这个目标（${change(asked)}）大约会落在 ${pct(landing)}：${easy ? "高于 80%，要求比团队已经做到的还少" : "低于 60%，要求远超团队做到过的"}。`,
    },
    suggestion: {
      en: `Set a target the team would reach 60-80 % of without extra effort, e.g. about ${suggested} (its past pace read at 70 %).`,
      zh: `设定一个团队不额外努力就能达成 60% 到 80% 的目标，例如约 ${suggested}（按过去的速度达成 70%）。`,
    },
  };
}

/**
 * K4 on an objective whose KRs have no past on their own metrics: the unit's final scores say its
 * targets land above 80 % (or below 60 %) as a rule. Null when they sit in the sweet spot, when
 * there are fewer than three, or when a KR of the objective already has its own K4 finding.
 */
export function checkStretchHistory(objective: DraftObjective, history: UnitHistory | null | undefined): Hit | null {
  if (!history) return null;
  if (objective.keyResults.some((kr) => checkStretchTarget(kr, history) !== null)) return null;
  const calibration = calibrate(history.keyResults.map((kr) => kr.finalProgress));
  if (calibration.verdict !== "too_easy" && calibration.verdict !== "too_hard") return null;
  const median = pct(calibration.median as number);
  const easy = calibration.verdict === "too_easy";
  return {
    message: {
      en: `This team's last ${calibration.scores} key results ended at a median of ${median} (${calibration.above} above 80 %, ${calibration.below} below 60 %): targets set the same way will land ${easy ? "above 80 %" : "below 60 %"} again.`,
      zh: `本团队最近 ${calibration.scores} 个关键结果的最终得分中位数是 ${median}（${calibration.above} 个高于 80%，${calibration.below} 个低于 60%）：照同样方式设定的目标还会落在${easy ? " 80% 以上" : " 60% 以下"}。`,
    },
    suggestion: calibration.advice,
  };
}

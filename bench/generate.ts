import { quarterOf, quarterRange, shiftQuarter } from "../src/domain/period.ts";
import { childSeed, Rng, uniqueUuid } from "./rng.ts";

/** Large is the organisation; medium and small are 10x and 100x smaller. */
export const sizes = {
  small: { units: 100, checkIns: 20_000 },
  medium: { units: 1_000, checkIns: 200_000 },
  large: { units: 10_000, checkIns: 2_000_000 },
} as const;
export type SizeName = keyof typeof sizes;

const LEVELS = 6;
const KINDS = ["company", "department", "department", "team", "team", "individual"] as const;
const PERIODS = 4;
/** Share of objectives cascaded from a KR of the parent unit's objective (M5); the rest stand alone. */
const CASCADE_SHARE = 0.85;
const DAY = 86_400_000;

export interface UnitPlan {
  id: string;
  parentId: string | null;
  name: string;
  kind: (typeof KINDS)[number];
  level: number;
}

export interface PeriodPlan {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
  status: "closed" | "active";
}

export interface ObjectivePlan {
  id: string;
  unitId: string;
  periodId: string;
  title: string;
  status: "closed" | "active";
  parentKeyResultId: string | null;
  level: number;
}

export interface KeyResultPlan {
  index: number;
  id: string;
  objectiveId: string;
  level: number;
  position: number;
  title: string;
  kind: "metric" | "range";
  metric: string;
  baseline: number | null;
  target: number | null;
  rangeLow: number | null;
  rangeHigh: number | null;
  deadline: string;
  weight: number;
  /** Check-ins are dated evenly over [from, to]: the whole quarter, or up to today when active. */
  checkIns: number;
  from: number;
  to: number;
  currentValue: number | null;
  currentConfidence: number | null;
  lastCheckInAt: Date | null;
}

export interface CheckInPlan {
  id: string;
  keyResultId: string;
  value: number;
  confidence: number;
  comment: string;
  checkedInAt: Date;
}

export interface OrgPlan {
  seed: number;
  orgId: string;
  slug: string;
  name: string;
  units: UnitPlan[];
  periods: PeriodPlan[];
  objectives: ObjectivePlan[];
  keyResults: KeyResultPlan[];
  checkInCount: number;
}

/**
 * Plans a whole organisation in memory except its check-ins, which are regenerated per KR from
 * their own seed when loaded (2 million rows never sit in memory at once). Values and structure
 * depend only on the seed; dates are anchored to the quarter of `today` so the active period is
 * the current one, as the dashboard expects.
 */
export function planOrganisation(
  slug: string,
  unitCount: number,
  checkInTotal: number,
  seed: number,
  today: Date,
): OrgPlan {
  const rng = new Rng(seed);
  const orgId = rng.uuid();
  const units = planUnits(rng, unitCount);
  const current = quarterOf(today);
  const periods: PeriodPlan[] = [];
  for (let i = PERIODS - 1; i >= 0; i--) {
    const name = shiftQuarter(current, -i);
    const range = quarterRange(name) as { startsOn: string; endsOn: string };
    periods.push({ id: rng.uuid(), name, ...range, status: i === 0 ? "active" : "closed" });
  }
  const objectives: ObjectivePlan[] = [];
  const keyResults: KeyResultPlan[] = [];
  const krCountGuess = unitCount * PERIODS * 4;
  const perKr = checkInTotal / krCountGuess;
  const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  for (const period of periods) {
    const krsOfUnit = new Map<string, string[]>();
    for (const unit of units) {
      const parentKrs = unit.parentId ? krsOfUnit.get(unit.parentId) : undefined;
      const objective: ObjectivePlan = {
        id: rng.uuid(),
        unitId: unit.id,
        periodId: period.id,
        title: `${unit.name}: ${pick(rng, OBJECTIVE_TITLES)}`,
        status: period.status,
        parentKeyResultId: parentKrs && rng.next() < CASCADE_SHARE ? rng.pick(parentKrs) : null,
        level: unit.level,
      };
      objectives.push(objective);
      const ids: string[] = [];
      const count = rng.int(3, 5);
      for (let position = 0; position < count; position++) {
        const kr = planKeyResult(rng, keyResults.length, objective, position, period, perKr, midnight, seed);
        keyResults.push(kr);
        ids.push(kr.id);
      }
      krsOfUnit.set(unit.id, ids);
    }
  }
  const checkInCount = keyResults.reduce((sum, kr) => sum + kr.checkIns, 0);
  return { seed, orgId, slug, name: `Bench ${slug}`, units, periods, objectives, keyResults, checkInCount };
}

/**
 * Six levels whose sizes grow geometrically to the unit count; each unit hangs under a random unit
 * of the level above, so fan-out varies and some branches stop at depth five, as real org charts do.
 */
function planUnits(rng: Rng, count: number): UnitPlan[] {
  let growth = 1.5;
  while (geometricSum(growth + 0.01) <= count) growth += 0.01;
  const units: UnitPlan[] = [];
  let above: UnitPlan[] = [];
  for (let level = 0; level < LEVELS; level++) {
    const size =
      level === LEVELS - 1 ? count - units.length : Math.min(count - units.length, Math.round(growth ** level));
    const row: UnitPlan[] = [];
    for (let i = 0; i < size; i++) {
      const kind = KINDS[level] as UnitPlan["kind"];
      const parent = level === 0 ? null : rng.pick(above);
      row.push({ id: rng.uuid(), parentId: parent?.id ?? null, name: `${kind} ${level}.${i}`, kind, level });
    }
    units.push(...row);
    above = row;
  }
  return units;
}

function geometricSum(growth: number): number {
  let sum = 0;
  for (let level = 0; level < LEVELS; level++) sum += Math.round(growth ** level);
  return sum;
}

function planKeyResult(
  rng: Rng,
  index: number,
  objective: ObjectivePlan,
  position: number,
  period: PeriodPlan,
  perKr: number,
  midnight: number,
  seed: number,
): KeyResultPlan {
  const isRange = rng.next() < 0.1;
  const baseline = Math.round(rng.next() * 1000) / 10;
  const target = Math.round((baseline + (rng.next() < 0.7 ? 1 : -1) * (5 + rng.next() * 50)) * 10) / 10;
  const from = Date.parse(`${period.startsOn}T09:00:00Z`);
  const periodEnd = Date.parse(`${period.endsOn}T17:00:00Z`);
  // Active KRs stop checking in at different days, so some have gone quiet (stale) by today.
  const to = period.status === "active" ? midnight - rng.int(1, 20) * DAY : periodEnd;
  const kr: KeyResultPlan = {
    index,
    id: rng.uuid(),
    objectiveId: objective.id,
    level: objective.level,
    position,
    title: `${pick(rng, KR_TITLES)} ${position + 1}`,
    kind: isRange ? "range" : "metric",
    metric: `metric ${position + 1}`,
    baseline: isRange ? null : baseline,
    target: isRange ? null : target,
    rangeLow: isRange ? baseline : null,
    rangeHigh: isRange ? baseline + 10 : null,
    deadline: period.endsOn,
    weight: rng.next() < 0.2 ? 2 : 1,
    checkIns: Math.max(1, Math.round(perKr * (0.5 + rng.next()))),
    from,
    to: Math.max(from + DAY, to),
    currentValue: null,
    currentConfidence: null,
    lastCheckInAt: null,
  };
  let last: CheckInPlan | undefined;
  for (const checkIn of checkInsOf(kr, seed)) last = checkIn;
  kr.currentValue = last?.value ?? null;
  kr.currentConfidence = last?.confidence ?? null;
  kr.lastCheckInAt = last?.checkedInAt ?? null;
  return kr;
}

/** A KR's check-ins, oldest first: a noisy walk from the baseline towards 20-120 % of the target. */
export function* checkInsOf(kr: KeyResultPlan, seed: number): Generator<CheckInPlan> {
  const rng = new Rng(childSeed(seed, kr.index));
  const start = kr.baseline ?? (kr.rangeLow as number) + 5;
  const aim = kr.baseline !== null && kr.target !== null ? kr.target - kr.baseline : 8;
  const attainment = 0.2 + rng.next();
  let confidence = 0.4 + rng.next() * 0.5;
  const step = (kr.to - kr.from) / kr.checkIns;
  for (let i = 1; i <= kr.checkIns; i++) {
    confidence = Math.min(0.95, Math.max(0.1, confidence + (rng.next() - 0.5) * 0.2));
    const share = i / kr.checkIns;
    yield {
      id: uniqueUuid(seed, kr.index, i),
      keyResultId: kr.id,
      value: Math.round((start + aim * attainment * share + (rng.next() - 0.5) * Math.abs(aim) * 0.1) * 100) / 100,
      confidence: Math.round(confidence * 100) / 100,
      comment: rng.next() < 0.2 ? pick(rng, COMMENTS) : "",
      checkedInAt: new Date(Math.round(kr.from + step * i - rng.next() * step * 0.3)),
    };
  }
}

function pick(rng: Rng, items: readonly string[]): string {
  return rng.pick(items);
}

const OBJECTIVE_TITLES = [
  "Become customers' trusted partner",
  "Make onboarding effortless",
  "Earn repeat business",
  "Learn whether the new segment needs us",
  "Make the product fast everywhere",
];
const KR_TITLES = ["Raise completed workflows", "Cut refund rate", "Raise repeat purchases", "Keep latency in range"];
const COMMENTS = ["on track", "blocked by the release freeze", "new campaign landed", "data corrected", "slow week"];

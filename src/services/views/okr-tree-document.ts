import { createHash } from "node:crypto";
import { periodOkrStamp } from "../../db/repositories/okrs.ts";
import type { Period, Unit } from "../../db/schema.ts";
import { groupBy } from "../../domain/group-by.ts";
import { idsOf } from "../../domain/ids.ts";
import { paceInstant } from "../../domain/pace.ts";
import { canReadUnit } from "../access.ts";
import type { ServiceContext } from "../context.ts";
import { findPeriod } from "../period-lookup.ts";
import type { Scope } from "../write.ts";
import { type HeldRead, holdTenantRead } from "./held-read.ts";
import { loadScoredObjectivesOfUnits } from "./period-scores.ts";
import { loadUnitIndex, type UnitIndex } from "./unit-index.ts";

/** Units per slice of the whole-period document: at the large size about 1 MiB of JSON each. */
export const TREE_SLICE_UNITS = 250;

/** The shape's own version: a change of what the document holds moves every stamp. */
const DOCUMENT_FORMAT = "okr-tree/1";

const DAY_MS = 86_400_000;

/**
 * The whole period's alignment tree (M5, S5) as JSON text written slice by slice, never held
 * whole (docs/performance.md, "Memory"): the same bytes as `JSON.stringify({ period, units })`
 * of every unit (by name) with its scored objectives, a private unit the caller may not read
 * with none (the tree holds together, its OKRs are not shown).
 */
export interface TreeDocument {
  /**
   * A hash of everything the document is made of, read before its first slice: the period, every
   * unit as answered with whether the caller may read it, the stamp of the period's objectives
   * and KRs as stored (`periodOkrStamp`), and the minute the pace line is drawn at while it moves.
   * A change of any of them moves it; the same data read by the same rights gives the same one.
   */
  stamp: string;
  /** The JSON text in slices, read in the one transaction; the transaction ends with the last. */
  text: AsyncGenerator<string, void, undefined>;
  /** Ends the transaction without writing (a 304, a client gone); idempotent. */
  close(): Promise<void>;
}

/**
 * Opens the whole-period document: the period, the units and the stamp are read now, in the
 * tenant's transaction, so an unknown period is refused (404) before anything is written; the
 * objectives and KRs are read per slice of units in the same transaction as the text is pulled.
 * The caller must drain `text` or call `close`.
 */
export async function openOrganisationTree(
  ctx: ServiceContext,
  scope: Scope,
  periodRef: string,
): Promise<TreeDocument> {
  const { orgId } = scope;
  const now = ctx.now();
  const held = await holdTenantRead(ctx, orgId);
  try {
    const period = await findPeriod(held.tx, orgId, periodRef);
    const index = await loadUnitIndex(held.tx, orgId);
    const stored = await periodOkrStamp(held.tx, orgId, period.id);
    const units = [...index.byId.values()]; // by name, as the index reads them
    const hash = createHash("sha1").update(DOCUMENT_FORMAT).update(JSON.stringify(period));
    hash.update(JSON.stringify(stored));
    if (paceMoves(period, stored.lastDeadline, now)) hash.update(`pace:${paceInstant(now)}`);
    for (const unit of units) {
      hash.update(`${JSON.stringify(unit)}:${index.childCount(unit.id)}:${canReadUnit(scope, unit)}`);
    }
    return {
      stamp: hash.digest("base64url"),
      text: documentText(held, scope, period, index, units, now),
      close: () => held.end(),
    };
  } catch (error) {
    await held.end(error);
    throw error;
  }
}

/**
 * Whether the pace line (`expectedProgress`) still moves at `now`: from the period's start to
 * the end of its last deadline day. Before and after, the document does not change with time.
 */
function paceMoves(period: Period, lastDeadline: string | null, now: Date): boolean {
  const start = Date.parse(`${period.startsOn}T00:00:00Z`);
  const last = lastDeadline !== null && lastDeadline > period.endsOn ? lastDeadline : period.endsOn;
  const instant = paceInstant(now);
  return instant >= start && instant < Date.parse(`${last}T00:00:00Z`) + DAY_MS;
}

async function* documentText(
  held: HeldRead,
  scope: Scope,
  period: Period,
  index: UnitIndex,
  units: Unit[],
  now: Date,
): AsyncGenerator<string, void, undefined> {
  let failure: unknown = new Error("The whole-period document was left unfinished");
  try {
    yield `{"period":${JSON.stringify(period)},"units":[`;
    for (let from = 0; from < units.length; from += TREE_SLICE_UNITS) {
      const slice = units.slice(from, from + TREE_SLICE_UNITS);
      const readable = slice.filter((unit) => canReadUnit(scope, unit));
      const objectives = await loadScoredObjectivesOfUnits(held.tx, scope.orgId, idsOf(readable), period, now);
      const byUnit = groupBy(objectives, (objective) => objective.unitId);
      const text = slice.map((unit) =>
        JSON.stringify({
          ...unit,
          childUnitCount: index.childCount(unit.id),
          objectives: byUnit.get(unit.id) ?? [],
        }),
      );
      yield `${from === 0 ? "" : ","}${text.join(",")}`;
    }
    yield "]}";
    failure = undefined;
  } catch (error) {
    failure = error;
    throw error;
  } finally {
    await held.end(failure);
  }
}

import { changedSince } from "../../db/repositories/check-ins.ts";
import { personName } from "../../db/repositories/tenant-joins.ts";
import type { CheckInReading } from "../../db/schema.ts";
import { badCursor } from "../../domain/paging.ts";
import { readableKeyResult } from "../access.ts";
import { readTenant, type ServiceContext } from "../context.ts";
import type { SyncQuery } from "../paging.ts";
import type { Scope } from "../write.ts";

/** One reading as the timeline shows it: with the names of who recorded, corrected or withdrew it. */
export interface Reading extends CheckInReading {
  authorName: string | null;
  /** Who recorded it for the author (a lead or admin), when that was someone else. */
  recordedById: string | null;
  recordedByName: string | null;
  /** The metric source that recorded it, instead of a person. */
  sourceId: string | null;
  createdAt: Date;
  correctedAt: Date | null;
  correctedByName: string | null;
  correctionReason: string;
  withdrawnAt: Date | null;
  withdrawnByName: string | null;
  withdrawalReason: string;
}

export interface ReadingsQuery extends SyncQuery {
  /** Only readings taken at or after this time (the chart asks for its period). */
  since?: string | undefined;
}

/**
 * A KR's readings newest first, one page at a time: a page ends with `nextCursor` when older
 * readings remain, so no reading is ever dropped silently. The cursor is the last reading's
 * time and id, so pages stay stable while new readings arrive.
 */
export async function listCheckIns(
  ctx: ServiceContext,
  scope: Scope,
  keyResultId: string,
  query: ReadingsQuery,
): Promise<{ checkIns: Reading[]; nextCursor: string | null }> {
  const { orgId } = scope;
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  return readTenant(ctx, orgId, async (tx) => {
    await readableKeyResult(tx, scope, keyResultId);
    let select = tx
      .selectFrom("checkIns as c")
      .select((eb) => [
        "c.id",
        "c.keyResultId",
        "c.value",
        "c.confidence",
        "c.comment",
        "c.authorId",
        personName(eb, "c.authorId").as("authorName"),
        "c.recordedBy as recordedById",
        personName(eb, "c.recordedBy").as("recordedByName"),
        "c.sourceId",
        "c.checkedInAt",
        "c.createdAt",
        "c.correctedAt",
        personName(eb, "c.correctedBy").as("correctedByName"),
        "c.correctionReason",
        "c.withdrawnAt",
        personName(eb, "c.withdrawnBy").as("withdrawnByName"),
        "c.withdrawalReason",
      ])
      .where("c.orgId", "=", orgId)
      .where("c.keyResultId", "=", keyResultId);
    if (query.since) select = select.where("c.checkedInAt", ">=", new Date(query.since));
    if (query.updatedSince) select = select.where(changedSince(new Date(query.updatedSince)));
    if (after) {
      select = select.where((eb) =>
        eb.or([
          eb("c.checkedInAt", "<", after.at),
          eb.and([eb("c.checkedInAt", "=", after.at), eb("c.id", "<", after.id)]),
        ]),
      );
    }
    const rows = await select
      .orderBy("c.checkedInAt", "desc")
      .orderBy("c.id", "desc")
      .limit(query.limit + 1)
      .execute();
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      checkIns: page,
      nextCursor: rows.length > query.limit && last ? encodeCursor(last.checkedInAt, last.id) : null,
    };
  });
}

function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`).toString("base64url");
}

const cursorShape = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)\|([0-9a-f-]{36})$/;

function decodeCursor(cursor: string): { at: Date; id: string } {
  const match = cursorShape.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  const at = match ? new Date(match[1] as string) : null;
  if (!match || !at || Number.isNaN(at.getTime())) {
    throw badCursor();
  }
  return { at, id: match[2] as string };
}

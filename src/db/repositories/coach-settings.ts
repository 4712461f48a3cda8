import type { Executor, Tx } from "../executor.ts";
import type { CoachSettingRow, CoachSettingsTable } from "../schema.ts";

export async function listCoachSettings(db: Executor, orgId: string): Promise<CoachSettingRow[]> {
  return db.selectFrom("coachSettings").selectAll().where("orgId", "=", orgId).orderBy("rule").execute();
}

/** The organisation's settings become exactly `rows` (a rule without a row uses its default). */
export async function replaceCoachSettings(
  tx: Tx,
  orgId: string,
  rows: Omit<CoachSettingRow, "orgId">[],
): Promise<void> {
  await tx.deleteFrom("coachSettings").where("orgId", "=", orgId).execute();
  if (rows.length === 0) return;
  await tx
    .insertInto("coachSettings")
    .values(rows.map((row) => ({ ...row, orgId })))
    .execute();
}

/** Whether the organisation still enforces M1 and K1 (an admin may turn them off with a reason). */
export async function enforcedRulesOf(db: Executor, orgId: string): Promise<{ M1: boolean; K1: boolean }> {
  const off = await db
    .selectFrom("coachSettings")
    .select("rule")
    .where("orgId", "=", orgId)
    .where("rule", "in", ["M1", "K1"] satisfies CoachSettingsTable["rule"][])
    .where("setting", "=", "off")
    .execute();
  const isOff = new Set(off.map((row) => row.rule));
  return { M1: !isOff.has("M1"), K1: !isOff.has("K1") };
}

import { sameTenant } from "../../db/repositories/tenant-joins.ts";
import { SOURCE_FAILING_AFTER } from "../../domain/notifications.ts";
import type { Executor, ServiceContext } from "../context.ts";
import { copy } from "./copy.ts";
import { notify, organisationOf, recipientsOf, toldInOneSentence } from "./notify.ts";
import { unsubscribeSigner } from "./unsubscribe-links.ts";

export interface FailingSource {
  sourceId: string;
  keyResultId: string;
  /** Failed syncs in a row, this one included. */
  failures: number;
  error: string;
  /** The tick that failed: names the streak, so a retried sync tells nobody twice. */
  at: Date;
}

/**
 * Tells the KR's owner, in the transaction that counts the failure, when a source has just
 * failed SOURCE_FAILING_AFTER syncs in a row: the bell, and mail or chat as they chose. Only
 * the crossing tells, so a streak is told once; a good sync sets the count back to 0.
 */
export async function notifySourceFailing(ctx: ServiceContext, tx: Executor, orgId: string, source: FailingSource) {
  if (source.failures !== SOURCE_FAILING_AFTER) return;
  const kr = await tx
    .selectFrom("keyResults as k")
    .innerJoin("objectives as o", (j) => sameTenant(j, "o.id", "k.objectiveId"))
    .select(["k.title", "k.ownerId", "o.unitId"])
    .where("k.orgId", "=", orgId)
    .where("k.id", "=", source.keyResultId)
    .executeTakeFirst();
  if (!kr?.ownerId) return;
  const org = await organisationOf(tx, orgId);
  const recipient = (await recipientsOf(tx, orgId, [kr.ownerId], "source_failing")).get(kr.ownerId);
  if (!recipient) return;
  const words = copy[recipient.locale].sourceFailing;
  await notify(
    ctx,
    tx,
    org,
    recipient,
    {
      kind: "source_failing",
      data: { keyResult: kr.title, failures: source.failures, error: source.error },
      link: `/orgs/${org.slug}/units/${kr.unitId}#kr-${source.keyResultId}`,
      dedupeKey: `source-failing:${source.sourceId}:${source.at.toISOString()}`,
      ...toldInOneSentence(
        words,
        words.subject(kr.title),
        words.body(recipient.name, kr.title, source.failures, source.error),
      ),
    },
    await unsubscribeSigner(tx),
  );
}

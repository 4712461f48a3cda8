import { listSessions, unitsWithObjectives } from "../../../db/repositories/reviews.ts";
import { sameTenant } from "../../../db/repositories/tenant-joins.ts";
import { groupBy } from "../../../domain/group-by.ts";
import { dailySlot } from "../../../domain/notifications.ts";
import { isoDate } from "../../../domain/period.ts";
import { reviewSessionsOf } from "../../../domain/reviews.ts";
import type { ServiceContext } from "../../context.ts";
import type { ScheduledJob } from "../../outbox/scheduler.ts";
import { cadenceOf } from "../../reviews/review-schedule.ts";
import { copy } from "../copy.ts";
import { notify, organisationOf, recipientsOf, toldInOneSentence } from "../notify.ts";
import { noticeJob } from "./notice-job.ts";

/**
 * Every day from 09:00 UTC: the leads of each unit whose review (S4, the schedule of
 * src/domain/reviews.ts) is due and not started hear of it once per unit and due date.
 */
export function reviewDueJob(ctx: ServiceContext): ScheduledJob {
  return noticeJob(ctx, "review-due", dailySlot, async ({ tx, now, at, sign }) => {
    const today = isoDate(now);
    // A running period has checkpoints; one in review owes its end-of-period review.
    const periods = await tx.selectFrom("periods").selectAll().where("status", "in", ["active", "in_review"]).execute();
    for (const [orgId, ofOrg] of groupBy(periods, (p) => p.orgId)) {
      const org = await organisationOf(tx, orgId);
      const cadence = await cadenceOf(tx, orgId);
      for (const period of ofOrg) {
        const unitIds = await unitsWithObjectives(tx, orgId, period.id);
        if (unitIds.length === 0) continue;
        const stored = await listSessions(tx, orgId, period.id, unitIds);
        const leads = await tx
          .selectFrom("memberships as m")
          .innerJoin("units as u", (j) => sameTenant(j, "u.id", "m.unitId"))
          .select(["m.unitId", "m.personId", "u.name as unitName"])
          .where("m.orgId", "=", orgId)
          .where("m.role", "=", "lead")
          .where("m.unitId", "in", unitIds)
          .execute();
        const recipients = await recipientsOf(tx, orgId, [...new Set(leads.map((l) => l.personId))], "review_due");
        for (const lead of leads) {
          const schedule = reviewSessionsOf(
            period,
            cadence,
            stored.filter((s) => s.unitId === lead.unitId),
            today,
          );
          const due = schedule.find((review) => review.state === "due");
          const recipient = recipients.get(lead.personId);
          if (!due || !recipient) continue;
          const words = copy[recipient.locale].reviewDue;
          await notify(
            at,
            tx,
            org,
            recipient,
            {
              kind: "review_due",
              data: { unitName: lead.unitName, on: due.on, reviewKind: due.kind },
              link: `/orgs/${org.slug}/units/${lead.unitId}/review`,
              dedupeKey: `review-due:${lead.unitId}:${due.on}:${lead.personId}`,
              ...toldInOneSentence(
                words,
                words.subject(lead.unitName),
                words.body(recipient.name, lead.unitName, due.on, due.kind),
              ),
            },
            sign,
          );
        }
      }
    }
  });
}

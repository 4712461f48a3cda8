import { groupBy } from "../../../domain/group-by.ts";
import { weeklySlot } from "../../../domain/notifications.ts";
import type { ServiceContext } from "../../context.ts";
import type { ScheduledJob } from "../../outbox/scheduler.ts";
import { copy } from "../copy.ts";
import { notify, organisationOf, recipientsOf } from "../notify.ts";
import { activeKeyResults, daysQuiet, quiet } from "./active-key-results.ts";
import { noticeJob } from "./notice-job.ts";

/**
 * Monday from 09:00 UTC, once per ISO week: each owner of a KR that has had no reading for 7
 * days gets one message listing their quiet KRs (docs/notifications.md).
 */
export function checkinReminderJob(ctx: ServiceContext): ScheduledJob {
  return noticeJob(ctx, "checkin-reminder", weeklySlot, async ({ tx, now, slot: week, at, sign }) => {
    const quietOnes = (await activeKeyResults(tx, { ownedOnly: true })).filter((kr) => quiet(kr, now));
    for (const [orgId, ofOrg] of groupBy(quietOnes, (kr) => kr.orgId)) {
      const org = await organisationOf(tx, orgId);
      const byOwner = groupBy(ofOrg, (kr) => kr.ownerId as string);
      const recipients = await recipientsOf(tx, orgId, [...byOwner.keys()], "checkin_reminder");
      for (const [ownerId, keyResults] of byOwner) {
        const recipient = recipients.get(ownerId);
        if (!recipient) continue;
        const words = copy[recipient.locale].reminder;
        const lines = keyResults.map((kr) =>
          words.line({
            title: kr.title,
            objectiveTitle: kr.objectiveTitle,
            url: `${ctx.messaging.publicUrl}/orgs/${org.slug}/units/${kr.unitId}#kr-${kr.id}`,
            days: daysQuiet(kr, now),
          }),
        );
        await notify(
          at,
          tx,
          org,
          recipient,
          {
            kind: "checkin_reminder",
            data: { count: keyResults.length, titles: keyResults.map((kr) => kr.title), week },
            link: `/orgs/${org.slug}/my`,
            dedupeKey: `checkin-reminder:${ownerId}:${week}`,
            mail: {
              subject: words.subject(keyResults.length),
              paragraphs: [words.intro(recipient.name, keyResults.length), ...lines, words.why],
              action: words.action,
            },
            chat: [words.intro(recipient.name, keyResults.length), ...lines].join("\n"),
          },
          sign,
        );
      }
    }
  });
}

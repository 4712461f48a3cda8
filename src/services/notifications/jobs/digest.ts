import { sameTenant } from "../../../db/repositories/tenant-joins.ts";
import { groupBy } from "../../../domain/group-by.ts";
import { weeklySlot } from "../../../domain/notifications.ts";
import { paceOf } from "../../../domain/pace.ts";
import type { ServiceContext } from "../../context.ts";
import type { ScheduledJob } from "../../outbox/scheduler.ts";
import { copy, type DigestUnit } from "../copy.ts";
import { notify, organisationOf, recipientsOf } from "../notify.ts";
import { activeKeyResults, daysQuiet, quiet } from "./active-key-results.ts";
import { noticeJob } from "./notice-job.ts";

/**
 * Monday from 09:00 UTC, once per ISO week: each unit lead gets their units' KRs that are at
 * risk (the pace rule) or quiet (S5). Units by name, KRs by title: the digest names work, never
 * people, and ranks nobody (S3).
 */
export function digestJob(ctx: ServiceContext): ScheduledJob {
  return noticeJob(ctx, "digest", weeklySlot, async ({ tx, now, slot: week, at, sign }) => {
    const leads = await tx
      .selectFrom("memberships as m")
      .innerJoin("units as u", (j) => sameTenant(j, "u.id", "m.unitId"))
      .select(["m.orgId", "m.personId", "m.unitId", "u.name as unitName"])
      .where("m.role", "=", "lead")
      .orderBy((eb) => eb.fn("lower", ["u.name"]))
      .execute();
    const keyResults = await activeKeyResults(tx, { unitIds: [...new Set(leads.map((l) => l.unitId))] });
    const byUnit = groupBy(keyResults, (kr) => kr.unitId);
    for (const [orgId, ofOrg] of groupBy(leads, (l) => l.orgId)) {
      const org = await organisationOf(tx, orgId);
      const byLead = groupBy(ofOrg, (l) => l.personId);
      const recipients = await recipientsOf(tx, orgId, [...byLead.keys()], "digest", true);
      for (const [personId, units] of byLead) {
        const recipient = recipients.get(personId);
        if (!recipient) continue;
        const url = (path: string) => `${ctx.messaging.publicUrl}/orgs/${org.slug}${path}`;
        const digest: DigestUnit[] = units
          .map((unit) => {
            const krs = byUnit.get(unit.unitId) ?? [];
            return {
              unitName: unit.unitName,
              url: url(`/units/${unit.unitId}`),
              atRisk: krs
                .filter((kr) => paceOf(kr, { startsOn: kr.startsOn, endsOn: kr.endsOn }, now).pace === "at_risk")
                .map((kr) => ({ title: kr.title, url: url(`/units/${unit.unitId}#kr-${kr.id}`) })),
              quiet: krs
                .filter((kr) => quiet(kr, now))
                .map((kr) => ({
                  title: kr.title,
                  url: url(`/units/${unit.unitId}#kr-${kr.id}`),
                  days: daysQuiet(kr, now),
                })),
            };
          })
          .filter((unit) => unit.atRisk.length + unit.quiet.length > 0);
        if (digest.length === 0) continue; // nothing needs them this week: no mail
        const words = copy[recipient.locale].digest;
        await notify(
          at,
          tx,
          org,
          recipient,
          {
            kind: "digest",
            data: {
              week,
              units: digest.map((u) => ({ unitName: u.unitName, atRisk: u.atRisk.length, quiet: u.quiet.length })),
            },
            link: `/orgs/${org.slug}/dashboard`,
            dedupeKey: `digest:${personId}:${week}`,
            mail: {
              subject: words.subject(week),
              // One paragraph per line: the HTML part would run a unit's lines together.
              paragraphs: [words.intro(recipient.name), ...digest.flatMap((u) => words.unit(u).split("\n")), words.why],
              action: words.action,
            },
            chat: [words.subject(week), ...digest.map(words.unit)].join("\n"),
          },
          sign,
        );
      }
    }
  });
}

import { daysBetween, isoDate, quarterOf, quarterRange, shiftQuarter } from "../domain/period.ts";
import { systemActor } from "../domain/policies.ts";
import { createAccountsForPeople } from "../services/accounts/accounts-for-people.ts";
import { recordCheckIn } from "../services/check-ins/record-check-in.ts";
import type { ServiceContext } from "../services/context.ts";
import { createObjective } from "../services/objectives/create-objective.ts";
import { createOrganisation } from "../services/organisations.ts";
import { createPerson, setMembership } from "../services/people.ts";
import { transitionPeriod } from "../services/period-lifecycle/transition-period.ts";
import { createPeriod } from "../services/periods.ts";
import { createStrategy } from "../services/strategies.ts";
import { createUnit } from "../services/units.ts";
import type { Scope } from "../services/write.ts";
import { demoPeople, demoStrategy, demoUnits } from "./demo-data.ts";

export const DEMO_SLUG = "demo";
/** Everyone in the demo signs in with this password; `grove serve` prints it on the embedded database. */
export const DEMO_PASSWORD = "grove-demo-okrs";
export const DEMO_ADMIN_EMAIL = "amara@demo.grove.dev";

/** Loads the demo organisation when the database has no organisation at all (first start). */
export async function loadDemoIfEmpty(ctx: ServiceContext, password = DEMO_PASSWORD): Promise<boolean> {
  const any = await ctx.db.selectFrom("organisations").select("id").limit(1).executeTakeFirst();
  if (any) return false;
  await loadDemo(ctx, DEMO_SLUG, password);
  return true;
}

/**
 * Creates the demo organisation around today's date: last quarter closed, this quarter active
 * with a few weeks of weekly check-ins, next quarter in planning with a queued objective.
 */
export async function loadDemo(ctx: ServiceContext, slug = DEMO_SLUG, password = DEMO_PASSWORD): Promise<string> {
  const org = await createOrganisation(ctx, { slug, name: "Demo Company" });
  const scope: Scope = { orgId: org.id, actor: systemActor };
  const today = ctx.now();
  const current = quarterOf(today);
  // Last quarter went through its lifecycle like any other (docs/period-lifecycle.md): closing it
  // records its final scores and freezes it.
  const previous = await createPeriod(ctx, scope, { name: shiftQuarter(current, -1), status: "active" });
  await transitionPeriod(ctx, scope, previous.id, { to: "in_review" });
  await transitionPeriod(ctx, scope, previous.id, { to: "closed" });
  const period = await createPeriod(ctx, scope, { name: current, status: "active" });
  const next = await createPeriod(ctx, scope, { name: shiftQuarter(current, 1), status: "planning" });
  await createStrategy(ctx, scope, { kind: "vision", ...demoStrategy.vision });
  const strategy = await createStrategy(ctx, scope, { kind: "strategy", ...demoStrategy.strategy });

  const people = new Map<string, string>();
  for (const person of demoPeople) people.set(person.email, (await createPerson(ctx, scope, person)).id);
  await createAccountsForPeople(
    ctx,
    org.id,
    demoPeople.map((person) => ({ personId: people.get(person.email) as string, ...person, role: person.role })),
    password,
  );
  const units = new Map<string, string>();
  const krIds = new Map<string, string>();
  const deadline = (quarterRange(current) ?? { endsOn: isoDate(today) }).endsOn;

  for (const demo of demoUnits) {
    const unit = await createUnit(ctx, scope, {
      name: demo.name,
      kind: demo.kind,
      parentId: demo.parent ? units.get(demo.parent) : null,
    });
    units.set(demo.name, unit.id);
    if (demo.lead) await setMembership(ctx, scope, unit.id, people.get(demo.lead) as string, "lead");
    for (const member of demo.members ?? [])
      await setMembership(ctx, scope, unit.id, people.get(member) as string, "member");
    if (demo.objective) {
      const owner = demo.lead ? people.get(demo.lead) : null;
      const { keyResults } = await createObjective(ctx, scope, {
        unitId: unit.id,
        periodId: period.id,
        title: demo.objective.title,
        description: demo.objective.description,
        status: "active",
        strategyId: strategy.id,
        parentKeyResultId: demo.objective.parentKr ? krIds.get(demo.objective.parentKr) : null,
        keyResults: demo.objective.keyResults.map((kr) => ({
          title: kr.title,
          metric: kr.metric,
          unit: kr.unit,
          baseline: kr.baseline,
          baselineOn: period.startsOn,
          target: kr.target,
          deadline,
          ownerId: owner,
        })),
      });
      for (const [index, kr] of keyResults.entries()) {
        const demoKr = demo.objective.keyResults[index];
        if (!demoKr) continue;
        krIds.set(kr.title, kr.id);
        await recordWeeklyCheckIns(ctx, scope, kr.id, demoKr, new Date(`${period.startsOn}T09:00:00Z`), owner ?? null);
      }
    }
    if (demo.queued) {
      await createObjective(ctx, scope, { unitId: unit.id, periodId: next.id, title: demo.queued, status: "draft" });
    }
  }
  return org.id;
}

/** One check-in a week from the start of the quarter, walking steadily to today's progress. */
async function recordWeeklyCheckIns(
  ctx: ServiceContext,
  scope: Scope,
  keyResultId: string,
  kr: { baseline: number; target: number; progress: number; confidence: number; staleDays?: number },
  start: Date,
  authorId: string | null,
): Promise<void> {
  const lastDay = new Date(ctx.now().getTime() - (kr.staleDays ?? 1) * 86_400_000);
  const weeks = Math.max(1, Math.floor(daysBetween(start, lastDay) / 7));
  for (let week = 1; week <= weeks; week++) {
    const share = (kr.progress * week) / weeks;
    const value = Math.round((kr.baseline + (kr.target - kr.baseline) * share) * 100) / 100;
    const at = week === weeks ? lastDay : new Date(start.getTime() + week * 7 * 86_400_000);
    await recordCheckIn(ctx, scope, keyResultId, {
      value,
      confidence: week === weeks ? kr.confidence : Math.min(0.9, kr.confidence + 0.1),
      comment: week === weeks ? "Latest reading from the weekly metrics review." : "",
      authorId,
      checkedInAt: at.toISOString(),
    });
  }
}

import { daysBetween, isoDate, quarterOf, quarterRange, shiftQuarter } from "../domain/period.ts";
import { systemActor } from "../domain/policies.ts";
import { createAccountsForPeople } from "../services/accounts/accounts-for-people.ts";
import { type BatchCheckInInput, recordCheckIns } from "../services/check-ins/record-check-ins.ts";
import type { ServiceContext } from "../services/context.ts";
import { createObjective } from "../services/objectives/create-objective.ts";
import { createOrganisation, organisationExists } from "../services/organisations.ts";
import { createPerson, setMembership } from "../services/people.ts";
import { createPeriod } from "../services/periods.ts";
import { createStrategy } from "../services/strategies.ts";
import { createUnit } from "../services/units.ts";
import type { Scope } from "../services/write.ts";
import { englishDemo } from "./demo-data.ts";
import { chineseDemo } from "./demo-data-zh.ts";
import { loadDemoHealthMetrics } from "./demo-health-metrics.ts";
import { loadDemoInitiatives } from "./demo-initiatives.ts";
import type { DemoKeyResult, DemoOrganisation, DemoPlannedKeyResult, DemoUnit } from "./demo-types.ts";
import { loadStrategyAndDecisions } from "./load-decisions.ts";
import { loadDemoSource } from "./load-demo-source.ts";
import { loadDemoSprints } from "./load-demo-sprints.ts";
import { loadDemoDependencies } from "./load-dependencies.ts";
import { loadDemoExperiments } from "./load-experiments.ts";
import { loadPreviousQuarter } from "./load-previous-quarter.ts";
import type { LoadedDemo } from "./loaded-demo.ts";

/** Every demo organisation a first start loads: the guide's examples in English and in its own Chinese. */
export const demoOrganisations: readonly DemoOrganisation[] = [englishDemo, chineseDemo];
export const DEMO_SLUG = englishDemo.slug;
export const DEMO_ZH_SLUG = chineseDemo.slug;
/** Everyone in the demos signs in with this password; `grove serve` prints it on the embedded database. */
export const DEMO_PASSWORD = "grove-demo-okrs";
/** Admin of both demos, so she finds both organisations (the English one first). */
export const DEMO_ADMIN_EMAIL = "amara@demo.grove.dev";

/** The first admin of a demo: the account `npm start` tells to sign in. */
export function demoAdminEmail(demo: DemoOrganisation): string {
  return demo.people.find((person) => person.role === "admin")?.email ?? DEMO_ADMIN_EMAIL;
}

/**
 * A demo's slug when the English one is loaded as `base` (`grove demo --slug`): the others keep
 * their suffix ("demo-zh" -> "<base>-zh").
 */
export function demoSlug(demo: DemoOrganisation, base = DEMO_SLUG): string {
  return `${base}${demo.slug.slice(DEMO_SLUG.length)}`;
}

/** The demo organisations the database holds under their own slugs (`grove serve` names them at start). */
export async function existingDemos(ctx: ServiceContext): Promise<DemoOrganisation[]> {
  const present: DemoOrganisation[] = [];
  for (const demo of demoOrganisations) if (await organisationExists(ctx, demo.slug)) present.push(demo);
  return present;
}

/**
 * Loads the demo organisations when the database has no organisation at all (first start);
 * returns the slugs it loaded, none when the database already had an organisation.
 */
export async function loadDemoIfEmpty(ctx: ServiceContext, password = DEMO_PASSWORD): Promise<string[]> {
  const any = await ctx.db.selectFrom("organisations").select("id").limit(1).executeTakeFirst();
  if (any) return [];
  return loadDemos(ctx, DEMO_SLUG, password);
}

/** Loads every demo organisation, the English one as `base`; returns their slugs. */
export async function loadDemos(ctx: ServiceContext, base = DEMO_SLUG, password = DEMO_PASSWORD): Promise<string[]> {
  const slugs: string[] = [];
  for (const demo of demoOrganisations) {
    const slug = demoSlug(demo, base);
    await loadDemo(ctx, slug, password, demo);
    slugs.push(slug);
  }
  return slugs;
}

/**
 * Creates one demo organisation around today's date: last quarter reviewed and closed, this quarter active
 * with weekly check-ins up to today, next quarter in planning with a queued objective.
 */
export async function loadDemo(
  ctx: ServiceContext,
  slug = DEMO_SLUG,
  password = DEMO_PASSWORD,
  demo: DemoOrganisation = englishDemo,
): Promise<string> {
  const today = ctx.now();
  const current = quarterOf(today);
  const previousName = shiftQuarter(current, -1);
  // The organisation, its people, units and strategy exist from last quarter's first day on.
  const started = new Date(`${quarterRange(previousName)?.startsOn ?? isoDate(today)}T07:00:00Z`);
  const early: ServiceContext = {
    ...ctx,
    now: () => new Date(Math.min(started.getTime(), today.getTime() - 3_600_000)),
  };
  const org = await createOrganisation(early, { slug, name: demo.name });
  if (demo.locale)
    await ctx.db.updateTable("organisations").set({ locale: demo.locale }).where("id", "=", org.id).execute();
  const scope: Scope = { orgId: org.id, actor: systemActor };
  await createStrategy(early, scope, { kind: "vision", ...demo.strategy.vision });
  const strategy = await createStrategy(early, scope, { kind: "strategy", ...demo.strategy.strategy });

  const people = new Map<string, string>();
  for (const person of demo.people) people.set(person.email, (await createPerson(early, scope, person)).id);
  await createAccountsForPeople(
    early,
    org.id,
    demo.people.map((person) => ({ personId: people.get(person.email) as string, ...person })),
    password,
  );
  const units = new Map<string, string>();
  for (const unitData of demo.units) {
    const unit = await createUnit(early, scope, {
      name: unitData.name,
      kind: unitData.kind,
      parentId: unitData.parent ? units.get(unitData.parent) : null,
    });
    units.set(unitData.name, unit.id);
    if (unitData.lead) await setMembership(early, scope, unit.id, people.get(unitData.lead) as string, "lead");
    for (const member of unitData.members ?? [])
      await setMembership(early, scope, unit.id, people.get(member) as string, "member");
  }
  const leadOf = (unitData: DemoUnit) => (unitData.lead ? (people.get(unitData.lead) ?? null) : null);

  // Last quarter went through its lifecycle like any other (docs/period-lifecycle.md): reviewed
  // at its checkpoint and its end, then closed, which freezes it.
  const previous = await createPeriod(early, scope, { name: previousName, status: "active" });
  await loadPreviousQuarter(
    ctx,
    scope,
    previous,
    strategy.id,
    demo.units.flatMap((unitData) =>
      unitData.previous
        ? [{ unitId: units.get(unitData.name) as string, ownerId: leadOf(unitData), quarter: unitData.previous }]
        : [],
    ),
    demo.checkInComment,
  );
  const period = await createPeriod(ctx, scope, { name: current, status: "active" });
  const next = await createPeriod(ctx, scope, { name: shiftQuarter(current, 1), status: "planning" });
  const krIds = new Map<string, string>();
  const endOf = (quarter: string) => (quarterRange(quarter) ?? { endsOn: isoDate(today) }).endsOn;
  const keyResultInput = (kr: DemoPlannedKeyResult, baselineOn: string, deadline: string, ownerId: string | null) => ({
    title: kr.title,
    metric: kr.metric,
    unit: kr.unit,
    baseline: kr.baseline,
    baselineOn,
    target: kr.target,
    deadline,
    ownerId,
  });

  for (const unitData of demo.units) {
    const unit = { id: units.get(unitData.name) as string };
    const owner = leadOf(unitData);
    if (unitData.objective) {
      const { keyResults } = await createObjective(ctx, scope, {
        unitId: unit.id,
        periodId: period.id,
        title: unitData.objective.title,
        description: unitData.objective.description,
        status: "active",
        strategyId: strategy.id,
        parentKeyResultId: unitData.objective.parentKr ? krIds.get(unitData.objective.parentKr) : null,
        keyResults: unitData.objective.keyResults.map((kr) =>
          keyResultInput(kr, period.startsOn, endOf(current), owner),
        ),
      });
      const readings: BatchCheckInInput[] = [];
      for (const [index, kr] of keyResults.entries()) {
        const demoKr = unitData.objective.keyResults[index];
        if (!demoKr) continue;
        krIds.set(kr.title, kr.id);
        readings.push(...weeklyCheckIns(ctx, kr.id, demoKr, period.startsOn, owner, demo.checkInComment));
      }
      // One batch per objective: the same readings as one check-in at a time, one roll-up (M5).
      if (readings.length > 0) await recordCheckIns(ctx, scope, readings);
    }
    if (unitData.queued) {
      await createObjective(ctx, scope, {
        unitId: unit.id,
        periodId: next.id,
        title: unitData.queued.title,
        description: unitData.queued.description,
        status: "draft",
        strategyId: strategy.id,
        keyResults: (unitData.queued.keyResults ?? []).map((kr) =>
          keyResultInput(kr, isoDate(today), endOf(next.name), owner),
        ),
      });
    }
  }
  // The additions, each in its own file, find what they need by the demo's names.
  const loaded: LoadedDemo = {
    demo,
    locale: demo.locale ?? "en",
    period,
    strategyId: strategy.id,
    units,
    people,
    keyResults: krIds,
    leads: new Map(demo.units.map((u) => [u.name, leadOf(u)])),
  };
  await loadDemoInitiatives(ctx, scope, loaded);
  await loadDemoHealthMetrics(ctx, scope, loaded);
  await loadDemoDependencies(ctx, scope, loaded);
  await loadDemoSprints(ctx, scope, loaded);
  await loadStrategyAndDecisions(ctx, scope, loaded);
  await loadDemoExperiments(ctx, scope, loaded);
  await loadDemoSource(ctx, scope, loaded);
  return org.id;
}

/** One check-in a week from the start of the quarter, walking steadily to today's progress. */
function weeklyCheckIns(
  ctx: ServiceContext,
  keyResultId: string,
  kr: DemoKeyResult,
  startsOn: string,
  authorId: string | null,
  latestComment: string,
): BatchCheckInInput[] {
  const start = new Date(`${startsOn}T09:00:00Z`);
  const lastDay = new Date(ctx.now().getTime() - (kr.staleDays ?? 1) * 86_400_000);
  const weeks = Math.max(1, Math.floor(daysBetween(start, lastDay) / 7));
  const readings: BatchCheckInInput[] = [];
  for (let week = 1; week <= weeks; week++) {
    const share = (kr.progress * week) / weeks;
    const value = Math.round((kr.baseline + (kr.target - kr.baseline) * share) * 100) / 100;
    const at = week === weeks ? lastDay : new Date(start.getTime() + week * 7 * 86_400_000);
    readings.push({
      keyResultId,
      value,
      confidence: week === weeks ? kr.confidence : Math.min(0.9, kr.confidence + 0.1),
      comment: week === weeks ? (kr.comment ?? latestComment) : "",
      authorId,
      checkedInAt: at.toISOString(),
    });
  }
  return readings;
}

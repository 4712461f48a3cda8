import { randomUUID } from "node:crypto";
import { type OrgRole, systemActor, type UnitRole } from "../../src/domain/policies.ts";
import { createAccountsForPeople } from "../../src/services/accounts/accounts-for-people.ts";
import { signIn } from "../../src/services/accounts/sign-in.ts";
import { signUp } from "../../src/services/accounts/sign-up.ts";
import type { ServiceContext } from "../../src/services/context.ts";
import type { KeyResultInput } from "../../src/services/key-results/key-result-input.ts";
import { type CreateObjectiveInput, createObjective } from "../../src/services/objectives/create-objective.ts";
import { resolveOrganisation } from "../../src/services/organisations.ts";
import { createPerson, setMembership } from "../../src/services/people.ts";
import { createPeriod, listPeriods } from "../../src/services/periods.ts";
import { createUnit, type UnitInput } from "../../src/services/units.ts";
import type { Scope } from "../../src/services/write.ts";

// Factories take overrides, create what is missing and use unique keys, so tests never truncate.

export const TEST_PASSWORD = "correct horse battery staple";

/** A signed-in session: what the web app holds in its cookies. */
export interface TestSession {
  sessionId: string;
  csrfToken: string;
}

/** The admin session of each organisation built here, so API calls into it are signed in. */
export const adminSessions = new Map<string, TestSession>();

export function systemScope(orgId: string): Scope {
  return { orgId, actor: systemActor };
}

/**
 * A new organisation signed up by its owner, whose account signs in with TEST_PASSWORD: its name,
 * slug and the owner's email are these prefixes with a fresh key, so no two tests share them.
 */
export async function signUpOwner(
  s: ServiceContext,
  prefix: { organisation: string; slug: string; email: string; name?: string },
) {
  const key = randomUUID().slice(0, 8);
  const email = `${prefix.email}-${key}@example.test`;
  const session = await signUp(s, {
    organisationName: `${prefix.organisation} ${key}`,
    organisationSlug: `${prefix.slug}-${key}`,
    name: prefix.name ?? `Admin ${key}`,
    email,
    password: TEST_PASSWORD,
  });
  return { session, email };
}

/** An organisation with a signed-in admin (who signed it up). */
export async function buildOrg(s: ServiceContext) {
  const { session } = await signUpOwner(s, { organisation: "Test", slug: "org", email: "admin" });
  adminSessions.set(session.slug, session);
  return resolveOrganisation(s, session.slug);
}

/** Someone with an account in the organisation, an organisation role and unit roles, signed in (and their email). */
export async function buildMember(
  s: ServiceContext,
  orgId: string,
  options: { orgRole?: OrgRole; units?: [string, UnitRole][] } = {},
): Promise<TestSession & { personId: string; email: string }> {
  const person = await buildPerson(s, orgId);
  await createAccountsForPeople(
    s,
    orgId,
    [{ personId: person.id, name: person.name, email: person.email, role: options.orgRole ?? "member" }],
    TEST_PASSWORD,
  );
  for (const [unitId, role] of options.units ?? []) await setMembership(s, systemScope(orgId), unitId, person.id, role);
  return { ...(await signIn(s, person.email, TEST_PASSWORD)), personId: person.id, email: person.email };
}

export async function buildUnit(s: ServiceContext, orgId: string, overrides: Partial<UnitInput> = {}) {
  return createUnit(s, systemScope(orgId), { name: `Unit ${randomUUID().slice(0, 8)}`, kind: "team", ...overrides });
}

/** The organisation's period of that name, created when it does not exist yet. */
export async function buildPeriod(s: ServiceContext, orgId: string, name = "2027-Q1") {
  const existing = (await listPeriods(s, systemScope(orgId))).find((p) => p.name === name);
  return existing ?? createPeriod(s, systemScope(orgId), { name, status: "active" });
}

export async function buildPerson(s: ServiceContext, orgId: string) {
  const key = randomUUID().slice(0, 8);
  return createPerson(s, systemScope(orgId), { name: `Person ${key}`, email: `${key}@example.test` });
}

/** A KR that satisfies K1, in the period 2027-Q1. */
export function goodKeyResult(overrides: Partial<KeyResultInput> = {}): KeyResultInput {
  return {
    title: "Raise trial-to-paid conversion from 4% to 6%",
    metric: "trial conversion",
    unit: "%",
    baseline: 4,
    target: 6,
    deadline: "2027-03-31",
    ...overrides,
  };
}

/**
 * A K1 key result from its words and its numbers, `metricKeyResult("Cut churn from 3% to 2%", "churn", 3, 2)`,
 * the rest goodKeyResult's unless overridden.
 */
export function metricKeyResult(
  title: string,
  metric: string,
  baseline: number,
  target: number,
  overrides: Partial<KeyResultInput> = {},
): KeyResultInput {
  return goodKeyResult({ title, metric, baseline, target, ...overrides });
}

/** The method guide's cookware KRs (K1: metric, baseline, target, deadline); the refund rate decreases. */
export const cookwareKeyResults = {
  refundRate: {
    title: "Reduce refund rate from 0.5% to 0.2%",
    metric: "refund rate",
    baseline: 0.5,
    target: 0.2,
    deadline: "2027-03-31",
  },
  repeatPurchase: {
    title: "Raise repeat purchase rate from 5% to 15%",
    metric: "repeat purchase rate",
    baseline: 5,
    target: 15,
    deadline: "2027-03-31",
  },
  brandAwareness: {
    title: "Raise preferred-brand awareness from 10% to 25%",
    metric: "brand awareness",
    baseline: 10,
    target: 25,
    deadline: "2027-03-31",
  },
};

/** The method guide's cookware objective as a team drafts it: the aspiration and its three KRs. */
export const cookwareObjective = {
  title: "Become home cooks' trusted cookware supplier",
  keyResults: Object.values(cookwareKeyResults),
};

export async function buildObjective(s: ServiceContext, orgId: string, overrides: Partial<CreateObjectiveInput> = {}) {
  const unitId = overrides.unitId ?? (await buildUnit(s, orgId)).id;
  const periodId = overrides.periodId ?? (await buildPeriod(s, orgId)).id;
  return createObjective(s, systemScope(orgId), {
    title: "Help teams finish their planning with confidence",
    status: "active",
    keyResults: [
      goodKeyResult(),
      metricKeyResult("Cut churn from 3% to 2%", "churn", 3, 2),
      metricKeyResult("Raise NPS from 20 to 35", "NPS", 20, 35, { unit: "" }),
    ],
    ...overrides,
    unitId,
    periodId,
  });
}

/**
 * An organisation with one unit pursuing one active objective in a period (2027-Q1 unless named):
 * the world most API tests start from. `objective` overrides its title, status and key results.
 */
export async function buildTeam(
  s: ServiceContext,
  options: { unit?: Partial<UnitInput>; period?: string; objective?: Partial<CreateObjectiveInput> } = {},
) {
  const org = await buildOrg(s);
  const period = await buildPeriod(s, org.id, options.period);
  const unit = await buildUnit(s, org.id, options.unit);
  const { objective, keyResults } = await buildObjective(s, org.id, {
    ...options.objective,
    unitId: unit.id,
    periodId: period.id,
  });
  return { org, period, unit, objective, keyResults, base: `/api/v1/orgs/${org.slug}` };
}

/** buildTeam with a signed-in member of the unit: who writes its OKRs and their work without approval (M6). */
export async function buildTeamWithMember(s: ServiceContext, options: Parameters<typeof buildTeam>[1] = {}) {
  const team = await buildTeam(s, options);
  const member = await buildMember(s, team.org.id, { units: [[team.unit.id, "member"]] });
  return { ...team, member };
}

import { expect, it } from "vitest";
import { describeApi } from "../../tests/support/api-test.ts";
import { signIn } from "../services/accounts/sign-in.ts";
import { englishDemo } from "./demo-data.ts";
import { chineseDemo } from "./demo-data-zh.ts";
import type { DemoOrganisation } from "./demo-types.ts";
import { DEMO_ADMIN_EMAIL, demoAdminEmail, loadDemo, loadDemos } from "./load-demo.ts";
import { unitsAddedForDependencies } from "./load-dependencies.ts";

const today = new Date("2026-11-27T10:00:00Z");
// Accounts are global: every test here must give the demo accounts the same password.
const password = "demo password for tests";

// What the test's clock makes of the quarters: 2026-Q3 was reviewed (checkpoint on its 6th week)
// and closed; 2026-Q4's checkpoint (12 Nov, 6 weeks in) has passed and is not held yet.
const PREVIOUS = { name: "2026-Q3", checkpoint: "2026-08-12", end: "2026-09-30" };
const CURRENT_CHECKPOINT = "2026-11-12";

interface ReviewKr {
  title: string;
  finalProgress: number | null;
  band: string | null;
  basis: string;
  questions: string[];
  answers: Record<string, string>;
  decision: { decision: string; reason: string; targetBefore: number | null; targetAfter: number | null } | null;
}
interface ReviewObjective {
  title: string;
  finalProgress: number | null;
  band: string | null;
  basis: string;
  keyResults: ReviewKr[];
}

/**
 * The report's findings on how the OKRs are written: everything but K4, which reads the unit's
 * history. The demo's 2026-Q3 was written to show all three bands (S2), so K4 asks its
 * calibration questions there (as hints, never errors or warnings); the OKRs themselves pass.
 */
function writingFindings(units: { unitName: string; findings: { rule: string; severity: string }[] }[]) {
  for (const unit of units) {
    for (const finding of unit.findings) if (finding.rule === "K4") expect(finding.severity).toBe("info");
  }
  return units.flatMap((unit) => unit.findings.filter((f) => f.rule !== "K4").map((f) => `${unit.unitName} ${f.rule}`));
}
describeApi("demo organisation", { now: () => today }, (t) => {
  /**
   * Issue 10, deliverable 7: last quarter is closed with its checkpoint and end-of-period reviews
   * held on their dates, final scores and bands recorded, answers to each band's questions (S2),
   * decisions of every kind with their reasons (S7) and written learnings; this quarter has a
   * review due.
   */
  async function expectTheWholeStory(slug: string, as: Parameters<typeof t.callAs>[0], demo: DemoOrganisation) {
    const get = async (path: string) => {
      const res = await t.callAs(as, "GET", `/api/v1/orgs/${slug}${path}`);
      expect(res.status, path).toBe(200);
      return res.body;
    };
    const past = demo.units.filter((u) => u.previous);
    expect(past.length).toBeGreaterThanOrEqual(5);
    const tree = await get(`/tree?period=${PREVIOUS.name}`);
    expect(tree.period).toMatchObject({ name: PREVIOUS.name, status: "closed" });
    const steps = await get(`/periods/${tree.period.id}/transitions`);
    expect(steps.transitions.map((s: { toStatus: string }) => s.toStatus)).toEqual(["active", "in_review", "closed"]);
    // Taken on their days after the quarter's end, not at load time (today).
    expect(steps.transitions.at(-1).at.slice(0, 10)).toBe("2026-10-07");

    const sessions = (await get(`/reviews?period=${PREVIOUS.name}`)).reviews;
    expect(sessions).toHaveLength(past.length * 2);
    expect(new Set(sessions.map((r: { state: string }) => r.state))).toEqual(new Set(["held"]));
    const bands = new Map<string, number>();
    const decisions = new Set<string>();
    for (const unitData of past) {
      const unit = tree.units.find((u: { name: string }) => u.name === unitData.name);
      const quarter = unitData.previous as NonNullable<typeof unitData.previous>;
      const checkpoint = await get(`/units/${unit.id}/review?period=${PREVIOUS.name}&on=${PREVIOUS.checkpoint}`);
      const end = await get(`/units/${unit.id}/review?period=${PREVIOUS.name}&on=${PREVIOUS.end}`);
      for (const review of [checkpoint, end]) expect(review.review.state).toBe("held");
      expect(checkpoint.review.heldAt.slice(0, 10)).toBe(PREVIOUS.checkpoint);
      expect(end.review.heldAt.slice(0, 10)).toBe("2026-10-03");
      const [objective] = end.objectives as ReviewObjective[];
      expect(objective?.title).toBe(quarter.objective.title);
      expect(objective).toMatchObject({ finalProgress: expect.any(Number), basis: "final" });
      expect(objective?.band).toMatch(/^(not_achieved|met|exceeded)$/);
      const dropped = quarter.checkpoint.decisions.filter((d) => d.decision === "drop").length;
      expect(objective?.keyResults).toHaveLength(quarter.objective.keyResults.length - dropped);
      for (const kr of objective?.keyResults ?? []) {
        expect(kr).toMatchObject({ finalProgress: expect.any(Number), basis: "final" });
        bands.set(kr.band as string, (bands.get(kr.band as string) ?? 0) + 1);
        // The end review's answers are to the questions of the KR's final band (S2).
        const answered = Object.keys(kr.answers);
        expect(answered.length, kr.title).toBeGreaterThan(0);
        expect(
          answered.every((q) => kr.questions.includes(q)),
          kr.title,
        ).toBe(true);
        expect(kr.decision?.decision).toBe("keep");
      }
      // The final scores are the data's: a revised KR is scored against its new target (S1, S7).
      const planned = quarter.objective.keyResults.filter(
        (_, i) => !quarter.checkpoint.decisions.some((d) => d.kr === i && d.decision === "drop"),
      );
      expect(objective?.keyResults.map((kr) => kr.finalProgress)).toEqual(
        planned.map((kr) => expect.closeTo(kr.progress, 2)),
      );
      for (const kr of (checkpoint.objectives as ReviewObjective[]).flatMap((o) => o.keyResults)) {
        if (kr.decision) decisions.add(kr.decision.decision);
        if (kr.decision?.decision === "revise") {
          expect(kr.decision.reason.length).toBeGreaterThan(20);
          expect(kr.decision.targetAfter).not.toBe(kr.decision.targetBefore);
        }
      }
      for (const d of checkpoint.dropped) {
        decisions.add(d.decision);
        expect(d.reason.length).toBeGreaterThan(20);
      }
      expect(checkpoint.learnings.length + end.learnings.length).toBeGreaterThanOrEqual(3);
    }
    expect(decisions).toEqual(new Set(["keep", "revise", "drop"]));
    // Last quarter's KRs end in all three bands.
    expect([...bands.keys()].sort()).toEqual(["exceeded", "met", "not_achieved"]);

    const library = await get(`/learnings?period=${PREVIOUS.name}&limit=100`);
    expect(library.total).toBeGreaterThanOrEqual(past.length * 3);
    for (const learning of library.learnings) {
      expect(learning.body.length).toBeGreaterThan(30);
      expect(learning.band).toMatch(/^(not_achieved|met|exceeded)$/);
    }
    for (const band of ["not_achieved", "met", "exceeded"]) {
      expect((await get(`/learnings?period=${PREVIOUS.name}&band=${band}`)).total, band).toBeGreaterThan(0);
    }

    // This quarter: the checkpoint of 12 Nov has passed and is owed by every unit with an objective.
    const due = (await get("/reviews?period=2026-Q4&due=true")).reviews;
    const withObjective = [
      ...demo.units.filter((u) => u.objective).map((u) => u.name),
      ...unitsAddedForDependencies(demo.locale),
    ];
    expect(due.map((r: { unitName: string }) => r.unitName).sort()).toEqual([...withObjective].sort());
    for (const review of due)
      expect(review).toMatchObject({ on: CURRENT_CHECKPOINT, kind: "checkpoint", state: "due" });
    return library;
  }

  it("tells last quarter's story: reviewed, closed with final bands and learnings; this quarter's review is due", async () => {
    const slug = `demo-${Math.random().toString(36).slice(2, 8)}`;
    await loadDemo(t.services, slug, password);
    const admin = await signIn(t.services, DEMO_ADMIN_EMAIL, password);
    const library = await expectTheWholeStory(slug, admin, englishDemo);
    expect(library.learnings.some((l: { body: string }) => /single sign-on/.test(l.body))).toBe(true);
  });

  it("tells the same story in Chinese; the library finds a learning by a 2-character word (S7)", async () => {
    const slug = `demo-zh-${Math.random().toString(36).slice(2, 8)}`;
    await loadDemo(t.services, slug, password, chineseDemo);
    const admin = await signIn(t.services, demoAdminEmail(chineseDemo), password);
    const library = await expectTheWholeStory(slug, admin, chineseDemo);
    const han = /\p{Script=Han}/u;
    for (const learning of library.learnings) {
      expect(learning.body).toMatch(han);
      expect(learning.unitName).toMatch(han);
    }
    const found = await t.callAs(admin, "GET", `/api/v1/orgs/${slug}/learnings?q=${encodeURIComponent("访谈")}`);
    expect(found.body.total).toBeGreaterThanOrEqual(2);
    for (const learning of found.body.learnings) expect(learning.body).toContain("访谈");
  });

  it("loads on a quarter's first hour too: last quarter is still closed in order, nothing is due yet", async () => {
    const slug = `demo-${Math.random().toString(36).slice(2, 8)}`;
    const now = new Date("2027-01-01T00:30:00Z");
    await loadDemo({ ...t.services, now: () => now }, slug, password);
    const admin = await signIn(t.services, DEMO_ADMIN_EMAIL, password);
    const tree = await t.callAs(admin, "GET", `/api/v1/orgs/${slug}/tree?period=2026-Q4`);
    expect(tree.body.period).toMatchObject({ name: "2026-Q4", status: "closed" });
    const steps = (await t.callAs(admin, "GET", `/api/v1/orgs/${slug}/periods/${tree.body.period.id}/transitions`)).body
      .transitions;
    // Nothing is dated after the real clock; the steps keep their order.
    const times = steps.map((s: { at: string }) => Date.parse(s.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Math.max(...times)).toBeLessThanOrEqual(now.getTime());
    const held = (await t.callAs(admin, "GET", `/api/v1/orgs/${slug}/reviews?period=2026-Q4`)).body.reviews;
    expect(held.map((r: { state: string }) => r.state)).toEqual(held.map(() => "held"));
    // The new quarter's first checkpoint is six weeks away: no review is due, none is faked.
    const due = await t.callAs(admin, "GET", `/api/v1/orgs/${slug}/reviews?period=2027-Q1&due=true`);
    expect(due.body.reviews).toEqual([]);
  });

  /** A new copy of `demo` (slug `prefix` and a random suffix), its admin signed in, and this quarter's tree. */
  async function loadedTree(prefix: string, demo: DemoOrganisation) {
    const slug = `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
    await loadDemo(t.services, slug, password, demo);
    const admin = await signIn(t.services, demoAdminEmail(demo), password);
    const tree = await t.callAs(admin, "GET", `/api/v1/orgs/${slug}/tree?period=2026-Q4`);
    expect(tree.status).toBe(200);
    const unit = (name: string) => tree.body.units.find((u: { name: string }) => u.name === name);
    return { slug, admin, tree, unit };
  }

  /** An objective's title and its key results' titles, in order. */
  const titles = (objective: { title: string; keyResults: { title: string }[] }) => ({
    title: objective.title,
    keyResults: objective.keyResults.map((kr) => kr.title),
  });

  it("loads the guide's worked examples with check-ins and correct roll-up (METHOD 7, M5)", async () => {
    const { slug, admin, tree, unit } = await loadedTree("demo", englishDemo);
    expect(tree.body.period).toMatchObject({ name: "2026-Q4", status: "active" });
    const cookware = unit("Cookware").objectives[0];
    expect(titles(cookware)).toEqual({
      title: "Become home cooks' trusted cookware supplier",
      keyResults: [
        "Reduce refund rate from 0.5% to 0.2%",
        "Raise repeat purchase rate from 5% to 15%",
        "Raise preferred-brand awareness from 10% to 25%",
      ],
    });
    // Each KR's latest check-in sits at its planned share of the way (rounded to 2 decimals).
    expect(cookware.keyResults[0].currentValue).toBeCloseTo(0.34, 2);
    expect(cookware.keyResults[0].progress).toBeCloseTo(0.5333, 3);
    expect(cookware.progress).toBeCloseTo((0.5333 + 0.42 + 0.6) / 3, 2);
    const onboarding = unit("Onboarding").objectives[0];
    const workflow = unit("Workflow Experience").objectives[0];
    const product = unit("Product").objectives[0];
    expect(workflow.keyResults[2]).toMatchObject({ rolledUp: true, childObjectiveIds: [onboarding.id] });
    expect(workflow.keyResults[2].progress).toBeCloseTo(onboarding.progress, 10);
    expect(product.keyResults[0].progress).toBeCloseTo(workflow.progress, 10);
    // Progress (0.85 + 0.65 + 0.8) / 3 two thirds into the quarter: its KRs' forecasts exceed (S2).
    expect(unit("Real-estate CRM").objectives[0]).toMatchObject({ band: "exceeded", bandBasis: "forecast" });
    // Pace with a tolerance (src/domain/pace.ts): the KRs on their line are no longer listed.
    const dashboard = await t.callAs(admin, "GET", `/api/v1/orgs/${slug}/dashboard?period=2026-Q4`);
    // The guide's worked examples; the units the dependencies demo adds (M7) are counted apart.
    const added = unitsAddedForDependencies(englishDemo.locale);
    const krs = tree.body.units
      .filter((u: { name: string }) => !added.includes(u.name))
      .flatMap((u: { objectives: { keyResults: unknown[] }[] }) => u.objectives.flatMap((o) => o.keyResults));
    const atRiskOfAdded = dashboard.body.atRisk.filter((kr: { unitName: string }) => added.includes(kr.unitName));
    expect(atRiskOfAdded.map((kr: { title: string }) => kr.title)).toContain("Reach 120 new logos this quarter");
    dashboard.body.totals.atRisk -= atRiskOfAdded.length;
    dashboard.body.atRisk = dashboard.body.atRisk.filter((kr: { unitName: string }) => !added.includes(kr.unitName));
    // Under the old exact line 8 of these 15 were listed; now the 3 the team doubts (confidence
    // under 50 %, one also forecast under 60 %) and the 2 more than 10 points behind.
    expect([dashboard.body.totals.atRisk, krs.length]).toEqual([5, 15]);
    expect(dashboard.body.atRisk.map((kr: { pace: string; reasons: string[] }) => [kr.pace, kr.reasons])).toEqual([
      ["at_risk", ["low_confidence", "behind_pace"]],
      ["behind", ["behind_pace"]],
      ["at_risk", ["low_confidence", "behind_pace"]],
      ["behind", ["behind_pace"]],
      ["at_risk", ["low_confidence", "forecast_short", "behind_pace"]],
    ]);
    const other = await t.callAs(admin, "GET", `/api/v1/orgs/${slug}/units/${unit("Cookware").id}/okrs?period=2026-Q4`);
    // A team page scores only its own cascade; it must agree with the whole tree (M5).
    for (const u of tree.body.units) {
      const page = await t.callAs(admin, "GET", `/api/v1/orgs/${slug}/units/${u.id}/okrs?period=2026-Q4`);
      expect(page.body.objectives.map((o: { progress: number }) => o.progress)).toEqual(
        u.objectives.map((o: { progress: number }) => o.progress),
      );
      for (const objective of u.objectives) {
        const single = await t.callAs(admin, "GET", `/api/v1/orgs/${slug}/objectives/${objective.id}`);
        expect(single.body.keyResults.map((kr: { progress: number }) => kr.progress)).toEqual(
          objective.keyResults.map((kr: { progress: number }) => kr.progress),
        );
      }
    }
    // Last quarter's objective (reviewed and closed) and the one queued for the next (M1).
    expect(other.body.otherObjectives).toEqual([
      expect.objectContaining({ periodName: "2026-Q3", title: "Make our pans arrive as good as they look" }),
      expect.objectContaining({ periodName: "2027-Q1", status: "draft" }),
    ]);
    for (const period of ["2026-Q4", "2027-Q1"]) {
      const report = await t.callAs(admin, "GET", `/api/v1/orgs/${slug}/coach/report?period=${period}`);
      expect(writingFindings(report.body.units)).toEqual([]);
    }
  });
  it("loads both organisations; the English admin belongs to both, the Chinese admin to the Chinese one", async () => {
    const base = `demo-${Math.random().toString(36).slice(2, 8)}`;
    expect(await loadDemos(t.services, base, password)).toEqual([base, `${base}-zh`]);
    const amara = await signIn(t.services, DEMO_ADMIN_EMAIL, password);
    const slugs = (await t.callAs(amara, "GET", "/api/v1/auth/me")).body.organisations.map(
      (o: { slug: string }) => o.slug,
    );
    // The English demo comes first, so `/` still opens it for her.
    expect(slugs.filter((slug: string) => slug.startsWith(base))).toEqual([base, `${base}-zh`]);
    const wang = await signIn(t.services, demoAdminEmail(chineseDemo), password);
    const hers = (await t.callAs(wang, "GET", "/api/v1/auth/me")).body.organisations;
    expect(hers.filter((o: { slug: string }) => o.slug.startsWith(base))).toEqual([
      expect.objectContaining({ slug: `${base}-zh`, organisationName: "演示公司", role: "admin" }),
    ]);
    expect((await t.callAs(wang, "GET", `/api/v1/orgs/${base}/tree?period=2026-Q4`)).status).toBe(404);
    // Mail to people without an account (invitations) goes out in the organisation's language.
    const locales = await t.db.kysely
      .selectFrom("organisations")
      .select(["slug", "locale"])
      .where("slug", "in", [base, `${base}-zh`])
      .orderBy("slug")
      .execute();
    expect(locales).toEqual([
      { slug: base, locale: "en" },
      { slug: `${base}-zh`, locale: "zh" },
    ]);
  });

  it("tells the guide's examples in Chinese, clean under the coach and rolled up through the cascade (M5)", async () => {
    const { slug, admin, tree, unit } = await loadedTree("demo-zh", chineseDemo);
    const han = /\p{Script=Han}/u;
    const objectives = tree.body.units.flatMap((u: { objectives: unknown[] }) => u.objectives);
    expect(objectives).toHaveLength(7);
    for (const objective of objectives) {
      expect(objective.title).toMatch(han);
      expect(objective.description).toMatch(han);
      expect(objective.keyResults).toHaveLength(3);
      for (const kr of objective.keyResults) {
        expect(kr.title).toMatch(han);
        expect(kr.metric).toMatch(han);
        expect(kr).toEqual(expect.objectContaining({ baseline: expect.any(Number), target: expect.any(Number) }));
        expect(kr.deadline).toBe("2026-12-31");
      }
    }
    // The guide's own wording, and its numbers where it gives them (K1).
    expect(titles(unit("炊具事业部").objectives[0])).toEqual({
      title: "成为家庭厨师值得信赖的烹饪锅供应商",
      keyResults: ["将退款率从 0.5% 降低到 0.2%", "将重复购买率从 5% 提高到 15%", "将首选品牌知名度从 10% 提高到 25%"],
    });
    expect(unit("产品部").objectives[0].title).toBe("成为客户值得信赖的技术合作伙伴");
    expect(unit("房地产经纪人 CRM 组").objectives[0].title).toBe("让房地产经纪人能够以更少的努力推动更多的房屋销售");

    // M5: product leader -> director of completed workflows -> the PM's onboarding team.
    const product = unit("产品部").objectives[0];
    const workflow = unit("工作流程体验组").objectives[0];
    const onboarding = unit("新用户上手组").objectives[0];
    expect(product.keyResults[0]).toMatchObject({ rolledUp: true, childObjectiveIds: [workflow.id] });
    expect(workflow.keyResults[2]).toMatchObject({ rolledUp: true, childObjectiveIds: [onboarding.id] });
    expect(workflow.keyResults[2].progress).toBeCloseTo(onboarding.progress, 10);
    expect(product.keyResults[0].progress).toBeCloseTo(workflow.progress, 10);
    expect(onboarding.progress).toBeCloseTo((0.4 + 0.35 + 0.65) / 3, 2);

    // Check-ins carry Chinese comments; the latest one tells the KR's story.
    const abTests = workflow.keyResults[0];
    const readings = (await t.callAs(admin, "GET", `/api/v1/orgs/${slug}/key-results/${abTests.id}/check-ins`)).body
      .checkIns;
    expect(readings.length).toBeGreaterThanOrEqual(7);
    expect(readings[0].comment).toMatch(/成功指标/); // newest first
    expect(readings[0].value).toBe(abTests.currentValue);

    // Every demo OKR passes the coach, this quarter's and the queued one of the next (Q1's Spain).
    for (const period of ["2026-Q4", "2027-Q1"]) {
      const report = await t.callAs(admin, "GET", `/api/v1/orgs/${slug}/coach/report?period=${period}&locale=zh`);
      expect(report.status).toBe(200);
      expect(writingFindings(report.body.units)).toEqual([]);
    }
    const next = await t.callAs(
      admin,
      "GET",
      `/api/v1/orgs/${slug}/units/${unit("炊具事业部").id}/okrs?period=2026-Q4`,
    );
    expect(next.body.otherObjectives).toEqual([
      expect.objectContaining({ periodName: "2026-Q3", title: "让我们的锅送到时和图片上一样好" }),
      expect.objectContaining({ title: "了解我们是否可以切实可行地进入西班牙市场", status: "draft" }),
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import { cookwareObjective, goodKeyResult, systemScope } from "../../../tests/support/factories.ts";
import { inTenant } from "../../db/tenant.ts";
import { ruleIds } from "../../domain/coach/settings.ts";
import { updateObjective } from "../../services/objectives/update-objective.ts";

const cookware = cookwareObjective;

const rulesOf = (findings: { rule: string; severity: string; path: string }[]) =>
  findings.map((f) => `${f.rule} ${f.severity} ${f.path}`);

describeApi("coach API", { now: "2027-02-15T12:00:00Z" }, (t) => {
  async function setup() {
    const org = await t.buildOrg();
    return { org, base: `/api/v1/orgs/${org.slug}/coach` };
  }

  describe("review", () => {
    it("finds nothing in the guide's good objective, and each rule in a weak one", async () => {
      const { base } = await setup();
      const good = await t.call("POST", `${base}/review`, { objective: cookware, period: "2027-Q1" });
      expect(good.status).toBe(200);
      expect(good.body).toEqual({ findings: [] });

      const weak = await t.call("POST", `${base}/review`, {
        objective: {
          title: "Become the market leader in Spain",
          keyResults: [
            { title: "Grow total user accounts", metric: "total user accounts", baseline: 1000, target: 5000 },
            {
              title: "Raise number of logins from 100 to 200",
              metric: "logins",
              baseline: 100,
              target: 200,
              deadline: "2027-06-30",
            },
          ],
        },
        period: "2027-Q1",
      });
      expect(weak.status).toBe(200);
      expect(rulesOf(weak.body.findings)).toEqual([
        "M2 warning ",
        "Q1 warning ",
        "K2 warning key_results[0]",
        "K5 warning key_results[0]",
        // The editor's hint (issue 17): the values are there, the wording does not say them.
        "K1 info key_results[0]",
        "K2 warning key_results[1]",
        "K6 warning key_results[1]",
      ]);
      expect(weak.body.findings[1]).toEqual({
        rule: "Q1",
        severity: "warning",
        path: "",
        // The rule's ID is the finding's `rule`, shown as a badge: the message does not repeat it.
        message: expect.not.stringContaining("(Q1)"),
        suggestion: expect.any(String),
      });
      expect(weak.body.findings[1].message).toContain("is not something a team can make meaningful progress on");
    });

    it("speaks the language asked for, by ?locale= or Accept-Language", async () => {
      const { base } = await setup();
      const draft = { objective: { title: "Delight new users", keyResults: [] } };
      const han = /[\u4e00-\u9fff]/;
      const zh = await t.call("POST", `${base}/review?locale=zh`, draft);
      expect(zh.body.findings[0].message).toMatch(han);
      const header = await t.call("POST", `${base}/review`, draft, { "accept-language": "zh-CN,zh;q=0.9,en;q=0.8" });
      expect(header.body.findings[0].message).toMatch(han);
      const english = await t.call("POST", `${base}/review`, draft, { "accept-language": "de-DE,en;q=0.5" });
      expect(english.body.findings[0].message).not.toMatch(han);
      expect(rulesOf(english.body.findings)).toEqual(["M4 error "]);
    });

    it("reviews what a unit stored for a period, naming the objective and key result", async () => {
      const { org, base } = await setup();
      const { objective, keyResults } = await t.buildObjective(org.id, {
        status: "draft",
        title: "Close the feature gap with our competitors",
        keyResults: [
          goodKeyResult(),
          goodKeyResult({ title: "Number of logins", metric: "logins", baseline: 5, target: 9 }),
        ],
      });
      const res = await t.call("POST", `${base}/review`, { unitId: objective.unitId, periodId: objective.periodId });
      expect(res.status).toBe(200);
      expect(
        res.body.findings.map((f: { rule: string; objectiveId: string; keyResultId: string | null }) => [
          f.rule,
          f.objectiveId,
          f.keyResultId,
        ]),
      ).toEqual([
        ["M2", objective.id, null],
        ["Q3", objective.id, null],
        ["K6", objective.id, keyResults[1]?.id],
      ]);
    });

    it("counts only active objectives for M1 in stored OKRs: drafts are queued (M1)", async () => {
      const { org, base } = await setup();
      const { objective } = await t.buildObjective(org.id, {
        keyResults: cookware.keyResults.map((kr) => goodKeyResult(kr)),
      });
      const ids = { unitId: objective.unitId, periodId: objective.periodId };
      await t.buildObjective(org.id, {
        ...ids,
        status: "draft",
        title: "Learn whether home bakers need us",
        keyResults: [],
      });
      const res = await t.call("POST", `${base}/review`, ids);
      expect(rulesOf(res.body.findings)).toEqual(["M4 error "]);
      expect(res.body.findings[0].objectiveId).not.toBe(objective.id);
    });

    it("answers 404 for another organisation's unit and period, as if they did not exist", async () => {
      const { base } = await setup();
      const other = await t.buildOrg();
      const { objective } = await t.buildObjective(other.id);
      const res = await t.call("POST", `${base}/review`, { unitId: objective.unitId, periodId: objective.periodId });
      expect(res.status).toBe(404);
      expect(res.body.error.message).toBe("Unit not found");
    });

    it("keeps a private unit's OKRs from people outside it", async () => {
      const { org, base } = await setup();
      const unit = await t.buildUnit(org.id, { private: true });
      const { objective } = await t.buildObjective(org.id, { unitId: unit.id });
      const outsider = await t.buildMember(org.id);
      const body = { unitId: unit.id, periodId: objective.periodId };
      const res = await t.callAs(outsider, "POST", `${base}/review`, body);
      expect(res.status).toBe(403);
      const insider = await t.buildMember(org.id, { units: [[unit.id, "member"]] });
      expect((await t.callAs(insider, "POST", `${base}/review`, body)).status).toBe(200);
    });

    it.each([
      [{}, "objective"],
      [{ objective: { title: "x", keyResults: [] }, unitId: "6f1c1a52-1111-4222-8333-444455556666" }, "unitId"],
      [{ unitId: "6f1c1a52-1111-4222-8333-444455556666" }, "periodId"],
      [{ objective: { title: "x", keyResults: [], owner: "me" } }, "objective"],
    ])("refuses a body that is neither a draft nor a unit and period: %j", async (body, field) => {
      const { base } = await setup();
      const res = await t.call("POST", `${base}/review`, body);
      expect(res.status).toBe(400);
      expect(res.body.error.details[0].field).toBe(field);
    });
  });

  describe("settings (defaults, not dogma)", () => {
    it("lists every rule with its default until an admin changes it", async () => {
      const { base } = await setup();
      const res = await t.call("GET", `${base}/settings`);
      expect(res.status).toBe(200);
      // Every rule of the coach, in the order of its cards (M8 joined with issue 16).
      expect(res.body.rules.map((r: { rule: string }) => r.rule)).toEqual(ruleIds);
      expect(res.body.rules[0]).toEqual({
        rule: "M1",
        setting: "error",
        defaultSetting: "error",
        enforced: true,
        reason: "",
        changedBy: null,
        changedAt: null,
      });
    });

    it("lets admins set rules; rules left out return to their default; the review follows", async () => {
      const { org, base } = await setup();
      const put = await t.call("PUT", `${base}/settings`, {
        rules: { Q4: { setting: "off" }, M2: { setting: "error" } },
      });
      expect(put.status).toBe(200);
      const byRule = Object.fromEntries(put.body.rules.map((r: { rule: string }) => [r.rule, r]));
      expect(byRule.Q4).toMatchObject({
        setting: "off",
        defaultSetting: "info",
        changedAt: "2027-02-15T12:00:00.000Z",
      });
      expect(byRule.M2.setting).toBe("error");
      const draft = { objective: { title: "Double weekly active teams", keyResults: [goodKeyResult()] } };
      expect(rulesOf((await t.call("POST", `${base}/review`, draft)).body.findings)).toEqual(["M2 error "]);

      await t.call("PUT", `${base}/settings`, { rules: { M2: { setting: "error" } } });
      expect(rulesOf((await t.call("POST", `${base}/review`, draft)).body.findings)).toEqual(["M2 error ", "Q4 info "]);

      const member = await t.buildMember(org.id);
      const refused = await t.callAs(member, "PUT", `${base}/settings`, { rules: {} });
      expect(refused.status).toBe(403);
      expect((await t.callAs(member, "GET", `${base}/settings`)).status).toBe(200);
    });

    it.each(["M1", "K1"])("turns %s off only with a recorded reason", async (rule) => {
      const { base } = await setup();
      const bare = await t.call("PUT", `${base}/settings`, { rules: { [rule]: { setting: "off" } } });
      expect(bare.status).toBe(400);
      expect(bare.body.error.details).toEqual([
        { field: `rules.${rule}.reason`, rule: "required", message: expect.stringContaining("say why") },
      ]);
      const reason = "Pilot: two objectives per team in the platform group this quarter";
      const put = await t.call("PUT", `${base}/settings`, { rules: { [rule]: { setting: "off", reason } } });
      expect(put.status).toBe(200);
      const row = put.body.rules.find((r: { rule: string }) => r.rule === rule);
      expect(row).toMatchObject({ setting: "off", enforced: false, reason, changedBy: expect.any(String) });
    });
  });

  describe("the services honour M1 and K1 settings", () => {
    it("allows a second active objective once M1 is off, and refuses it again when M1 is back (M1)", async () => {
      const { org, base } = await setup();
      const { objective } = await t.buildObjective(org.id);
      const second = {
        unitId: objective.unitId,
        periodId: objective.periodId,
        title: "Learn whether home bakers need us",
        status: "active",
        keyResults: [goodKeyResult()],
      };
      const objectives = `/api/v1/orgs/${org.slug}/objectives`;
      expect((await t.call("POST", objectives, second)).body.error.code).toBe("M1");
      await t.call("PUT", `${base}/settings`, { rules: { M1: { setting: "off", reason: "Pilot" } } });
      expect((await t.call("POST", objectives, second)).status).toBe(201);

      await t.call("PUT", `${base}/settings`, { rules: {} });
      expect((await t.call("POST", objectives, { ...second, title: "A third one" })).body.error.code).toBe("M1");
      // The database's own floor (the trigger of migration 0004), beneath the service check.
      const direct = inTenant(t.db.kysely, org.id, (tx) =>
        tx
          .insertInto("objectives")
          .values({
            orgId: org.id,
            id: crypto.randomUUID(),
            unitId: objective.unitId,
            periodId: objective.periodId,
            title: "Sneaked in",
            status: "active",
          })
          .execute(),
      );
      await expect(direct).rejects.toMatchObject({ code: "23505", constraint: "objectives_one_active_idx" });
    });

    it("activates key results without baseline or target once K1 is off; M4 still holds (K1)", async () => {
      const { org, base } = await setup();
      const unit = await t.buildUnit(org.id);
      const period = await t.buildPeriod(org.id);
      const body = {
        unitId: unit.id,
        periodId: period.id,
        title: "Learn what home bakers need",
        status: "active",
        keyResults: [{ title: "Customer interviews", metric: "interviews" }],
      };
      const objectives = `/api/v1/orgs/${org.slug}/objectives`;
      expect((await t.call("POST", objectives, body)).body.error.code).toBe("K1");
      await t.call("PUT", `${base}/settings`, { rules: { K1: { setting: "off", reason: "Discovery quarter" } } });
      const created = await t.call("POST", objectives, body);
      expect(created.status).toBe(201);
      const kr = created.body.keyResults[0];
      const edited = await t.call("PATCH", `/api/v1/orgs/${org.slug}/key-results/${kr.id}`, {
        metric: "",
        version: kr.version,
      });
      expect(edited.status).toBe(200);
      const empty = await t.call("POST", objectives, {
        ...body,
        unitId: (await t.buildUnit(org.id)).id,
        keyResults: [],
      });
      expect(empty.body.error.code).toBe("M4");
    });
  });

  describe("quality report", () => {
    it("lists open findings per unit with the organisation's settings, hiding private units from outsiders", async () => {
      const { org, base } = await setup();
      const growth = await t.buildUnit(org.id, { name: `Growth ${org.slug}` });
      const secret = await t.buildUnit(org.id, { name: `Secret ${org.slug}`, private: true });
      const clean = await t.buildUnit(org.id, { name: `Clean ${org.slug}` });
      await t.buildObjective(org.id, { unitId: growth.id, status: "draft", title: "Grow 20% faster" });
      await t.buildObjective(org.id, {
        unitId: secret.id,
        status: "draft",
        title: "Launch the new mobile app",
      });
      await t.buildObjective(org.id, {
        unitId: clean.id,
        keyResults: cookware.keyResults.map((kr) => goodKeyResult(kr)),
        title: cookware.title,
      });
      const dropped = await t.buildObjective(org.id, {
        unitId: clean.id,
        status: "draft",
        title: "Own the market",
      });
      await updateObjective(t.services, systemScope(org.id), dropped.objective.id, { status: "cancelled" });

      const res = await t.call("GET", `${base}/report?period=2027-Q1`);
      expect(res.status).toBe(200);
      expect(res.body.period.name).toBe("2027-Q1");
      expect(
        res.body.units.map((u: { unitName: string; findings: { rule: string }[] }) => [
          u.unitName,
          u.findings.map((f) => f.rule),
        ]),
      ).toEqual([
        [growth.name, ["Q4"]],
        [secret.name, ["Q2"]],
      ]);
      expect(res.body.summary).toEqual({ dismissed: 0, error: 0, warning: 1, info: 1, unitsReviewed: 3 });
      // A finding names what it is about by title, as the report page shows it.
      expect(res.body.units[0].findings[0]).toMatchObject({ objectiveTitle: "Grow 20% faster", keyResultTitle: null });

      await t.call("PUT", `${base}/settings`, { rules: { Q4: { setting: "off" } } });
      const outsider = await t.buildMember(org.id, { orgRole: "viewer" });
      const asViewer = await t.callAs(outsider, "GET", `${base}/report?period=2027-Q1&locale=zh`);
      expect(asViewer.body.units).toEqual([]);
      expect(asViewer.body.summary).toEqual({ dismissed: 0, error: 0, warning: 0, info: 0, unitsReviewed: 2 });

      // Scoped to one unit and the units below it; a unit of no one's is not found.
      await t.call("PUT", `${base}/settings`, { rules: {} }); // Q4 back to its default
      const team = await t.buildUnit(org.id, { name: `Team ${org.slug}`, parentId: growth.id });
      await t.buildObjective(org.id, { unitId: team.id, status: "draft", title: "Grow 30% faster" });
      const scoped = await t.call("GET", `${base}/report?period=2027-Q1&unit=${growth.id}`);
      expect(scoped.body.units.map((u: { unitName: string }) => u.unitName)).toEqual([growth.name, team.name]);
      expect((await t.call("GET", `${base}/report?period=2027-Q1&unit=${crypto.randomUUID()}`)).status).toBe(404);
    });
  });
});

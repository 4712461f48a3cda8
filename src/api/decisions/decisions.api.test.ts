import { expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import { goodKeyResult, systemScope } from "../../../tests/support/factories.ts";
import { snapshotOrganisation } from "../../../tests/support/snapshot.ts";
import { steppingClock } from "../../../tests/support/test-app.ts";
import { recordCheckIn } from "../../services/check-ins/record-check-in.ts";
import { createStrategy } from "../../services/strategies.ts";

// The decision log (P4) and the strategy a company objective serves (M8, P1), on both databases
// (docs/strategy-and-decisions.md).

// A second passes with every reading of the clock, so a decision's changes have an order of their own.
describeApi("decision log (P4)", { now: steppingClock("2027-02-15T12:00:00Z") }, (t) => {
  async function world() {
    const { org, base, objective, keyResults, member } = await t.buildTeamWithMember();
    const [kr, otherKr] = keyResults.map((k) => k.id) as [string, string];
    const reading = (await recordCheckIn(t.services, systemScope(org.id), kr, { value: 5 })).checkIn.id;
    return { org, base, objective, kr, otherKr, member, reading };
  }

  const agentStep = {
    title: "Keep the 'talk to an agent' step in the valuation workflow",
    context: "Removing the step would lift workflow completion, and a few users complained about it.",
    options: ["Remove the step", "Keep it and explain why it is there", "Move it after the estimate"],
    evidence: "Completion rose in the test without the step; agent calls from the step are where we earn money.",
    decision: "Keep the step: it is the monetisation step; move it after the estimate instead of removing it.",
    decidedOn: "2027-02-10",
    revisitOn: "2027-02-14",
  };

  it("records a decision on a KR with its evidence, finds it by objective, unit and words, and marks it due", async () => {
    const { base, objective, kr, member, reading } = await world();
    const created = await t.callAs(member, "POST", `${base}/decisions`, {
      ...agentStep,
      keyResultId: kr,
      decidedById: member.personId,
      evidenceRefs: [
        { kind: "check_in", ref: reading, label: "Completion after the test" },
        { kind: "link", ref: "https://example.test/test-report" },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      objectiveId: objective.id,
      keyResultId: kr,
      unitId: objective.unitId,
      status: "active",
      decidedById: member.personId,
      options: agentStep.options,
      revisitDue: true, // 2027-02-14 is before today (2027-02-15)
      evidenceRefs: [
        { kind: "check_in", ref: reading, label: "Completion after the test" },
        { kind: "link", ref: "https://example.test/test-report", label: "" },
      ],
    });
    expect(created.body.decidedByName).toMatch(/^Person /);
    const onObjective = await t.callAs(member, "POST", `${base}/decisions`, {
      objectiveId: objective.id,
      title: "保留人工咨询步骤",
      context: "删除这一步会提高工作流程完成率,但这是变现的步骤。",
    });
    expect(onObjective.status).toBe(201);
    expect(onObjective.body).toMatchObject({ keyResultId: null, decidedOn: "2027-02-15", revisitDue: false });

    const ids = async (query: string) =>
      (await t.call("GET", `${base}/decisions?${query}`)).body.decisions.map((d: { id: string }) => d.id);
    expect(await ids(`objective=${objective.id}`)).toEqual([onObjective.body.id, created.body.id]);
    expect(await ids(`keyResult=${kr}`)).toEqual([created.body.id]);
    expect(await ids(`unit=${objective.unitId}`)).toHaveLength(2);
    expect(await ids("q=MONETISATION")).toEqual([created.body.id]); // in the decision, any case
    expect(await ids(`q=${encodeURIComponent("变现")}`)).toEqual([onObjective.body.id]); // in the context
    expect(await ids(`q=${encodeURIComponent("100%_")}`)).toEqual([]); // LIKE's own characters are literal
    expect(await ids("status=reversed")).toEqual([]);
  });

  it("revisits and reverses a decision on the record (S7) and deletes one recorded by mistake", async () => {
    const { base, kr, member } = await world();
    const { body } = await t.callAs(member, "POST", `${base}/decisions`, { ...agentStep, keyResultId: kr });
    const change = { status: "revisited", revisitOn: "2027-05-01" };
    // An edit names the version it was made from: none is 428, a stale one 409 (docs/api-retries.md).
    const unversioned = await t.callAs(member, "PATCH", `${base}/decisions/${body.id}`, change);
    expect([unversioned.status, unversioned.body.error.details[0].field]).toEqual([428, "version"]);
    const stale = await t.callAs(member, "PATCH", `${base}/decisions/${body.id}`, { ...change, version: 7 });
    expect([stale.status, stale.body.error.details[0].rule]).toEqual([409, "current"]);
    const revisited = await t.callAs(member, "PATCH", `${base}/decisions/${body.id}`, { ...change, version: 1 });
    expect(revisited.status).toBe(200);
    expect(revisited.body).toMatchObject({
      status: "revisited",
      revisitDue: false,
      version: 2,
      title: agentStep.title,
    });
    const history = await t.call("GET", `${base}/decisions/${body.id}/history`);
    expect(history.body.history.map((h: { action: string }) => h.action)).toEqual(["create", "update"]);
    expect(history.body.history[1].before).toMatchObject({ status: "active", revisitOn: "2027-02-14" });
    expect(history.body.history[1].after).toMatchObject({ status: "revisited", revisitOn: "2027-05-01" });

    expect((await t.callAs(member, "DELETE", `${base}/decisions/${body.id}`)).status).toBe(204);
    expect((await t.call("GET", `${base}/decisions/${body.id}`)).status).toBe(404);
    const rows = await t.db.kysely
      .selectFrom("history")
      .select("action")
      .where("entity", "=", "decision")
      .where("entityId", "=", body.id)
      .orderBy("changedAt")
      .execute();
    expect(rows.map((r) => r.action)).toEqual(["create", "update", "delete"]);
  });

  it("lets the unit's lead and members decide (M6); viewers and other teams read only", async () => {
    const { org, base, objective, kr } = await world();
    const viewer = await t.buildMember(org.id, { orgRole: "viewer" });
    const other = await t.buildMember(org.id, {
      units: [[(await t.buildUnit(org.id)).id, "member"]],
    });
    for (const [caller, why] of [
      [viewer, /Viewers can read/],
      [other, /Only the unit's lead and members record its decisions \(P4, M6\)/],
    ] as const) {
      const res = await t.callAs(caller, "POST", `${base}/decisions`, { ...agentStep, keyResultId: kr });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toMatch(why);
    }
    const made = await t.call("POST", `${base}/decisions`, { objectiveId: objective.id, title: "Admins decide too" });
    expect(made.status).toBe(201);
    expect((await t.callAs(other, "GET", `${base}/decisions/${made.body.id}`)).status).toBe(200);
    expect(
      (await t.callAs(other, "PATCH", `${base}/decisions/${made.body.id}`, { status: "reversed", version: 1 })).status,
    ).toBe(403);
  });

  it("refuses bad input naming the field and rule, and writes nothing", async () => {
    const { org, base, objective, kr, otherKr, member, reading } = await world();
    const { objective: elsewhere } = await t.buildObjective(org.id);
    const before = await snapshotOrganisation(t.db.kysely, org.id);
    const cases: [unknown, number, string, string][] = [
      [{ title: "No subject" }, 400, "objectiveId", "custom"],
      [{ objectiveId: objective.id, title: " " }, 400, "title", "too_small"],
      [
        { objectiveId: objective.id, title: "x", decidedOn: "2027-02-10", revisitOn: "2027-02-01" },
        400,
        "revisitOn",
        "custom",
      ],
      [{ objectiveId: objective.id, title: "x", revisitOn: "2027-01-01" }, 422, "revisitOn", "after_decided"],
      [{ objectiveId: objective.id, title: "x", status: "maybe" }, 400, "status", "invalid_value"],
      [{ objectiveId: objective.id, title: "x", options: [""] }, 400, "options.0", "too_small"],
      [
        { objectiveId: objective.id, title: "x", evidenceRefs: [{ kind: "link", ref: "javascript:alert(1)" }] },
        400,
        "evidenceRefs.0.ref",
        "custom",
      ],
      [
        { objectiveId: objective.id, title: "x", evidenceRefs: [{ kind: "check_in", ref: "yesterday" }] },
        400,
        "evidenceRefs.0.ref",
        "custom",
      ],
      [
        { keyResultId: otherKr, title: "x", evidenceRefs: [{ kind: "check_in", ref: reading }] },
        422,
        "evidenceRefs.0.ref",
        "reading_of_kr",
      ],
      [
        { objectiveId: objective.id, title: "x", evidenceRefs: [{ kind: "check_in", ref: reading }] },
        422,
        "evidenceRefs.0.ref",
        "reading_of_kr",
      ],
      [{ objectiveId: elsewhere.id, keyResultId: kr, title: "x" }, 422, "keyResultId", "same_objective"],
      [{ objectiveId: "6f1c1a52-1111-4222-8333-444455556666", title: "x" }, 404, "objectiveId", "exists"],
      [
        { objectiveId: objective.id, title: "x", decidedById: "6f1c1a52-1111-4222-8333-444455556666" },
        404,
        "decidedById",
        "exists",
      ],
      [{ objectiveId: objective.id, title: "x", unknown: 1 }, 400, "body", "unrecognized_keys"],
    ];
    for (const [body, status, field, rule] of cases) {
      const res = await t.callAs(member, "POST", `${base}/decisions`, body);
      expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), status]);
      expect(res.body.error.details).toContainEqual(expect.objectContaining({ field, rule }));
    }
    expect(await snapshotOrganisation(t.db.kysely, org.id)).toEqual(before);
    const { body: made } = await t.callAs(member, "POST", `${base}/decisions`, {
      objectiveId: objective.id,
      title: "x",
    });
    const moved = await t.callAs(member, "PATCH", `${base}/decisions/${made.id}`, {
      keyResultId: elsewhere.id,
      version: 1,
    });
    expect(moved.status).toBe(404);
    const { keyResults } = await t.buildObjective(org.id);
    const foreignKr = await t.callAs(member, "PATCH", `${base}/decisions/${made.id}`, {
      keyResultId: keyResults[0]?.id,
      version: 1,
    });
    expect([foreignKr.status, foreignKr.body.error.details[0].rule]).toEqual([422, "same_objective"]);
    const unchanged = await t.call("GET", `${base}/decisions/${made.id}`);
    expect(unchanged.body).toMatchObject({ keyResultId: null, version: 1 });
  });

  it("keeps a decision on its objective when its KR is deleted", async () => {
    const { org, base, objective, kr } = await world();
    const { body } = await t.call("POST", `${base}/decisions`, { keyResultId: kr, title: "On the first KR" });
    await t.db.kysely.deleteFrom("checkIns").where("orgId", "=", org.id).where("keyResultId", "=", kr).execute();
    await t.db.kysely.deleteFrom("keyResults").where("orgId", "=", org.id).where("id", "=", kr).execute();
    const kept = await t.call("GET", `${base}/decisions/${body.id}`);
    expect(kept.body).toMatchObject({ objectiveId: objective.id, keyResultId: null });
  });
});

describeApi("strategy statements and company objectives (M8, P1)", { now: "2027-02-15T12:00:00Z" }, (t) => {
  it("keeps a statement's diagnosis and guardrails, blank ones as not written", async () => {
    const org = await t.buildOrg();
    const base = `/api/v1/orgs/${org.slug}/strategies`;
    const made = await t.call("POST", base, {
      kind: "strategy",
      title: "Win on workflow depth, not feature count",
      diagnosis: "Customers hop between tools to finish one workflow.",
      guardrails: "We will not copy competitors' features to match a checklist.",
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ diagnosis: "Customers hop between tools to finish one workflow." });
    const cleared = await t.call("PATCH", `${base}/${made.body.id}`, { guardrails: "  " });
    expect(cleared.body).toMatchObject({
      guardrails: null,
      diagnosis: "Customers hop between tools to finish one workflow.",
    });
    const vision = await t.call("POST", base, { kind: "vision", title: "Every team does its best work" });
    expect(vision.body).toMatchObject({ diagnosis: null, guardrails: null });
  });

  it("lists the company objectives with the strategy each serves, and the coach notes one serving none (M8)", async () => {
    const org = await t.buildOrg();
    const base = `/api/v1/orgs/${org.slug}`;
    const company = await t.buildUnit(org.id, { kind: "company", name: "Acme" });
    const team = await t.buildUnit(org.id, { parentId: company.id });
    const { objective: unlinked } = await t.buildObjective(org.id, {
      unitId: company.id,
      title: "Enter three new markets",
    });
    const { objective: teamObjective } = await t.buildObjective(org.id, { unitId: team.id });
    const review = async () =>
      (await t.call("POST", `${base}/coach/review`, { unitId: company.id, periodId: unlinked.periodId })).body.findings;
    // No strategy written yet: nothing to serve, no finding.
    expect((await review()).filter((f: { rule: string }) => f.rule === "M8")).toEqual([]);

    const strategy = await createStrategy(t.services, systemScope(org.id), { kind: "strategy", title: "Win on depth" });
    const listed = await t.call("GET", `${base}/company-objectives?period=2027-Q1`);
    expect(listed.status).toBe(200);
    expect(listed.body.objectives).toEqual([
      expect.objectContaining({ id: unlinked.id, unitName: "Acme", strategyId: null }),
    ]);
    expect(listed.body.objectives.map((o: { id: string }) => o.id)).not.toContain(teamObjective.id);

    const findings = (await review()).filter((f: { rule: string }) => f.rule === "M8");
    expect(findings).toEqual([expect.objectContaining({ severity: "info", objectiveId: unlinked.id })]);
    expect(findings[0].message).toContain('"Enter three new markets" serves none');
    const zh = await t.call("POST", `${base}/coach/review?locale=zh`, {
      unitId: company.id,
      periodId: unlinked.periodId,
    });
    expect(zh.body.findings.find((f: { rule: string }) => f.rule === "M8").message).toContain(
      "没有服务于组织的任何战略陈述",
    );
    // A team objective serves the strategy through its parent KR (M5): not asked.
    const teamFindings = await t.call("POST", `${base}/coach/review`, { unitId: team.id, periodId: unlinked.periodId });
    expect(teamFindings.body.findings.filter((f: { rule: string }) => f.rule === "M8")).toEqual([]);
    // The draft in the editor: with its unit and no strategy, then with one.
    const draft = { title: "Enter three new markets", keyResults: [goodKeyResult()], unitId: company.id };
    const onDraft = await t.call("POST", `${base}/coach/review`, { objective: draft, period: "2027-Q1" });
    expect(onDraft.body.findings.map((f: { rule: string }) => f.rule)).toContain("M8");
    const linkedDraft = { ...draft, strategyId: strategy.id };
    const onLinked = await t.call("POST", `${base}/coach/review`, { objective: linkedDraft, period: "2027-Q1" });
    expect(onLinked.body.findings.map((f: { rule: string }) => f.rule)).not.toContain("M8");
    // The quality report says it too, and an admin may turn the rule off like any other.
    const report = await t.call("GET", `${base}/coach/report?period=2027-Q1`);
    expect(JSON.stringify(report.body)).toContain('"rule":"M8"');
    const off = await t.call("PUT", `${base}/coach/settings`, { rules: { M8: { setting: "off" } } });
    expect(off.status).toBe(200);
    expect((await review()).filter((f: { rule: string }) => f.rule === "M8")).toEqual([]);

    await t.call("PATCH", `${base}/objectives/${unlinked.id}`, { strategyId: strategy.id, version: unlinked.version });
    const relisted = await t.call("GET", `${base}/company-objectives?period=2027-Q1`);
    expect(relisted.body.objectives[0]).toMatchObject({ id: unlinked.id, strategyId: strategy.id });
  });
});

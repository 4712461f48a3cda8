import { expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import { goodKeyResult, systemScope } from "../../../tests/support/factories.ts";
import { recordCheckIn } from "../../services/check-ins/record-check-in.ts";
import { updateObjective } from "../../services/objectives/update-objective.ts";

// The views that read only what a page shows (issue 6): a subtree of the map, the path to a
// unit, a search across the organisation and one person's key results.

interface TreeUnitBody {
  id: string;
  name: string;
  childUnitCount: number;
  objectives: { id: string; title: string; progress: number | null; keyResults: { id: string; title: string }[] }[];
}

describeApi("views at scale (M5, S5)", { now: "2027-02-15T12:00:00Z" }, (t) => {
  /**
   * Company > Product > Workflows > Onboarding, and Company > Cookware; Workflows' objective is
   * cascaded from Product's first KR (M5), Onboarding's from Workflows' first.
   */
  async function organisation() {
    const org = await t.buildOrg();
    const period = await t.buildPeriod(org.id, "2027-Q1");
    const owner = await t.buildPerson(org.id);
    const unit = (name: string, parentId: string | null, kind: "company" | "department" | "team" = "team") =>
      t.buildUnit(org.id, { name, parentId, kind });
    const company = await unit("Company", null, "company");
    const product = await unit("Product", company.id, "department");
    const cookware = await unit("Cookware", company.id, "department");
    const workflows = await unit("Workflows", product.id);
    const onboarding = await unit("Onboarding", workflows.id);
    const objective = (unitId: string, title: string, parentKeyResultId?: string, krTitle = "Raise 50% to 100%") =>
      t.buildObjective(org.id, {
        unitId,
        periodId: period.id,
        title,
        parentKeyResultId: parentKeyResultId ?? null,
        keyResults: [
          goodKeyResult({ title: krTitle, metric: "m", baseline: 0, target: 100, ownerId: owner.id }),
          goodKeyResult({ title: `Second KR of ${title}`, metric: "n", baseline: 0, target: 100 }),
          goodKeyResult({ title: `Third KR of ${title}`, metric: "o", baseline: 0, target: 100 }),
        ],
      });
    const ofProduct = await objective(product.id, "Trusted technology partner", undefined, "Completed workflows up");
    const ofWorkflows = await objective(workflows.id, "Effortless workflows", ofProduct.keyResults[0]?.id);
    const ofOnboarding = await objective(onboarding.id, "Day-one success", ofWorkflows.keyResults[0]?.id);
    const ofCookware = await objective(cookware.id, "Trusted cookware supplier", undefined, "Refund rate 100% off");
    const scope = systemScope(org.id);
    for (const kr of ofOnboarding.keyResults) await recordCheckIn(t.services, scope, kr.id, { value: 60 });
    return {
      org,
      owner,
      units: { company, product, cookware, workflows, onboarding },
      objectives: { ofProduct, ofWorkflows, ofOnboarding, ofCookware },
      base: `/api/v1/orgs/${org.slug}`,
    };
  }
  const names = (units: TreeUnitBody[]) => units.map((u) => [u.name, u.childUnitCount]);

  it("returns a subtree to the given depth in tree order, each unit with its child-unit count", async () => {
    const { base, units } = await organisation();
    const top = await t.call("GET", `${base}/tree?period=2027-Q1&depth=1`);
    expect(top.status).toBe(200);
    expect(names(top.body.units)).toEqual([
      ["Company", 2],
      ["Cookware", 0],
      ["Product", 1],
    ]);
    const branch = await t.call("GET", `${base}/tree?period=2027-Q1&root=${units.product.id}&depth=1`);
    expect(names(branch.body.units)).toEqual([
      ["Product", 1],
      ["Workflows", 1],
    ]);
    const deep = await t.call("GET", `${base}/tree?period=2027-Q1&root=${units.product.id}`);
    expect(names(deep.body.units)).toEqual([
      ["Product", 1],
      ["Workflows", 1],
      ["Onboarding", 0],
    ]);
  });

  it("scores a subtree's objectives with the roll-up of the whole period (S1, M5)", async () => {
    const { base, units } = await organisation();
    const whole = await t.call("GET", `${base}/tree?period=2027-Q1`);
    const branch = await t.call("GET", `${base}/tree?period=2027-Q1&root=${units.product.id}&depth=0`);
    const progressOf = (body: { units: TreeUnitBody[] }, id: string) =>
      body.units.find((u) => u.id === id)?.objectives.map((o) => o.progress);
    expect(progressOf(branch.body, units.product.id)).toEqual(progressOf(whole.body, units.product.id));
    expect(progressOf(branch.body, units.product.id)?.[0]).toBeGreaterThan(0);
  });

  it("keeps today's whole-period tree without parameters, now with child-unit counts", async () => {
    const { base } = await organisation();
    const res = await t.call("GET", `${base}/tree?period=2027-Q1`);
    expect(res.body.units.map((u: TreeUnitBody) => u.name)).toEqual([
      "Company",
      "Cookware",
      "Onboarding",
      "Product",
      "Workflows",
    ]);
    expect(res.body.units.find((u: TreeUnitBody) => u.name === "Company").childUnitCount).toBe(2);
  });

  it("answers 404 for a root unit the organisation does not have", async () => {
    const { base } = await organisation();
    const other = await organisation();
    const res = await t.call("GET", `${base}/tree?period=2027-Q1&root=${other.units.product.id}`);
    expect(res.status).toBe(404);
  });

  it("walks from the top down to a unit with each step's OKRs (M5)", async () => {
    const { base, units } = await organisation();
    const res = await t.call("GET", `${base}/units/${units.onboarding.id}/path?period=2027-Q1`);
    expect(res.status).toBe(200);
    expect(res.body.units.map((u: TreeUnitBody) => [u.name, u.objectives.map((o) => o.title)])).toEqual([
      ["Company", []],
      ["Product", ["Trusted technology partner"]],
      ["Workflows", ["Effortless workflows"]],
      ["Onboarding", ["Day-one success"]],
    ]);
  });

  it("finds units by name, objective or key result across the organisation, with their path", async () => {
    const { base, units } = await organisation();
    const res = await t.call("GET", `${base}/search?period=2027-Q1&q=day-ONE`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(1);
    expect(res.body.matches).toEqual([
      {
        unitId: units.onboarding.id,
        path: [units.company.id, units.product.id, units.workflows.id, units.onboarding.id],
      },
    ]);
    expect(res.body.units.map((u: TreeUnitBody) => u.name)).toEqual(["Company", "Product", "Workflows", "Onboarding"]);
    const byKr = await t.call("GET", `${base}/search?period=2027-Q1&q=refund`);
    expect(byKr.body.matches.map((m: { unitId: string }) => m.unitId)).toEqual([units.cookware.id]);
    const byName = await t.call("GET", `${base}/search?period=2027-Q1&q=workflows`);
    expect(byName.body.matches.map((m: { unitId: string }) => m.unitId)).toEqual([
      units.product.id,
      units.workflows.id,
    ]);
  });

  it("takes % and _ as text, caps the matches at `limit` and finds nothing for blank text", async () => {
    const { base } = await organisation();
    const percent = await t.call("GET", `${base}/search?period=2027-Q1&q=${encodeURIComponent("100% off")}`);
    expect(percent.body.total).toBe(1);
    const underscore = await t.call("GET", `${base}/search?period=2027-Q1&q=_`);
    expect(underscore.body.total).toBe(0);
    const capped = await t.call("GET", `${base}/search?period=2027-Q1&q=KR&limit=2`);
    expect(capped.body.total).toBe(4);
    expect(capped.body.matches).toHaveLength(2);
    const blank = await t.call("GET", `${base}/search?period=2027-Q1&q=%20`);
    expect(blank.body).toMatchObject({ total: 0, matches: [], units: [] });
  });

  it("does not find or show a private unit's OKRs to those who may not read them", async () => {
    const { org, base, units } = await organisation();
    await t.call("PATCH", `${base}/units/${units.cookware.id}`, { private: true });
    const member = await t.buildMember(org.id, {});
    const search = await t.callAs(member, "GET", `${base}/search?period=2027-Q1&q=refund`);
    expect(search.body.total).toBe(0);
    const byName = await t.callAs(member, "GET", `${base}/search?period=2027-Q1&q=cookware`);
    expect(byName.body.units.find((u: TreeUnitBody) => u.name === "Cookware").objectives).toEqual([]);
    const tree = await t.callAs(member, "GET", `${base}/tree?period=2027-Q1&depth=1`);
    expect(tree.body.units.find((u: TreeUnitBody) => u.name === "Cookware").objectives).toEqual([]);
    const path = await t.callAs(member, "GET", `${base}/units/${units.cookware.id}/path?period=2027-Q1`);
    expect(path.body.units.at(-1).objectives).toEqual([]);
  });

  // The map's own answer (issue 15): what `/tree` says of the same subtree, cut to what the map draws.
  interface FullUnit extends TreeUnitBody {
    parentId: string | null;
    kind: string;
    objectives: (TreeUnitBody["objectives"][number] & Record<string, unknown>)[];
  }
  const asMapDraws = (units: FullUnit[]) =>
    units.map((unit) => ({
      id: unit.id,
      parentId: unit.parentId,
      name: unit.name,
      kind: unit.kind,
      childUnitCount: unit.childUnitCount,
      objectives: unit.objectives
        .filter((o) => o.status !== "cancelled")
        .map((o) => ({
          id: o.id,
          title: o.title,
          status: o.status,
          strategyId: o.strategyId,
          parentKeyResultId: o.parentKeyResultId,
          progress: o.progress,
          band: o.band,
          bandBasis: o.bandBasis,
          keyResults: (o.keyResults as Record<string, unknown>[]).map((kr) => ({
            id: kr.id,
            title: kr.title,
            progress: kr.progress,
            band: kr.band,
            childObjectiveIds: kr.childObjectiveIds,
          })),
        })),
    }));

  it("gives the map the tree's units, order, progress and bands with only the fields it draws (M5, S1, S2)", async () => {
    const { org, base, units, objectives } = await organisation();
    // A second reading gives Onboarding's KRs a forecast, so a band (S2); a cancelled objective is not drawn.
    for (const kr of objectives.ofOnboarding.keyResults)
      await recordCheckIn(t.services, systemScope(org.id), kr.id, { value: 70 });
    const dropped = await t.buildObjective(org.id, {
      unitId: units.cookware.id,
      periodId: objectives.ofCookware.objective.periodId,
      title: "Dropped supplier objective",
      status: "draft",
    });
    await updateObjective(t.services, systemScope(org.id), dropped.objective.id, { status: "cancelled" });
    for (const query of ["depth=2", `root=${units.product.id}&depth=1`]) {
      const map = await t.call("GET", `${base}/map?period=2027-Q1&${query}`);
      const tree = await t.call("GET", `${base}/tree?period=2027-Q1&${query}`);
      expect(map.status).toBe(200);
      expect(map.body).toEqual({ units: asMapDraws(tree.body.units) });
    }
    // Without depth every level, in tree order (the whole-period tree lists its units by name).
    const whole = await t.call("GET", `${base}/map?period=2027-Q1`);
    const wholeTree = await t.call("GET", `${base}/tree?period=2027-Q1`);
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect([...whole.body.units].sort(byName)).toEqual(asMapDraws(wholeTree.body.units).sort(byName));
    expect(names(whole.body.units)).toEqual([
      ["Company", 2],
      ["Cookware", 0],
      ["Product", 1],
      ["Workflows", 1],
      ["Onboarding", 0],
    ]);
    const onboarding = whole.body.units.find((u: TreeUnitBody) => u.name === "Onboarding");
    expect(onboarding.objectives[0].keyResults[0].band).not.toBeNull();
    const cookware = whole.body.units.find((u: TreeUnitBody) => u.name === "Cookware");
    expect(cookware.objectives.map((o: { title: string }) => o.title)).toEqual(["Trusted cookware supplier"]);
  });

  it("leaves a private unit's OKRs off the map for those who may not read them, and 404s an unknown root", async () => {
    const { org, base, units } = await organisation();
    await t.call("PATCH", `${base}/units/${units.cookware.id}`, { private: true });
    const member = await t.buildMember(org.id, {});
    const map = await t.callAs(member, "GET", `${base}/map?period=2027-Q1&depth=1`);
    expect(map.body.units.find((u: TreeUnitBody) => u.name === "Cookware").objectives).toEqual([]);
    expect(map.body.units.find((u: TreeUnitBody) => u.name === "Product").objectives).toHaveLength(1);
    const unknown = await t.call("GET", `${base}/map?period=2027-Q1&root=00000000-0000-4000-8000-000000000000`);
    expect(unknown.status).toBe(404);
  });

  it("lists the key results a person owns, scored, in tree order with their unit and objective", async () => {
    const { org, base, owner } = await organisation();
    const res = await t.call("GET", `${base}/people/${owner.id}/key-results?period=2027-Q1`);
    expect(res.status).toBe(200);
    expect(
      res.body.keyResults.map(
        (k: { unit: { name: string }; objective: { title: string }; keyResult: { title: string } }) => [
          k.unit.name,
          k.objective.title,
          k.keyResult.title,
        ],
      ),
    ).toEqual([
      ["Cookware", "Trusted cookware supplier", "Refund rate 100% off"],
      ["Product", "Trusted technology partner", "Completed workflows up"],
      ["Workflows", "Effortless workflows", "Raise 50% to 100%"],
      ["Onboarding", "Day-one success", "Raise 50% to 100%"],
    ]);
    expect(res.body.keyResults[3].keyResult.progress).toBeCloseTo(0.6, 5);
    const nobody = await t.buildPerson(org.id);
    const none = await t.call("GET", `${base}/people/${nobody.id}/key-results?period=2027-Q1`);
    expect(none.body.keyResults).toEqual([]);
  });

  it("leaves a private unit's key results out of a person's list for those who may not read them", async () => {
    const { org, base, owner, units } = await organisation();
    await t.call("PATCH", `${base}/units/${units.cookware.id}`, { private: true });
    const member = await t.buildMember(org.id, {});
    const res = await t.callAs(member, "GET", `${base}/people/${owner.id}/key-results?period=2027-Q1`);
    expect(res.body.keyResults.map((k: { unit: { name: string } }) => k.unit.name)).toEqual([
      "Product",
      "Workflows",
      "Onboarding",
    ]);
  });

  it("answers 404 for a person or unit of another organisation", async () => {
    const { base } = await organisation();
    const other = await organisation();
    expect((await t.call("GET", `${base}/people/${other.owner.id}/key-results?period=2027-Q1`)).status).toBe(404);
    expect((await t.call("GET", `${base}/units/${other.units.onboarding.id}/path?period=2027-Q1`)).status).toBe(404);
  });
});

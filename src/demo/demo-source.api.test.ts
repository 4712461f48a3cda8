import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { describeApi } from "../../tests/support/api-test.ts";
import { useHttpServer } from "../../tests/support/http-server.ts";
import { signIn } from "../services/accounts/sign-in.ts";
import { syncMetricSource } from "../services/metric-sources/sync-metric-source.ts";
import { DEMO_ADMIN_EMAIL, loadDemos } from "./load-demo.ts";
import { DEMO_METRICS_PATH } from "./load-demo-source.ts";

// The demo's KR fed by a metric source (issue 14, docs/metric-sources.md "The demo's source"):
// in both demos "Grow monthly active users" reads the JSON file the web app's build serves at
// /demo/metrics.json from Grove's own address, which the organisation allows; here a server in
// the test stands in for Grove's static files and serves the very file the build copies.

const file = readFileSync(new URL("../web/public/demo/metrics.json", import.meta.url));

const today = new Date("2026-11-27T10:00:00Z");

describeApi("the demo's metric source", { now: () => today }, (t) => {
  const grove = useHttpServer((req, res) => {
    if (req.url !== DEMO_METRICS_PATH) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": "application/json" }).end(file);
  });

  it("feeds one KR in each demo from Grove's own address, allowed by the organisation, and syncs with no network", async () => {
    const port = new URL(grove.origin()).port;
    t.services.messaging.publicUrl = `http://localhost:${port}`;
    const base = `demo-${Math.random().toString(36).slice(2, 8)}`;
    const password = "demo password for tests";
    await loadDemos(t.services, base, password);
    const amara = await signIn(t.services, DEMO_ADMIN_EMAIL, password);
    for (const [slug, title] of [
      [base, "Grow monthly active users from 12,000 to 15,000"],
      [`${base}-zh`, "将月活跃用户数从 12,000 增加到 15,000"],
    ] as const) {
      const org = `/api/v1/orgs/${slug}`;
      expect((await t.callAs(amara, "GET", `${org}/metric-source-hosts`)).body.hosts).toEqual(["localhost"]);
      const sources = await t.db.kysely
        .selectFrom("metricSources as s")
        .innerJoin("keyResults as k", (j) => j.onRef("k.orgId", "=", "s.orgId").onRef("k.id", "=", "s.keyResultId"))
        .innerJoin("organisations as o", "o.id", "s.orgId")
        .select(["s.id", "s.orgId", "s.keyResultId", "s.url", "k.title"])
        .where("o.slug", "=", slug)
        .execute();
      expect(sources).toEqual([
        expect.objectContaining({ title, url: `http://localhost:${port}${DEMO_METRICS_PATH}` }),
      ]);
      const [source] = sources;
      if (!source) continue;
      expect(await syncMetricSource(t.services, source.orgId, source.id, today)).toEqual({
        status: "recorded",
        value: 14100,
      });
      const readings = await t.callAs(amara, "GET", `${org}/key-results/${source.keyResultId}/check-ins`);
      expect(readings.body.checkIns[0]).toMatchObject({ value: 14100, sourceId: source.id, authorId: null });
    }
  }, 240_000);
});

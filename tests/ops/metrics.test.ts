import { describe, expect, it } from "vitest";
import { demoServerOfFile } from "../support/grove-server.ts";
import { promtoolCheck, promtoolPath, seriesValue } from "../support/promtool.ts";

// The operator's view (issue 18 point 3; docs/operations.md, "Health" and "Metrics"): a real
// `grove serve` with GROVE_METRICS_TOKEN answers /metrics in Prometheus' text format, which
// Debian's promtool accepts, behind the token; liveness and readiness answer on their own paths.

const TOKEN = "metrics-token-for-the-ops-test-0123";
const promtool = promtoolPath();
const server = demoServerOfFile("grove-metrics-", { env: { GROVE_METRICS_TOKEN: TOKEN } });

const scrape = (authorization?: string) =>
  fetch(`${server.base}/metrics`, { headers: authorization ? { authorization } : {} });

describe("grove serve's /metrics and health probes", () => {
  it("answers liveness and readiness", async () => {
    for (const path of ["/api/health/live", "/api/health/ready"]) {
      const res = await fetch(`${server.base}${path}`);
      expect({ path, status: res.status, body: await res.json() }).toEqual({
        path,
        status: 200,
        body: { status: "ok" },
      });
    }
  });

  it("refuses a scrape without the token or with another one", async () => {
    for (const authorization of [undefined, "Bearer wrong-token-of-enough-length", TOKEN]) {
      const res = await scrape(authorization);
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toBe('Bearer realm="metrics"');
    }
  });

  it("counts requests by route pattern, with the pool, the queues and the process's memory", async () => {
    for (let i = 0; i < 3; i++) expect((await fetch(`${server.base}/api/v1/orgs/no-such-org/tree`)).status).toBe(401);
    await fetch(`${server.base}/api/health`);
    const res = await scrape(`Bearer ${TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain; version=0.0.4");
    const text = await res.text();
    // The route's pattern, never the organisation's slug from the path.
    expect(text).not.toContain("no-such-org");
    expect(seriesValue(text, 'grove_http_requests_total{method="GET",route="/api/v1/*",status="401"}')).toBe(3);
    expect(seriesValue(text, 'grove_http_requests_total{method="GET",route="/api/health",status="200"}')).toBe(1);
    expect(seriesValue(text, 'grove_http_request_duration_seconds_count{method="GET",route="/api/health"}')).toBe(1);
    expect(seriesValue(text, 'grove_db_pool_connections{state="total"}')).toBeGreaterThan(0);
    expect(seriesValue(text, "grove_outbox_oldest_pending_seconds")).toBeGreaterThanOrEqual(0);
    expect(seriesValue(text, "process_resident_memory_bytes")).toBeGreaterThan(10 * 1024 * 1024);
    // Where it is (docs/performance.md, "Memory"): the embedded database's WebAssembly memory is
    // part of the memory outside V8's heap.
    const area = (name: string) => seriesValue(text, `grove_memory_bytes{area="${name}"}`) ?? Number.NaN;
    expect(area("v8_heap_used")).toBeGreaterThan(0);
    expect(area("v8_heap_total")).toBeGreaterThanOrEqual(area("v8_heap_used"));
    expect(area("embedded_database")).toBeGreaterThanOrEqual(128 * 1024 * 1024); // PGlite's initial memory
    expect(area("external")).toBeGreaterThan(area("embedded_database"));
  });

  it.skipIf(!promtool && process.env.CI !== "true")("writes what promtool check metrics accepts", async () => {
    if (!promtool) throw new Error("CI needs promtool: apt-get install prometheus");
    const text = await (await scrape(`Bearer ${TOKEN}`)).text();
    expect(promtoolCheck(promtool, text)).toEqual({ status: 0, said: "" });
  });
});

import type { ServiceContext } from "../services/context.ts";
import { createMetricSource, setMetricSourceHosts } from "../services/metric-sources/manage-metric-sources.ts";
import type { Scope } from "../services/write.ts";
import { idOf, inLanguage, type LoadedDemo } from "./loaded-demo.ts";

// The demo's KR fed by a metric source (issue 14, docs/metric-sources.md "The demo's source"):
// "Grow monthly active users" reads a JSON file Grove serves itself (src/web/public/demo/
// metrics.json, at /demo/metrics.json), so it syncs on a fresh server with no network. Its
// address is the one Grove was started with (GROVE_PUBLIC_URL, else http://localhost:PORT), and
// the organisation allows that host, as an admin would.

/** Where the demo's own numbers are, under the web app's root. */
export const DEMO_METRICS_PATH = "/demo/metrics.json";

const fedKeyResult = {
  en: "Grow monthly active users from 12,000 to 15,000",
  zh: "将月活跃用户数从 12,000 增加到 15,000",
};

export async function loadDemoSource(ctx: ServiceContext, scope: Scope, loaded: LoadedDemo): Promise<void> {
  const url = new URL(DEMO_METRICS_PATH, ctx.messaging.publicUrl);
  await setMetricSourceHosts(ctx, scope, { hosts: [url.hostname] });
  await createMetricSource(ctx, scope, idOf(loaded.keyResults, inLanguage(loaded, fedKeyResult)), {
    kind: "http_json",
    url: url.toString(),
    jsonPath: "product.monthlyActiveUsers",
    schedule: { every: "daily", at: "06:00", weekday: 1 },
  });
}

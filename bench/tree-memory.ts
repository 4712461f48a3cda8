// The whole-period document's cost in the server's memory, alone (docs/performance.md, "Memory"):
// `npx tsx bench/tree-memory.ts --data-dir tmp/bench/large-pglite --slug bench-large [--reads 3]`
// starts the benchmark's server on a data directory the benchmark loaded, reads the active
// period's whole tree `--reads` times one after another (gzip, as a browser asks), and prints the
// server's memory (RSS, its peak, V8's heap, external, array buffers) at start and after the reads.
import { memoryBreakdownOf, startServerProcess } from "./server-process.ts";

const flag = (name: string, fallback?: string) => {
  const i = process.argv.indexOf(`--${name}`);
  const value = i > 0 ? process.argv[i + 1] : fallback;
  if (value === undefined) throw new Error(`--${name} is required`);
  return value;
};
const dataDir = flag("data-dir");
const slug = flag("slug");
const reads = Number(flag("reads", "3"));
const token = `grove_pat_bench_${flag("seed", "42")}_${slug}`;

const server = await startServerProcess({ kind: "pglite", dataDir });
try {
  const headers = { authorization: `Bearer ${token}`, "accept-encoding": "gzip" };
  const atStart = await memoryBreakdownOf(server);
  const periods = (await (await fetch(`${server.url}/api/v1/orgs/${slug}/periods`, { headers })).json()) as {
    periods: { name: string; status: string }[];
  };
  const period = periods.periods.find((p) => p.status === "active")?.name;
  const timings: number[] = [];
  let bytes = 0;
  for (let i = 0; i < reads; i++) {
    const started = performance.now();
    const res = await fetch(`${server.url}/api/v1/orgs/${slug}/tree?period=${period}`, { headers });
    if (res.status !== 200) throw new Error(`the tree answered ${res.status}`);
    bytes = (await res.text()).length;
    timings.push(Math.round(performance.now() - started));
  }
  const after = await memoryBreakdownOf(server);
  console.log(JSON.stringify({ period, reads, documentChars: bytes, ms: timings, atStart, after }, null, 1));
} finally {
  await server.stop();
}

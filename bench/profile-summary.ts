// `npx tsx bench/profile-summary.ts FILE.cpuprofile [--top N]`
// Says where a server's CPU time went, from a V8 profile written by `node --cpu-prof` (the
// benchmark writes one per server with BENCH_CPU_PROFILE_DIR set; bench/server-process.ts): the
// share of each part (the embedded database's WebAssembly and glue, the PostgreSQL driver, SQL
// building, HTTP, validation, JSON, Grove's own code, the garbage collector) and the functions
// with the most time of their own. docs/performance.md quotes it where a target is missed.
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The part of the server a frame belongs to, by where its code lives; first match wins. */
const parts: [string, (frame: ProfileNode["callFrame"]) => boolean][] = [
  ["idle (waiting for I/O)", (f) => f.functionName === "(idle)"],
  ["garbage collector", (f) => f.functionName === "(garbage collector)"],
  ["PGlite WebAssembly", (f) => f.url.startsWith("wasm://")],
  ["PGlite JavaScript", (f) => f.url.includes("@electric-sql/pglite")],
  ["PostgreSQL driver (pg)", (f) => /node_modules\/(pg|pg-protocol|pg-pool|pg-types)\//.test(f.url)],
  ["SQL building (Kysely)", (f) => f.url.includes("node_modules/kysely")],
  ["HTTP (Hono, node-server)", (f) => /node_modules\/(hono|@hono\/node-server)\//.test(f.url)],
  ["validation and OpenAPI (zod)", (f) => /node_modules\/(zod|@hono\/zod-openapi)\//.test(f.url)],
  ["logging (pino)", (f) => /node_modules\/(pino|sonic-boom|thread-stream)/.test(f.url)],
  ["other packages", (f) => f.url.includes("node_modules/")],
  ["Grove's code (src/)", (f) => f.url.includes("/src/")],
  ["Node's own (streams, sockets, zlib)", (f) => f.url.startsWith("node:")],
  ["built-ins (JSON, strings, regexps)", (f) => f.url === "" && !f.functionName.startsWith("(")],
  ["other", () => true],
];

function partOf(frame: ProfileNode["callFrame"]): string {
  return (parts.find(([, test]) => test(frame)) as [string, unknown])[0];
}

export function summarise(profile: Profile, top = 15): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...selfMs.values()].reduce((a, b) => a + b, 0);
  const busy = total - (sumWhere(selfMs, byId, (f) => f.functionName === "(idle)") ?? 0);
  const perPart = new Map<string, number>();
  const perFunction = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const frame = (byId.get(id) as ProfileNode).callFrame;
    perPart.set(partOf(frame), (perPart.get(partOf(frame)) ?? 0) + ms);
    const where = frame.url
      ? `${frame.url.replace(/^.*node_modules\//, "").replace(/^.*\/src\//, "src/")}:${frame.lineNumber + 1}`
      : "";
    const key = `${frame.functionName || "(anonymous)"} ${where}`.trim();
    perFunction.set(key, (perFunction.get(key) ?? 0) + ms);
  }
  const share = (ms: number, of: number) => `${((100 * ms) / of).toFixed(1)} %`;
  const lines = [
    `${(total / 1000).toFixed(1)} s profiled, ${(busy / 1000).toFixed(1)} s busy`,
    "",
    "| part | CPU | share of busy time |",
    "| --- | --- | --- |",
    ...[...perPart]
      .filter(([part]) => !part.startsWith("idle"))
      .sort((a, b) => b[1] - a[1])
      .map(([part, ms]) => `| ${part} | ${(ms / 1000).toFixed(2)} s | ${share(ms, busy)} |`),
    "",
    `Functions with the most time of their own (top ${top}):`,
    ...[...perFunction]
      .filter(([name]) => !name.startsWith("(idle)"))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => `  ${share(ms, busy).padStart(7)}  ${name}`),
  ];
  return lines.join("\n");
}

function sumWhere(
  selfMs: Map<number, number>,
  byId: Map<number, ProfileNode>,
  test: (frame: ProfileNode["callFrame"]) => boolean,
): number {
  let sum = 0;
  for (const [id, ms] of selfMs) if (test((byId.get(id) as ProfileNode).callFrame)) sum += ms;
  return sum;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) throw new Error("usage: npx tsx bench/profile-summary.ts FILE.cpuprofile [--top N]");
  const topAt = process.argv.indexOf("--top");
  const top = topAt > 0 ? Number(process.argv[topAt + 1]) : 15;
  console.log(summarise(JSON.parse(readFileSync(file, "utf8")) as Profile, top));
}

// A smoke run of the built server under whichever Node runs this file (.ci/run runs it under
// Node 22 and 24 from the `node` package on npm): `grove serve` as production runs it (compiled
// JavaScript, NODE_ENV=production) on a fresh embedded database with the demo, then what a person
// does first: open the app, sign in, open a team page. Plain JavaScript, so no loader is needed.
// Exits 1 with the server's output when anything fails.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dataDir = mkdtempSync(join(tmpdir(), "grove-smoke-"));
const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const server = spawn(
  process.execPath,
  ["bin/grove", "serve", "--port", "0", "--host", "127.0.0.1", "--data-dir", dataDir],
  { env: { ...process.env, NODE_ENV: "production", LOG_LEVEL: "warn" }, stdio: ["ignore", "pipe", "pipe"] },
);
let output = "";
server.stdout.on("data", (chunk) => {
  output += chunk;
});
server.stderr.on("data", (chunk) => {
  output += chunk;
});

function check(condition, what) {
  if (!condition) throw new Error(what);
}

async function startedAt() {
  const deadline = Date.now() + 300_000;
  for (;;) {
    const port = /Grove is running at http:\/\/[^:/]+:(\d+)/.exec(output)?.[1];
    if (port) return `http://127.0.0.1:${port}`;
    check(server.exitCode === null, "the server exited");
    check(Date.now() < deadline, "the server did not start within 5 minutes");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function smoke() {
  const base = await startedAt();
  const startup = seconds();
  const page = await fetch(`${base}/orgs/demo`);
  check(page.status === 200 && (await page.text()).includes('id="root"'), `the web app answered ${page.status}`);
  const signIn = await fetch(`${base}/api/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "amara@demo.grove.dev", password: "grove-demo-okrs" }),
  });
  check(signIn.status === 200, `sign-in answered ${signIn.status}`);
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const now = new Date();
  const period = `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
  const tree = await (await fetch(`${base}/api/v1/orgs/demo/tree?period=${period}`, { headers: { cookie } })).json();
  const unit = tree.units.find((u) => u.name === "Cookware");
  check(unit, "the demo has no Cookware team");
  const team = await fetch(`${base}/api/v1/orgs/demo/units/${unit.id}/okrs?period=${period}`, { headers: { cookie } });
  check(team.status === 200, `the team page's read answered ${team.status}`);
  const body = await team.json();
  check(JSON.stringify(body).includes(unit.objectives[0].title), "the team page lacks the team's objective");
  const web = await fetch(`${base}/orgs/demo/units/${unit.id}`, { headers: { cookie } });
  check(web.status === 200, `the team page answered ${web.status}`);
  process.stdout.write(
    `smoke ${process.version}: started in ${startup}, signed in and read a team page at ${seconds()}\n`,
  );
}

let failed = false;
try {
  await smoke();
} catch (error) {
  failed = true;
  process.stderr.write(`smoke ${process.version}: ${error.message}\n${output}\n`);
} finally {
  server.kill("SIGTERM");
  await new Promise((resolve) => (server.exitCode === null ? server.once("exit", resolve) : resolve()));
  rmSync(dataDir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;

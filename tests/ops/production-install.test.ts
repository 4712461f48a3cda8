import { type ChildProcess, execFile, spawn } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { isCurrent, SERVER_BUILD, WEB_BUILD } from "../../scripts/build-stamp.ts";

// Issue 15, point 4: the production steps of docs/operations.md, exactly, in a clean copy of
// this working tree: install everything, build, install only what runs, start. The server must
// then run as plain JavaScript (no tsx, no Vite, no esbuild installed) and serve the web app.
// When this tree's dist/ was built from its sources as they are (each build's stamp,
// scripts/build-stamp.ts), as in CI, where .ci/run runs `npm ci` and `npm run build` in its clean
// clone before the tests, the copy takes that dist/ instead of installing everything and building
// it a second time (half of this test's time): what is left to prove is that `npm ci --omit=dev`
// on a built tree gives a server that runs and serves the web app.

const run = promisify(execFile);
const root = fileURLToPath(new URL("../..", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "grove-production-"));
const copy = join(work, "grove");
let server: ChildProcess | undefined;

afterAll(async () => {
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once("exit", resolve));
    process.kill(-server.pid, "SIGTERM"); // npm and the server it started
    await exited;
  }
  rmSync(work, { recursive: true, force: true });
});

/** Where npm installs from (a mirror, a proxy, a cache): kept, as an operator's shell has them. */
const NPM_SOURCE = /^npm_config_(registry|@.+:registry|proxy|https_proxy|noproxy|cafile|strict_ssl|userconfig|cache)$/i;

/** The environment of an operator's shell: none of the test run's npm script or Vitest settings. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => NPM_SOURCE.test(key) || !/^(npm_|VITEST|NODE_ENV$|NODE_OPTIONS$)/i.test(key),
    ),
  );
  return { ...env, ...extra };
}

async function registryUnreachable(): Promise<string | null> {
  try {
    await run("npm", ["ping"], { timeout: 20_000, env: cleanEnv() });
    return null;
  } catch (error) {
    return error instanceof Error ? (error.message.split("\n")[0] ?? "npm ping failed") : String(error);
  }
}

/** A clone of HEAD with the working tree's uncommitted changes and new files on top. */
async function cleanCopy(): Promise<void> {
  await run("git", ["clone", "--quiet", "--no-hardlinks", root, copy]);
  const listed = async (...args: string[]) =>
    (await run("git", ["ls-files", "-z", ...args], { cwd: root })).stdout.split("\0").filter(Boolean);
  const deleted = new Set(await listed("--deleted"));
  for (const file of await listed("--modified", "--others", "--exclude-standard")) {
    if (deleted.has(file)) rmSync(join(copy, file), { force: true });
    else {
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      copyFileSync(join(root, file), join(copy, file));
    }
  }
}

const timings: string[] = [];
async function step(name: string, command: string, args: string[]): Promise<void> {
  const started = performance.now();
  await run(command, args, { cwd: copy, env: cleanEnv(), maxBuffer: 64 * 1024 * 1024 });
  timings.push(`${name} ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

function waitForUrl(child: ChildProcess, output: () => string, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const poll = () => {
      const port = /Grove is running at http:\/\/[^:/]+:(\d+)/.exec(output())?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
      else if (child.exitCode !== null) reject(new Error(`the server exited:\n${output()}`));
      else if (Date.now() > deadline) reject(new Error(`the server did not start in time:\n${output()}`));
      else setTimeout(poll, 200);
    };
    poll();
  });
}

describe("a production install", () => {
  it("runs the documented steps in a clean copy and serves the web app and the API", {
    timeout: 900_000,
  }, async (ctx) => {
    const unreachable = await registryUnreachable();
    ctx.skip(unreachable !== null, `the npm registry is unreachable (${unreachable}): nothing to install from`);

    await cleanCopy();
    const npm = ["--no-audit", "--no-fund", "--prefer-offline"];
    const builds = [WEB_BUILD, SERVER_BUILD];
    if (builds.every((build) => isCurrent(build))) {
      for (const { outDir } of builds) cpSync(join(root, outDir), join(copy, outDir), { recursive: true });
      timings.push("dist/ built from these sources taken from the working tree");
    } else {
      await step("npm ci", "npm", ["ci", ...npm]);
      await step("npm run build", "npm", ["run", "build"]);
    }
    await step("npm ci --omit=dev", "npm", ["ci", "--omit=dev", ...npm]);
    // What production runs: compiled JavaScript, and none of the build tools.
    expect(existsSync(join(copy, "dist/server/cli/main.js"))).toBe(true);
    expect(existsSync(join(copy, "dist/web/index.html"))).toBe(true);
    for (const tool of ["tsx", "vite", "esbuild", "vitest"]) {
      expect(existsSync(join(copy, "node_modules", tool)), `${tool} is installed`).toBe(false);
    }

    const dataDir = join(work, "data");
    const started = performance.now();
    let output = "";
    // No demo: loading it is the server's work, not the install's, and scripts/smoke.js covers it.
    const args = ["--port", "0", "--host", "127.0.0.1", "--data-dir", dataDir, "--no-demo"];
    server = spawn("npm", ["start", "--", ...args], {
      cwd: copy,
      env: cleanEnv({ NODE_ENV: "production", LOG_LEVEL: "warn" }),
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    server.stdout?.on("data", (chunk) => {
      output += chunk;
    });
    server.stderr?.on("data", (chunk) => {
      output += chunk;
    });
    const base = await waitForUrl(server, () => output, 300_000);
    timings.push(`npm start (migrations) ${((performance.now() - started) / 1000).toFixed(0)} s`);

    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<div id="root">');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect((await fetch(`${base}${script}`)).status).toBe(200);
    // The API reference and its renderer come from dist/web too: redoc, a devDependency, is gone.
    expect(existsSync(join(copy, "node_modules", "redoc")), "redoc is installed").toBe(false);
    const reference = await (await fetch(`${base}/api/docs`)).text();
    const renderer = /src="(\/assets\/redoc\.standalone-[^"]+\.js)"/.exec(reference)?.[1];
    expect((await fetch(`${base}${renderer}`)).status).toBe(200);
    const health = await fetch(`${base}/api/health`);
    const version = JSON.parse(readFileSync(join(copy, "package.json"), "utf8")).version;
    expect(await health.json()).toEqual({ status: "ok", version });
    process.stdout.write(`production install: ${timings.join(", ")}\n`);
  });
});

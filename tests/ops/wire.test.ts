import { execFileSync } from "node:child_process";
import { Agent, request } from "node:http";
import { connect } from "node:net";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { demoServerOfFile } from "../support/grove-server.ts";
import { checkIn, currentQuarter, demoSession, firstKeyResult, within } from "./grove-process.ts";

// Bytes on the wire (issue 15, point 5): a real `grove serve` over a real socket, read with
// node:http, which (unlike fetch) neither asks for nor undoes compression, so the test sees the
// bytes as they travel.

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(url: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    })
      .on("error", reject)
      .end();
  });
}

const root = fileURLToPath(new URL("../..", import.meta.url));
// The web app as the install builds it, precompressed copies included (skips itself when current).
const buildWebApp = () =>
  execFileSync(process.execPath, ["--import", "tsx", "src/web/build.ts", "--if-needed"], {
    cwd: root,
    stdio: "ignore",
  });
// Logging at info, so a stop that hangs shows which of its steps it was in (src/server.ts, "stopped").
const demo = demoServerOfFile("grove-wire-", { before: buildWebApp, timeoutMs: 180_000, env: { LOG_LEVEL: "info" } });

describe("bytes on the wire", () => {
  it("sends the web app's script precompressed, cached as immutable, and a repeat costs a 304", async () => {
    const page = await get(`${demo.base}/`);
    expect(page.status).toBe(200);
    expect(page.headers["cache-control"]).toBe("no-cache");
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(page.body.toString())?.[1] as string;
    expect(script).toMatch(/^\/assets\/index-[\w-]{8,}\.js$/);

    const plain = await get(`${demo.base}${script}`);
    expect(plain.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(plain.headers.vary).toBe("Accept-Encoding");
    expect(plain.headers["content-type"]).toBe("text/javascript; charset=utf-8");

    const brotli = await get(`${demo.base}${script}`, { "accept-encoding": "gzip, deflate, br" });
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(brotli.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true);
    expect(brotli.body.length).toBeLessThan(plain.body.length * 0.35);

    const gzip = await get(`${demo.base}${script}`, { "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    expect(new Set([plain.headers.etag, brotli.headers.etag, gzip.headers.etag]).size).toBe(3);

    // br refused outright (q=0), anything else welcome: the gzip copy.
    const refusing = await get(`${demo.base}${script}`, { "accept-encoding": "br;q=0, *" });
    expect(refusing.headers["content-encoding"]).toBe("gzip");
    // No file outside the build is served, however the path is spelled.
    const outside = await get(`${demo.base}/assets/..%2f..%2fpackage.json`);
    expect(outside.body.toString()).not.toContain('"name": "grove-okr"');

    const repeat = await get(`${demo.base}${script}`, {
      "accept-encoding": "gzip, deflate, br",
      "if-none-match": brotli.headers.etag as string,
    });
    expect(repeat.status).toBe(304);
    expect(repeat.body.length).toBe(0);
    expect(repeat.headers.etag).toBe(brotli.headers.etag);

    // index.html is revalidated on every visit: unchanged, it costs a 304 too.
    const again = await get(`${demo.base}/`, { "if-none-match": page.headers.etag as string });
    expect(again.status).toBe(304);
    // A client-side route is index.html, revalidated the same way.
    expect((await get(`${demo.base}/orgs/demo`, { "if-none-match": page.headers.etag as string })).status).toBe(304);
    // An old build's script is gone: a 404, not index.html under a year-long cache.
    expect((await get(`${demo.base}/assets/index-AAAAAAAA.js`)).status).toBe(404);
  });

  it("serves the API reference at /api/docs to anyone, with its own CSP and its renderer precompressed", async () => {
    // Public like /api/openapi.json: no cookie, no token (docs/api.md, "Reference").
    const page = await get(`${demo.base}/api/docs`);
    expect(page.status).toBe(200);
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.headers["cache-control"]).toBe("no-cache");
    const policy = page.headers["content-security-policy"] as string;
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("worker-src blob:");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(page.body.toString()).toContain('<redoc spec-url="/api/openapi.json"');
    expect((await get(`${demo.base}/api/docs`, { "if-none-match": page.headers.etag as string })).status).toBe(304);
    // The app keeps its own policy: the reference's worker-src is the reference's alone.
    const app = await get(`${demo.base}/`);
    expect(app.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(app.headers["content-security-policy"]).not.toContain("worker-src");

    const script = /<script src="(\/assets\/redoc\.standalone-[\w-]{8,}\.js)"><\/script>/.exec(
      page.body.toString(),
    )?.[1];
    expect(script).toBeDefined();
    const brotli = await get(`${demo.base}${script}`, { "accept-encoding": "gzip, deflate, br" });
    expect(brotli.status).toBe(200);
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(brotli.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    // Redoc 2.5's bundle is 1.1 MB; sent with brotli it is about 270 KB.
    expect(brotli.body.length).toBeLessThan(300 * 1024);
    expect(brotliDecompressSync(brotli.body).toString()).toContain("Redoc");
  });

  it("compresses an API read, answers its repeat with a 304 while it is unchanged, and keeps it private", async () => {
    const auth = await demoSession(demo.base);
    const kr = await firstKeyResult(demo.base, auth);
    // A key result's check-ins change only with a check-in.
    const readings = `${demo.base}/api/v1/orgs/demo/key-results/${kr}/check-ins`;
    const plain = await get(readings, auth);
    expect(plain.status).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers["cache-control"]).toBe("private, no-cache");
    expect(plain.body.length).toBeGreaterThan(1024);
    const first = await get(readings, { ...auth, "accept-encoding": "gzip, deflate, br" });
    expect(first.headers["content-encoding"]).toBe("gzip");
    expect(first.headers.vary).toContain("Accept-Encoding");
    expect(first.headers["cache-control"]).toBe("private, no-cache");
    expect(gunzipSync(first.body).equals(plain.body)).toBe(true);
    expect(first.body.length).toBeLessThan(plain.body.length / 2);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"/);

    const repeat = await get(readings, { ...auth, "accept-encoding": "gzip, deflate, br", "if-none-match": etag });
    expect(repeat.status).toBe(304);
    expect(repeat.body.length).toBe(0);
    expect(repeat.headers["cache-control"]).toBe("private, no-cache");

    // A check-in changes the list: the same ETag now gets the new list, not a 304.
    expect(await checkIn(demo.base, auth, kr, 4242)).toBe(201);
    const changed = await get(readings, { ...auth, "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);

    // Small answers are not worth compressing; a refused read carries no ETag.
    const health = await get(`${demo.base}/api/health`, { "accept-encoding": "gzip" });
    expect(health.headers["content-encoding"]).toBeUndefined();
    const refused = await get(readings, { "accept-encoding": "gzip", "if-none-match": etag });
    expect(refused.status).toBe(401);
    expect(refused.headers.etag).toBeUndefined();
  });

  it("answers a repeat team-page read with a 304: the pace line moves once a minute, not every millisecond", async () => {
    const auth = await demoSession(demo.base);
    const tree = await (
      await get(`${demo.base}/api/v1/orgs/demo/tree?period=${currentQuarter()}`, auth)
    ).body.toString();
    const unit = JSON.parse(tree).units.find((u: { name: string }) => u.name === "Cookware").id as string;
    // The team page's two reads that carry each KR's expected progress (paceInstant, src/domain/pace.ts).
    for (const path of [
      `units/${unit}/okrs?period=${currentQuarter()}`,
      `units/${unit}/path?period=${currentQuarter()}`,
    ]) {
      const url = `${demo.base}/api/v1/orgs/demo/${path}`;
      const first = await get(url, auth);
      expect(first.status).toBe(200);
      expect(first.body.toString()).toContain('"expectedProgress":');
      let repeat = await get(url, { ...auth, "if-none-match": first.headers.etag as string });
      if (repeat.status === 200) {
        // The two reads straddled a minute: only the line may have moved; the next repeat is in one minute.
        expect(withoutExpectedProgress(repeat.body)).toEqual(withoutExpectedProgress(first.body));
        repeat = await get(url, { ...auth, "if-none-match": repeat.headers.etag as string });
      }
      expect(repeat.status, path).toBe(304);
      expect(repeat.body.length).toBe(0);
    }
  });
});

describe("connections", () => {
  it("keeps an idle keep-alive connection 65 s, so a request sent while a long query holds the server is not dropped", async () => {
    // Node's default is 5 s, timed by a timer that fires before a waiting request is read when the
    // event loop was held longer (PGlite's queries run on it): the benchmark's mixed load lost a
    // check-in that way (src/server.ts, KEEP_ALIVE_MS). The server announces its timeout.
    const health = await get(`${demo.base}/api/health`, { connection: "keep-alive" });
    expect(health.status).toBe(200);
    expect(health.headers["keep-alive"]).toBe("timeout=65");
  });

  it("answers a request in flight when it stops, closes its keep-alive connection instead of waiting out 65 s, and cuts one stuck mid-request after 10 s", async () => {
    // Last in the file: it stops the file's server. The request is in flight when the SIGTERM
    // lands (half its body sent); once answered its connection idles, and a stop used to wait for
    // that idle connection's 65 s timeout, past this test's 60 s and past the 30 s an orchestrator
    // grants before it kills the process (src/server.ts, closeServer).
    const { server } = demo;
    // A client that sent half a request's headers and went quiet: the stop must not wait for it
    // past its grace (src/server.ts, CONNECTION_GRACE_MS), which ends well inside an orchestrator's 30 s.
    const stuck = connect(Number(new URL(demo.base).port), "127.0.0.1");
    stuck.on("error", () => undefined);
    await new Promise<void>((resolve) => stuck.once("connect", () => resolve()));
    stuck.write("POST /api/v1/auth/sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    const stuckPort = stuck.localPort;
    const agent = new Agent({ keepAlive: true });
    const body = JSON.stringify({ email: "nobody@example.com", password: "not-the-password" });
    let socketClosed: Promise<unknown> | undefined;
    const answered = new Promise<number>((resolve, reject) => {
      const req = request(`${demo.base}/api/v1/auth/sign-in`, {
        agent,
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      });
      req.on("socket", (socket) => {
        socketClosed = new Promise((closed) => socket.once("close", closed));
      });
      req.on("response", (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      });
      req.on("error", reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        server.proc.child.kill("SIGTERM");
        // Once the server no longer accepts, the rest of the body goes.
        void within("the server to stop accepting", refusedSoon(demo.base)).then(() => req.end(body.slice(10)), reject);
      }, 100);
    });
    // Each wait names itself: this test once timed out in CI under load without saying where.
    expect(await within("the answer to the request in flight", answered)).toBe(401);
    expect(socketClosed).toBeDefined();
    await within("the keep-alive connection to close", socketClosed as Promise<unknown>);
    const exited = within("the server to exit", server.proc.exited).catch((error: Error) => {
      // CI once saw this wait run out with nothing to say why: the server's log names its last step.
      throw new Error(`${error.message}; the server's log ends:\n${server.proc.output().slice(-4000)}`);
    });
    expect(await exited).toBe(0);
    const log = server.proc.output();
    expect(log).toMatch(/"msg":"stopped"/);
    expect(log).toMatch(/closing \d+ connection\(s\) still open after 10 s/);
    expect(log).toContain(`"remote":"127.0.0.1:${stuckPort}"`);
    stuck.destroy();
    agent.destroy();
  });
});

/** Resolves once a new connection to `base` is refused: the server has stopped accepting. */
async function refusedSoon(base: string): Promise<void> {
  for (;;) {
    const refused = await new Promise<boolean>((resolve) => {
      const req = request(`${base}/api/health`, { agent: false }, (res) => {
        res.resume();
        resolve(false);
      });
      req.on("error", () => resolve(true));
      req.end();
    });
    if (refused) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function withoutExpectedProgress(body: Buffer): unknown {
  return JSON.parse(body.toString(), (key, value) => (key === "expectedProgress" ? undefined : value));
}

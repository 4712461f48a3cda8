// The second process of the mixed load (bench/mix.ts): one loop per user, each on its own
// keep-alive connection with its own API token, sending its seeded sequence of requests one
// after the other for the given seconds. Reads its settings as JSON on stdin (the unit lists of a
// large organisation do not fit in an argument) and prints one JSON line with its figures.
//
// Not autocannon, which the team-page load uses: autocannon keeps one histogram for the whole run
// and reports a timeout without the request it belonged to, and the mixed load needs both per
// route. node:http with one socket per user is as cheap for the client and says exactly which
// request failed, with its status and body.
import { Agent, request } from "node:http";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { httpRequestOf, type MixFixtures, mixChooser, RouteTally } from "./mix.ts";

export interface MixedClientSettings {
  url: string;
  fixtures: MixFixtures;
  seconds: number;
  timeoutSeconds: number;
  seed: number;
}

class TimedOut extends Error {}

interface Answer {
  status: number;
  /** The body of an answer that is not 2xx (a 2xx body is read and dropped). */
  body: string;
}

const decoders: Record<string, (b: Buffer) => Buffer> = {
  gzip: gunzipSync,
  deflate: inflateSync,
  br: brotliDecompressSync,
};

function send(
  settings: MixedClientSettings,
  agent: Agent,
  authorization: string,
  r: ReturnType<typeof httpRequestOf>,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    // As a browser asks: the server compresses answers over 1 KiB (docs/performance.md).
    const headers: Record<string, string> = { authorization, "accept-encoding": "gzip, deflate, br" };
    if (r.body !== undefined) {
      headers["content-type"] = "application/json";
      headers["content-length"] = String(Buffer.byteLength(r.body));
    }
    const req = request(`${settings.url}${r.path}`, { method: r.method, agent, headers }, (res) => {
      const status = res.statusCode ?? 0;
      const ok = status >= 200 && status < 300;
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => {
        if (!ok) chunks.push(chunk);
      });
      res.on("end", () =>
        settle(() => {
          let body: Buffer = Buffer.concat(chunks);
          const decode = decoders[String(res.headers["content-encoding"])];
          if (decode && body.length > 0) body = decode(body);
          resolve({ status, body: body.toString("utf8") });
        }),
      );
      res.on("error", (error) => settle(() => reject(error)));
    });
    const timer = setTimeout(() => {
      settle(() => reject(new TimedOut()));
      req.destroy();
    }, settings.timeoutSeconds * 1000);
    req.on("error", (error) => settle(() => reject(error)));
    req.end(r.body);
  });
}

async function run(settings: MixedClientSettings) {
  const { fixtures, seed } = settings;
  const tally = new RouteTally();
  const started = performance.now();
  const deadline = started + settings.seconds * 1000;
  await Promise.all(
    fixtures.users.map(async (user, i) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      const next = mixChooser(fixtures, i, seed);
      const authorization = `Bearer ${user.token}`;
      while (performance.now() < deadline) {
        const choice = next();
        const t = performance.now();
        try {
          const answer = await send(settings, agent, authorization, httpRequestOf(fixtures, choice));
          tally.answered(choice.route, performance.now() - t);
          if (answer.status < 200 || answer.status >= 300)
            tally.failure(choice.route, String(answer.status), answer.body.slice(0, 300));
        } catch (error) {
          if (error instanceof TimedOut)
            tally.failure(choice.route, "timeout", `no answer within ${settings.timeoutSeconds} s`, true);
          else tally.failure(choice.route, "connection", (error as Error).message);
        }
      }
      agent.destroy();
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const routes = tally.figures();
  const requests = routes.reduce((sum, r) => sum + r.requests, 0);
  return { users: fixtures.users.length, seconds: Math.round(seconds * 10) / 10, requests, routes };
}

let input = "";
for await (const chunk of process.stdin) input += chunk;
const result = await run(JSON.parse(input) as MixedClientSettings);
process.stdout.write(`${JSON.stringify(result)}\n`);

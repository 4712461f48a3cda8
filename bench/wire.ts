import { request } from "node:http";
import type { Fixtures } from "./fixtures.ts";

// Bytes on the wire for one team-page visit (issue 15, point 5): the page, the scripts and styles
// it loads, and the page's main API reads, counted as the body bytes that travel (node:http,
// which neither asks for nor undoes compression). Three visits:
// - uncached: no compression, no cache, as every visit cost before this work;
// - first: a browser's first visit (Accept-Encoding: gzip, deflate, br);
// - repeat: the same browser again: hashed scripts and styles are fresh for a year (immutable)
//   and not asked for; the page and the API reads are revalidated with their ETags.

interface Answer {
  status: number;
  etag: string | undefined;
  bytes: number;
  text: string;
}

function get(url: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const body = Buffer.concat(chunks);
        const etag = res.headers.etag;
        resolve({ status: res.statusCode ?? 0, etag, bytes: body.length, text: body.toString("latin1") });
      });
      res.on("error", reject);
    })
      .on("error", reject)
      .end();
  });
}

export interface VisitBytes {
  requests: number;
  /** Answered 304 Not Modified. */
  notModified: number;
  bytes: number;
  /** Of which the API's answers. */
  apiBytes: number;
}

export async function measureTeamPageBytes(base: string, f: Fixtures) {
  const auth = { authorization: `Bearer ${f.token}` };
  const unit = f.unitIds[0] as string;
  const org = `${base}/api/v1/orgs/${f.slug}`;
  const period = encodeURIComponent(f.periodName);
  const reads = [
    `${org}/units/${unit}`,
    `${org}/units/${unit}/path?period=${period}`,
    `${org}/periods`,
    `${org}/units/${unit}/okrs?period=${period}`,
    `${org}/units/${unit}/members`,
  ];
  const page = `${base}/orgs/${f.slug}/units/${unit}`;
  const html = (await get(page, {})).text;
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => `${base}${m[1]}`);
  const etags = new Map<string, string>();

  async function visit(headers: Record<string, string>, repeat: boolean): Promise<VisitBytes> {
    const totals: VisitBytes = { requests: 0, notModified: 0, bytes: 0, apiBytes: 0 };
    const fetchOne = async (url: string, extra: Record<string, string>, api: boolean) => {
      const known = repeat ? etags.get(url) : undefined;
      const answer = await get(url, { ...headers, ...extra, ...(known ? { "if-none-match": known } : {}) });
      if (answer.status !== 200 && answer.status !== 304) throw new Error(`GET ${url}: ${answer.status}`);
      if (answer.etag) etags.set(url, answer.etag);
      totals.requests += 1;
      totals.notModified += answer.status === 304 ? 1 : 0;
      totals.bytes += answer.bytes;
      if (api) totals.apiBytes += answer.bytes;
    };
    await fetchOne(page, {}, false);
    // A repeat visit does not ask for immutable assets: the browser's cache holds them.
    if (!repeat) for (const asset of assets) await fetchOne(asset, {}, false);
    for (const read of reads) await fetchOne(read, auth, true);
    return totals;
  }

  const uncached = await visit({}, false);
  etags.clear();
  const browser = { "accept-encoding": "gzip, deflate, br" };
  const first = await visit(browser, false);
  const repeat = await visit(browser, true);
  return { uncached, first, repeat };
}

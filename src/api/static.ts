import { createReadStream, existsSync, type Stats, statSync } from "node:fs";
import { extname, join, resolve, sep } from "node:path";
import { Readable } from "node:stream";
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "./shared/env.ts";
import { etagMatches } from "./shared/json-reads.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** Vite names what it emits into assets/ after a hash of the content: such a URL never changes meaning. */
const HASHED = /^\/assets\/.+-[\w-]{8,}\.\w+$/;
const IMMUTABLE = "public, max-age=31536000, immutable";

/** The precompressed copies the web build writes (src/web/precompress.ts), best first. */
const ENCODINGS = [
  { name: "br", suffix: ".br" },
  { name: "gzip", suffix: ".gz" },
] as const;

/** Where the web build writes the API reference page (src/web/api-reference.ts); only /api/docs serves it. */
export const API_REFERENCE_PAGE = "api/docs.html";

/**
 * The API reference's own policy (docs/api.md, "Reference"): only this origin's scripts, and
 * nothing else by default. Redoc adds its styles inline (styled-components) and runs its search
 * index in a worker it makes from a blob of its own code; nothing may leave for another origin
 * (Redocly's logo on its CDN is refused, and the page is complete without it).
 */
export const API_REFERENCE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * GET /api/docs: the API reference page the web build writes (src/web/api-reference.ts), public
 * like /api/openapi.json, with its own CSP instead of the app's. Registered before the API's
 * catch-all, which would answer 404 for any other /api path.
 */
export function serveApiReference(app: OpenAPIHono<AppEnv>, webRoot: string): void {
  const page = join(resolve(webRoot), API_REFERENCE_PAGE);
  app.on(["GET", "HEAD"], "/api/docs", (c) => {
    if (!existsSync(page)) return c.text("The API reference is not built yet: run `npm run build:web`.", 503);
    const response = sendFile(c, page, "no-cache");
    response.headers.set("content-security-policy", API_REFERENCE_CSP);
    return response;
  });
}

/**
 * Serves the built web app, and its index.html for every client-side route (SPA fallback).
 * Hashed assets are cached for a year as immutable; everything else (index.html above all) is
 * `no-cache`: reused only after a revalidation that costs a 304 while the build is unchanged.
 * Each file goes out as the brotli or gzip copy the build made, by the browser's Accept-Encoding.
 */
export function serveWebApp(app: OpenAPIHono<AppEnv>, webRoot: string): void {
  const root = resolve(webRoot);
  const indexFile = join(root, "index.html");
  app.on(["GET", "HEAD"], "*", (c) => {
    const file = fileOf(root, c.req.path);
    if (file) return sendFile(c, file, HASHED.test(c.req.path) ? IMMUTABLE : "no-cache");
    // A missing hashed asset is an old build's: a 404, never index.html cached as a script.
    if (c.req.path.startsWith("/assets/")) return c.text("Not found", 404);
    if (!existsSync(indexFile)) {
      return c.text("The web app is not built yet: run `npm run build:web`.", 503);
    }
    return sendFile(c, indexFile, "no-cache");
  });
}

/** The file a URL path names inside the build, or null (missing, a directory, or outside it). */
function fileOf(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path.includes("\0")) return null;
  const file = resolve(root, `.${path}`);
  if (!file.startsWith(root + sep)) return null;
  return statOf(file)?.isFile() ? file : null;
}

function statOf(file: string): Stats | null {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

function sendFile(c: Context<AppEnv>, file: string, cacheControl: string): Response {
  const accepted = acceptedEncodings(c.req.header("accept-encoding"));
  let served = { file, stat: statSync(file), encoding: null as string | null };
  let hasCopies = false;
  for (const { name, suffix } of ENCODINGS) {
    const stat = statOf(file + suffix);
    if (!stat) continue;
    hasCopies = true;
    if (served.encoding === null && accepted.has(name)) served = { file: file + suffix, stat, encoding: name };
  }
  // Size and time of the very bytes sent: each encoding of a file has its own ETag.
  const etag = `"${served.stat.size.toString(36)}-${Math.floor(served.stat.mtimeMs).toString(36)}"`;
  const headers: Record<string, string> = { "cache-control": cacheControl, etag };
  if (hasCopies) headers.vary = "Accept-Encoding";
  if (etagMatches(c.req.header("if-none-match"), etag)) return c.body(null, 304, headers);
  headers["content-type"] = TYPES[extname(file)] ?? "application/octet-stream";
  headers["content-length"] = String(served.stat.size);
  if (served.encoding) headers["content-encoding"] = served.encoding;
  if (c.req.method === "HEAD") return c.body(null, 200, headers);
  const body = Readable.toWeb(createReadStream(served.file)) as ReadableStream<Uint8Array>;
  return c.body(body, 200, headers);
}

/** The encodings Accept-Encoding allows: named, or covered by `*`, and not refused with q=0. */
function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>();
  const refused = new Set<string>();
  for (const part of (header ?? "").split(",")) {
    const [token = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const names = token === "*" ? ENCODINGS.map((e) => e.name) : [token];
    for (const name of names) (q && Number(q.slice(2)) <= 0 ? refused : accepted).add(name);
  }
  for (const name of refused) accepted.delete(name);
  return accepted;
}

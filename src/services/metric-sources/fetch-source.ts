import { lookup as dnsLookup } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { isForbiddenAddress } from "../../domain/webhooks.ts";

// The one way a metric source reaches the network (docs/metric-sources.md, "Which hosts"): only
// hosts the organisation's admin allowed, never a link-local or cloud metadata address (checked
// on the addresses the name resolves to, and the connection goes to the address that was
// checked, so a name that resolves differently a moment later changes nothing), no redirects
// (the target would escape the allow-list), a timeout for the whole exchange and a size limit.

/** A sync that failed for a reason worth showing the KR's owner; it writes no reading. */
export class SourceFailure extends Error {}

const METADATA_NAMES = new Set(["metadata.google.internal", "metadata", "instance-data", "instance-data.ec2.internal"]);

/**
 * True for an address no source may reach, whatever the allow-list says: the ones webhooks
 * refuse too (isForbiddenAddress), one list of what Grove never calls.
 */
export function isRefusedAddress(address: string): boolean {
  return isIP(address) === 0 || isForbiddenAddress(address);
}

/** Resolves like the system does, and fails when any address the name has is a refused one. */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, "", 0);
    const list = addresses as { address: string; family: number }[];
    const bad = list.find((entry) => isRefusedAddress(entry.address));
    if (bad || list.length === 0) {
      return callback(
        new SourceFailure(`${hostname} resolves to ${bad?.address ?? "nothing"}, which sources may not reach`),
        "",
        0,
      );
    }
    // biome-ignore lint/suspicious/noExplicitAny: node calls the lookup with `all` when it wants the list
    if ((options as any).all) return (callback as any)(null, list);
    const [first] = list;
    callback(null, first?.address ?? "", first?.family ?? 4);
  });
};

export interface FetchRequest {
  url: string;
  headers: { name: string; value: string }[];
  /** The organisation's allowed hosts, lower case. */
  allowedHosts: ReadonlySet<string>;
  timeoutMs: number;
  maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Refuses a host the admin did not allow, and a link-local or metadata one whatever the list says. */
export function assertHostAllowed(host: string, allowedHosts: ReadonlySet<string>): void {
  if (!allowedHosts.has(host)) {
    throw new SourceFailure(`${host} is not on the organisation's list of allowed hosts (an admin adds it)`);
  }
  if (METADATA_NAMES.has(host) || (isIP(host) !== 0 && isRefusedAddress(host))) {
    throw new SourceFailure(`${host} is a link-local or metadata address, which sources may not reach`);
  }
}

/** The address to connect to: the host's first, once every address it resolves to has passed. */
export function checkedAddress(host: string): Promise<string> {
  if (isIP(host) !== 0) return Promise.resolve(host);
  return new Promise((resolve, reject) =>
    guardedLookup(host, {}, (error, address) => (error ? reject(error) : resolve(address as string))),
  );
}

/** The host of a URL as the allow-list names it: lower case, an IPv6 address without brackets. */
export function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/^\[(.*)\]$/, "$1");
}

/** GETs a source's URL and returns its body as text, or throws a SourceFailure saying why not. */
export async function fetchSourceText(request: FetchRequest): Promise<string> {
  const url = new URL(request.url);
  assertHostAllowed(hostOf(url), request.allowedHosts);
  const client = url.protocol === "https:" ? https : http;
  const headers: Record<string, string> = { accept: "application/json, text/csv, */*;q=0.5", "user-agent": "Grove" };
  for (const header of request.headers) headers[header.name] = header.value;
  const maxBytes = request.maxBytes ?? DEFAULT_MAX_BYTES;
  return new Promise<string>((resolve, reject) => {
    const signal = AbortSignal.timeout(request.timeoutMs);
    const fail = (error: unknown) =>
      reject(
        error instanceof SourceFailure
          ? error
          : signal.aborted
            ? new SourceFailure(`no answer within ${request.timeoutMs / 1000} s`)
            : new SourceFailure(`unreachable: ${error instanceof Error ? error.message : String(error)}`),
      );
    const req = client.get(url, { headers, lookup: guardedLookup, signal }, (res) => {
      const status = res.statusCode ?? 0;
      if (status < 200 || status > 299) {
        res.resume();
        const where = status >= 300 && status < 400 ? ` (redirects are not followed: use the final address)` : "";
        return reject(new SourceFailure(`answered HTTP ${status}${where}`));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          req.destroy(new SourceFailure(`the answer is larger than ${maxBytes} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      res.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
      res.on("error", fail);
    });
    req.on("error", fail);
  });
}

import type { IncomingMessage } from "node:http";
import type { Context } from "hono";

/**
 * The client address the sign-in throttle counts (issue 12, defect 3). By default the socket's
 * remote address: a client can put anything in X-Forwarded-For, so the header is read only when
 * the operator says how many proxies of theirs stand in front of Grove (TRUST_PROXY). Each proxy
 * appends the address it saw, so the entry that many places from the right is the client as the
 * outermost trusted proxy saw it; anything further left was written by the client.
 */
export function clientAddress(c: Context, trustedProxies: number): string | undefined {
  const socket = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket?.remoteAddress;
  if (trustedProxies <= 0) return socket;
  const hops = (c.req.header("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => withoutPort(hop.trim()))
    .filter(Boolean);
  // Fewer entries than proxies: the request came in through an inner proxy; its entry is the client.
  return hops.at(-trustedProxies) ?? hops[0] ?? socket;
}

/** "203.0.113.7:51234" and "[2001:db8::1]:443" (some proxies add the port) to the bare address. */
function withoutPort(hop: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(hop);
  if (bracketed?.[1]) return bracketed[1];
  const v4 = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(hop);
  return v4?.[1] ?? hop;
}

/**
 * Whether the browser reached Grove over HTTPS, which makes its cookies `Secure`: the request's
 * own scheme, or, behind a proxy that ends TLS, the `X-Forwarded-Proto` that proxy set. As with
 * X-Forwarded-For, the header counts only when the operator trusts that many proxies (TRUST_PROXY),
 * and the entry that many places from the right is the outermost trusted proxy's.
 */
export function isHttps(c: Context, trustedProxies: number): boolean {
  if (new URL(c.req.url).protocol === "https:") return true;
  if (trustedProxies <= 0) return false;
  const hops = (c.req.header("x-forwarded-proto") ?? "")
    .split(",")
    .map((hop) => hop.trim().toLowerCase())
    .filter(Boolean);
  return (hops.at(-trustedProxies) ?? hops[0]) === "https";
}

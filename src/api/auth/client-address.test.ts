import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { clientAddress, isHttps } from "./client-address.ts";

// Which client the sign-in throttle counts (issue 12, defect 3).
async function seen(trustedProxies: number, forwardedFor: string | null, socket = "192.0.2.10") {
  const app = new Hono().get("/", (c) => c.text(clientAddress(c, trustedProxies) ?? "none"));
  const headers: Record<string, string> = forwardedFor === null ? {} : { "x-forwarded-for": forwardedFor };
  const response = await app.request("/", { headers }, { incoming: { socket: { remoteAddress: socket } } });
  return response.text();
}

describe("clientAddress", () => {
  it.each<[number, string | null, string]>([
    [0, null, "192.0.2.10"],
    [0, "203.0.113.7", "192.0.2.10"],
    [1, null, "192.0.2.10"],
    [1, "203.0.113.7", "203.0.113.7"],
    [1, "198.51.100.1, 203.0.113.7", "203.0.113.7"],
    [1, "198.51.100.1,203.0.113.7:51234", "203.0.113.7"],
    [1, "[2001:db8::1]:443", "2001:db8::1"],
    [2, "198.51.100.1, 203.0.113.7, 10.0.0.2", "203.0.113.7"],
    [2, "203.0.113.7", "203.0.113.7"],
    [1, " , ", "192.0.2.10"],
  ])("trusting %i proxies, X-Forwarded-For %j counts as %s", async (proxies, header, expected) => {
    expect(await seen(proxies, header)).toBe(expected);
  });

  it("has no address without a socket (in-process requests)", async () => {
    const app = new Hono().get("/", (c) => c.text(clientAddress(c, 0) ?? "none"));
    expect(await (await app.request("/")).text()).toBe("none");
  });
});

// Whether cookies are Secure behind a proxy that ends TLS (docs/deployment.md, "Reverse proxy and TLS").
describe("isHttps", () => {
  it.each<[string, number, string | null, boolean]>([
    ["http://grove.test/", 0, null, false],
    ["https://grove.test/", 0, null, true],
    ["http://grove.test/", 0, "https", false],
    ["http://grove.test/", 1, "https", true],
    ["http://grove.test/", 1, "HTTPS", true],
    ["http://grove.test/", 1, "http", false],
    ["http://grove.test/", 1, null, false],
    ["http://grove.test/", 1, "https, http", false],
    ["http://grove.test/", 2, "https, http", true],
    ["http://grove.test/", 2, "https", true],
  ])("%s trusting %i proxies, X-Forwarded-Proto %j: %s", async (url, proxies, header, expected) => {
    const app = new Hono().get("/", (c) => c.text(String(isHttps(c, proxies))));
    const headers: Record<string, string> = header === null ? {} : { "x-forwarded-proto": header };
    expect(await (await app.request(url, { headers })).text()).toBe(String(expected));
  });
});

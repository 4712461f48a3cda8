import { randomBytes, randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createApp } from "../../src/api/app.ts";
import { createDb } from "../../src/db/create-db.ts";
import { ADDRESS_LIMIT, FREE_FAILURES } from "../../src/domain/sign-in-throttle.ts";
import { createLogger } from "../../src/logger.ts";
import { defaultContext } from "../../src/services/context.ts";
import { describeApi } from "../support/api-test.ts";
import { signUpOwner, TEST_PASSWORD } from "../support/factories.ts";
import { type TestResponse, testDbKind, testPostgresUrl } from "../support/test-app.ts";

// Issue 12, defects 1 and 3: the sign-in limit holds under concurrency (the attempt is counted
// before the password is checked, atomically in the database), and nobody can lock an account's
// owner out: the throttle counts per account and client address, with backoff, and per address.
// Runs on PGlite and on PostgreSQL (where the parallel requests run on several connections).

// A clock of its own, far from other test files' (the database prunes by its own clock).
let now = new Date("2031-06-02T09:00:00Z");
const later = (seconds: number) => {
  now = new Date(now.getTime() + seconds * 1000);
};

/** A client address nobody else in this run uses. */
const newAddress = () => `10.${[...randomBytes(3)].join(".")}`;

describeApi("the sign-in throttle", { now: () => now }, (t) => {
  // The app behind one trusted proxy, so each test can speak from its own client addresses.
  let proxied: ReturnType<typeof createApp>;
  beforeAll(() => {
    proxied = createApp({ services: t.services, logger: createLogger("silent"), trustProxy: 1 });
  });

  async function account(): Promise<string> {
    const { email } = await signUpOwner(t.services, {
      organisation: "Throttle",
      slug: "throttle",
      email: "owner",
      name: "Owner",
    });
    return email;
  }

  async function signInFrom(
    address: string,
    email: string,
    password: string,
    app: ReturnType<typeof createApp> = proxied,
  ): Promise<TestResponse> {
    const response = await app.request("/api/v1/auth/sign-in", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": address },
      body: JSON.stringify({ email, password }),
    });
    return { status: response.status, body: await response.json(), headers: response.headers };
  }

  const statuses = (responses: TestResponse[]) => {
    const count: Record<number, number> = {};
    for (const { status } of responses) count[status] = (count[status] ?? 0) + 1;
    return count;
  };

  it("counts 60 simultaneous wrong passwords before checking them: 5 are checked, 55 wait, and the right password after them waits too", async () => {
    const email = await account();
    const attacker = newAddress();
    const burst = await Promise.all(
      Array.from({ length: 60 }, (_, i) => signInFrom(attacker, email, `wrong password ${i}`)),
    );
    // The first FREE_FAILURES pass freely and the next one is checked while it sets the wait.
    expect(statuses(burst)).toEqual({ 401: FREE_FAILURES + 1, 429: 60 - FREE_FAILURES - 1 });
    const right = await signInFrom(attacker, email, TEST_PASSWORD);
    expect(right.status).toBe(429);
    expect(right.headers.get("retry-after")).toBe("2");
    expect(right.body.error).toMatchObject({ code: "rate_limited", retryAfterSeconds: 2 });
    expect(right.body.error.message).toBe(
      "Too many failed sign-ins for this email from your network: try again in 2 seconds",
    );
    // The owner, at another address, signs in as usual.
    expect((await signInFrom(newAddress(), email, TEST_PASSWORD)).status).toBe(200);
  });

  it.runIf(testDbKind === "postgres")(
    "holds the same count for two app instances on one PostgreSQL, each with its own connections",
    async () => {
      const email = await account();
      const attacker = newAddress();
      const second = await createDb({ kind: "postgres", url: await testPostgresUrl(), poolSize: 4 });
      try {
        const services = { ...defaultContext(second.kysely), now: () => now };
        const other = createApp({ services, logger: createLogger("silent"), trustProxy: 1 });
        const burst = await Promise.all(
          Array.from({ length: 60 }, (_, i) =>
            signInFrom(attacker, email, `wrong password ${i}`, i % 2 === 0 ? proxied : other),
          ),
        );
        expect(statuses(burst)).toEqual({ 401: FREE_FAILURES + 1, 429: 60 - FREE_FAILURES - 1 });
      } finally {
        await second.close();
      }
    },
  );

  it("backs off one account from one address (2, 4, 8 s) while the right password works from an address that was not failing", async () => {
    const email = await account();
    const attacker = newAddress();
    for (let i = 0; i < FREE_FAILURES + 1; i++)
      expect((await signInFrom(attacker, email, "wrong pass")).status).toBe(401);
    const waiting = await signInFrom(attacker, email, TEST_PASSWORD);
    expect([waiting.status, waiting.headers.get("retry-after")]).toEqual([429, "2"]);
    expect((await signInFrom(newAddress(), email, TEST_PASSWORD)).status).toBe(200);

    later(2);
    expect((await signInFrom(attacker, email, "wrong pass")).status).toBe(401);
    expect((await signInFrom(attacker, email, "wrong pass")).headers.get("retry-after")).toBe("4");
    later(4);
    expect((await signInFrom(attacker, email, "wrong pass")).status).toBe(401);
    expect((await signInFrom(attacker, email, "wrong pass")).headers.get("retry-after")).toBe("8");
    later(8);
    // Once the wait is over, the right password from that address works, and the pair starts over.
    expect((await signInFrom(attacker, email, TEST_PASSWORD)).status).toBe(200);
    expect((await signInFrom(attacker, email, "wrong pass")).status).toBe(401);
    expect((await signInFrom(attacker, email, TEST_PASSWORD)).status).toBe(200);
  });

  it("forgets a pair 15 minutes after its wait, and never waits more than 15 minutes", async () => {
    const email = await account();
    const address = newAddress();
    let wait = 0;
    for (let i = 0; i < 20; i++) {
      later(wait);
      const res = await signInFrom(address, email, "wrong pass");
      expect(res.status).toBe(401);
      wait = Number((await signInFrom(address, email, "wrong pass")).headers.get("retry-after") ?? 0);
    }
    expect(wait).toBe(900);
    later(900 + 900);
    for (let i = 0; i < FREE_FAILURES; i++) expect((await signInFrom(address, email, "wrong pass")).status).toBe(401);
  });

  it("limits one address across accounts to 30 failures in 15 minutes, counted atomically, without touching other addresses", async () => {
    const email = await account();
    const sprayer = newAddress();
    const spray = await Promise.all(
      Array.from({ length: ADDRESS_LIMIT + 10 }, (_, i) =>
        signInFrom(sprayer, `nobody-${i}-${randomUUID()}@example.test`, "a guessed password"),
      ),
    );
    expect(statuses(spray)).toEqual({ 401: ADDRESS_LIMIT, 429: 10 });
    const refused = await signInFrom(sprayer, email, TEST_PASSWORD);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("900");
    expect(refused.body.error.message).toBe("Too many failed sign-ins from your network: try again in 15 minutes");
    expect((await signInFrom(newAddress(), email, TEST_PASSWORD)).status).toBe(200);
    later(900);
    expect((await signInFrom(sprayer, email, TEST_PASSWORD)).status).toBe(200);
  });

  it("gives a right password's attempt back to its address, so a busy office is not throttled by its own sign-ins", async () => {
    const email = await account();
    const office = newAddress();
    for (let i = 0; i < ADDRESS_LIMIT + 5; i++) {
      expect((await signInFrom(office, email, TEST_PASSWORD)).status).toBe(200);
    }
  });

  it("counts unknown emails like known ones", async () => {
    const address = newAddress();
    const unknown = `nobody-${randomUUID()}@example.test`;
    const answers = [];
    for (let i = 0; i < FREE_FAILURES + 2; i++) answers.push((await signInFrom(address, unknown, "wrong pass")).status);
    expect(answers).toEqual([...Array(FREE_FAILURES + 1).fill(401), 429]);
  });

  it("reads only the address the trusted proxy appended to X-Forwarded-For, not what the client wrote before it", async () => {
    const email = await account();
    const client = newAddress();
    for (let i = 0; i < FREE_FAILURES + 1; i++) {
      expect((await signInFrom(`${newAddress()}, ${client}`, email, "wrong pass")).status).toBe(401);
    }
    expect((await signInFrom(`${newAddress()}, ${client}`, email, TEST_PASSWORD)).status).toBe(429);
  });

  it("counts the socket's address and ignores X-Forwarded-For without TRUST_PROXY, over real HTTP", async () => {
    const email = await account();
    const app = createApp({ services: t.services, logger: createLogger("silent") });
    const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
    await new Promise((resolve) => server.once("listening", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/auth/sign-in`;
    try {
      const send = (password: string) =>
        fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": newAddress() },
          body: JSON.stringify({ email, password }),
        });
      for (let i = 0; i < FREE_FAILURES + 1; i++) expect((await send("wrong pass")).status).toBe(401);
      const refused = await send(TEST_PASSWORD);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("stores hashes, not emails or addresses, and deletes counters past their time on the next attempt", async () => {
    const email = await account();
    const address = newAddress();
    await signInFrom(address, email, "wrong pass");
    const rows = await t.db.kysely.selectFrom("signInThrottle").select(["keyHash", "kind"]).execute();
    expect(JSON.stringify(rows)).not.toContain(email);
    expect(JSON.stringify(rows)).not.toContain(address);
    // Expired counters (by the database's clock, shared by every instance) go on the next
    // attempt, failed or not.
    const staleCount = async (stale: string) =>
      (
        await sql<{ n: number }>`select count(*)::int as n from sign_in_throttle where key_hash = ${stale}`.execute(
          t.db.kysely,
        )
      ).rows[0]?.n;
    for (const password of ["wrong pass", TEST_PASSWORD]) {
      const stale = `stale-${randomUUID()}`;
      await t.db.kysely
        .insertInto("signInThrottle")
        .values({
          keyHash: stale,
          kind: "address",
          failures: 3,
          windowStartedAt: new Date("2020-01-01T00:00:00Z"),
          blockedUntil: null,
          expiresAt: new Date("2020-01-01T00:15:00Z"),
        })
        .execute();
      expect(await staleCount(stale)).toBe(1);
      await signInFrom(address, email, password);
      expect(await staleCount(stale)).toBe(0);
    }
  });

  afterAll(() => {
    now = new Date();
  });
});

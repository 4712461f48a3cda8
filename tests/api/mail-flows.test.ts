import { describe, expect, it } from "vitest";
import { createResetLink } from "../../src/services/accounts/password-reset.ts";
import { describeApi } from "../support/api-test.ts";
import { TEST_PASSWORD } from "../support/factories.ts";
import { useMailDelivery } from "../support/mail-delivery.ts";
import { outboxRows } from "../support/outbox.ts";
import type { ReceivedMail } from "../support/smtp.ts";
import { expectAlikeInTime } from "../support/timing.ts";

// Invitations and password resets by mail, end to end through a real SMTP server process
// (docs/notifications.md "Mail", docs/accounts-and-access.md "Password reset"): each arrives
// once, in the recipient's language, and its link does what it says, once.
let clock = new Date("2027-02-15T12:00:00Z");

describeApi("invitations and password resets by mail", { now: () => clock }, (t) => {
  const PUBLIC_URL = "https://grove.example.test";
  const mailing = useMailDelivery(t, () => clock, PUBLIC_URL);
  /** Delivers what is due, twice over: a second run must send nothing again. */
  const deliver = () => mailing.deliver();

  /** The one mail to `to` (fails on none after a wait, and on more than one). */
  const onlyMailTo = async (to: string) => (await mailing.mailsTo(to, 1))[0] as ReceivedMail;
  /** The token of the link to `path` in the mail, checked to be in its HTML too. */
  const linkIn = (message: ReceivedMail, path: string) => mailing.tokenIn(message, path);

  describe("invitations", () => {
    it("mails the invitation once, in English, with the organisation's name and a link that works", async () => {
      const org = await t.buildOrg();
      const res = await t.call("POST", `/api/v1/orgs/${org.slug}/invitations`, {
        email: "New.Person@Example.test",
        role: "member",
      });
      expect(res.status).toBe(201);
      expect(res.body.mailed).toBe(true);
      await deliver();
      const message = await onlyMailTo("new.person@example.test");
      expect(message.subject).toBe(`You are invited to ${org.name} on Grove`);
      expect(message.text).toContain(`join ${org.name} on Grove as a member`);
      expect(message.headers["list-unsubscribe"]).toBeUndefined();
      const token = linkIn(message, "invite");
      expect(token).toBe(res.body.token);
      // The link is not left readable in the outbox once sent.
      const [row] = await outboxRows(t, org.id, "invitation");
      expect(row?.status).toBe("sent");
      expect(JSON.stringify(row?.payload)).not.toContain(token);
      const accepted = await t.callAs(null, "POST", `/api/v1/auth/invitations/${token}/accept`, {
        name: "New Person",
        password: TEST_PASSWORD,
      });
      expect(accepted.status).toBe(201);
      expect(accepted.body.slug).toBe(org.slug);
    });

    it("mails it in Chinese for an organisation whose language is Chinese", async () => {
      const org = await t.buildOrg();
      await t.db.kysely.updateTable("organisations").set({ locale: "zh" }).where("id", "=", org.id).execute();
      const res = await t.call("POST", `/api/v1/orgs/${org.slug}/invitations`, {
        email: "wang@example.test",
        role: "viewer",
      });
      expect(res.body.mailed).toBe(true);
      await deliver();
      const message = await onlyMailTo("wang@example.test");
      expect(message.subject).toBe(`${org.name} 邀请您加入 Grove`);
      expect(message.text).toContain("只读成员");
      expect(message.text).toContain(`由 Grove 代 ${org.name} 发送。`);
      const token = linkIn(message, "invite");
      const described = await t.callAs(null, "GET", `/api/v1/auth/invitations/${token}`);
      expect(described.status).toBe(200);
      expect(described.body.role).toBe("viewer");
    });

    it("writes no mail when mail is off, and says so: the admin copies the link", async () => {
      const org = await t.buildOrg();
      t.services.messaging.mail = false;
      try {
        const res = await t.call("POST", `/api/v1/orgs/${org.slug}/invitations`, {
          email: "off@example.test",
          role: "member",
        });
        expect(res.status).toBe(201);
        expect(res.body.mailed).toBe(false);
        expect(res.body.token).toMatch(/^inv_/);
      } finally {
        t.services.messaging.mail = true;
      }
      const rows = await t.db.kysely.selectFrom("outbox").select("id").where("orgId", "=", org.id).execute();
      expect(rows).toEqual([]);
    });
  });

  describe("password reset", () => {
    it("mails a link once, in the person's language, that sets the password once and ends every session", async () => {
      const org = await t.buildOrg();
      const member = await t.buildMember(org.id);
      const { email } = member;
      await t.db.kysely.updateTable("users").set({ locale: "zh" }).where("email", "=", email).execute();

      const asked = await t.callAs(null, "POST", "/api/v1/auth/password-reset", { email: email.toUpperCase() });
      expect(asked.status).toBe(202);
      expect(asked.body).toEqual({ mailEnabled: true, validMinutes: 60 });
      await deliver();
      const message = await onlyMailTo(email);
      expect(message.subject).toBe("设置新的 Grove 密码");
      expect(message.text).toContain("只能使用一次");
      const token = linkIn(message, "reset-password");
      const row = await mailing.outboxRow("password-reset", email);
      expect(row?.orgId).toBeNull();
      expect(row?.status).toBe("sent");
      expect(JSON.stringify(row?.payload)).not.toContain(token);

      const described = await t.callAs(null, "GET", `/api/v1/auth/password-reset/${token}`);
      expect(described.body).toEqual({ email });
      // The sign-up password rules hold here too.
      const short = await t.callAs(null, "POST", "/api/v1/auth/password-reset/confirm", { token, password: "short" });
      expect(short.status).toBe(400);
      expect(short.body.error.details[0].field).toBe("password");

      const set = await t.callAs(null, "POST", "/api/v1/auth/password-reset/confirm", {
        token,
        password: "a brand new passphrase",
      });
      expect(set.status).toBe(204);
      // The session from before is over; the old password no longer signs in, the new one does.
      const me = await t.callAs(member, "GET", "/api/v1/auth/me");
      expect(me.status).toBe(401);
      const old = await t.callAs(null, "POST", "/api/v1/auth/sign-in", { email, password: TEST_PASSWORD });
      expect(old.status).toBe(401);
      const fresh = await t.callAs(null, "POST", "/api/v1/auth/sign-in", { email, password: "a brand new passphrase" });
      expect(fresh.status).toBe(200);

      const again = await t.callAs(null, "POST", "/api/v1/auth/password-reset/confirm", {
        token,
        password: "yet another passphrase",
      });
      expect(again.status).toBe(410);
      expect(again.body.error.details).toEqual([expect.objectContaining({ field: "token", rule: "used" })]);
    });

    it("refuses a link after its hour, and one that Grove never made", async () => {
      const org = await t.buildOrg();
      const member = await t.buildMember(org.id);
      const { email } = member;
      await t.callAs(null, "POST", "/api/v1/auth/password-reset", { email });
      await deliver();
      const message = await onlyMailTo(email);
      expect(message.subject).toBe("Set a new password for Grove");
      const token = linkIn(message, "reset-password");
      const start = clock;
      clock = new Date(start.getTime() + 61 * 60_000);
      try {
        const late = await t.callAs(null, "POST", "/api/v1/auth/password-reset/confirm", {
          token,
          password: "a brand new passphrase",
        });
        expect(late.status).toBe(410);
        expect(late.body.error.details).toEqual([expect.objectContaining({ field: "token", rule: "expired" })]);
        const described = await t.callAs(null, "GET", `/api/v1/auth/password-reset/${token}`);
        expect(described.status).toBe(410);
      } finally {
        clock = start;
      }
      const unknown = await t.callAs(null, "POST", "/api/v1/auth/password-reset/confirm", {
        token: "pwr_not-a-real-token-at-all",
        password: "a brand new passphrase",
      });
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.details).toEqual([expect.objectContaining({ field: "token", rule: "unknown" })]);
      // The member's session outlived the refused attempts.
      expect((await t.callAs(member, "GET", "/api/v1/auth/me")).status).toBe(200);
    });

    it("answers an unknown address exactly as a known one, in a similar time, and mails nobody", async () => {
      const org = await t.buildOrg();
      const member = await t.buildMember(org.id);
      const { email } = member;
      const timed = async (address: string) => {
        const started = performance.now();
        const res = await t.callAs(null, "POST", "/api/v1/auth/password-reset", { email: address });
        return { status: res.status, body: res.body, ms: performance.now() - started };
      };
      // Interleaved, three each, compared by their medians: one slow moment on a shared machine
      // must not decide it.
      const known: Awaited<ReturnType<typeof timed>>[] = [];
      const unknown: Awaited<ReturnType<typeof timed>>[] = [];
      for (let i = 0; i < 3; i++) {
        known.push(await timed(email));
        unknown.push(await timed("nobody-here@example.test"));
      }
      for (const answer of [...known, ...unknown]) {
        expect(answer.status).toBe(202);
        expect(answer.body).toEqual(known[0]?.body);
        // Every answer waits for the same floor; the known address's extra writes hide inside it.
        expect(answer.ms).toBeGreaterThanOrEqual(240);
      }
      // A ratio of the medians, not a difference in milliseconds: a loaded machine slows both.
      expectAlikeInTime({ known: known.map((a) => a.ms), unknown: unknown.map((a) => a.ms) });
      await deliver();
      await mailing.smtp.waitForMessages(1);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(mailing.smtp.messages().filter((m) => m.envelope.to.includes(email))).toHaveLength(3);
      expect(mailing.smtp.messages().filter((m) => m.envelope.to.includes("nobody-here@example.test"))).toEqual([]);
    });

    it("sends at most three live links an hour to one account", async () => {
      const org = await t.buildOrg();
      const member = await t.buildMember(org.id);
      const { email } = member;
      for (let i = 0; i < 5; i++) {
        expect((await t.callAs(null, "POST", "/api/v1/auth/password-reset", { email })).status).toBe(202);
      }
      await deliver();
      await mailing.smtp.waitForMessages(1);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(mailing.smtp.messages().filter((m) => m.envelope.to.includes(email))).toHaveLength(3);
    });

    it("makes a link for an admin to hand over when mail is off (grove reset-link)", async () => {
      const org = await t.buildOrg();
      const member = await t.buildMember(org.id);
      const { email } = member;
      const { link } = await createResetLink(t.services, email);
      expect(link.startsWith(`${PUBLIC_URL}/reset-password/pwr_`)).toBe(true);
      const token = link.slice(link.lastIndexOf("/") + 1);
      const set = await t.callAs(null, "POST", "/api/v1/auth/password-reset/confirm", {
        token,
        password: "handed over in person",
      });
      expect(set.status).toBe(204);
      await expect(createResetLink(t.services, "nobody-at-all@example.test")).rejects.toThrow(/No account/);
    });
  });
});

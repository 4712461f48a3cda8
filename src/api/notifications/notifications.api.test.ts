import { expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import { goodKeyResult, systemScope, type TestSession } from "../../../tests/support/factories.ts";
import { useSmtpMailer } from "../../../tests/support/mail-delivery.ts";
import { outboxRows } from "../../../tests/support/outbox.ts";
import { sessionHeaders } from "../../../tests/support/test-app.ts";
import { createLogger } from "../../logger.ts";
import { actorForPerson } from "../../services/accounts/actor.ts";
import { setUserLocale } from "../../services/accounts/locale.ts";
import { recordCheckIn } from "../../services/check-ins/record-check-in.ts";
import { addComment, editComment } from "../../services/discussion/comments.ts";
import type { MailPayload } from "../../services/mail/layout.ts";
import { digestJob } from "../../services/notifications/jobs/digest.ts";
import { reminderJobs } from "../../services/notifications/jobs/index.ts";
import { reviewDueJob } from "../../services/notifications/jobs/review-due.ts";
import type { ClaimedMessage } from "../../services/outbox/deliverers.ts";
import type { ScheduledJob } from "../../services/outbox/scheduler.ts";
import { createDeliveryWorker } from "../../services/outbox/worker.ts";

// Reminders, digest and the bell (issue 11, docs/notifications.md): preferences are honoured
// (mail, chat, off), unsubscribe works by link without a session, the weekly reminder reaches
// each quiet KR's owner once per week in their language, and mentions reach the bell.
let clock = new Date("2027-02-01T10:00:00Z");

describeApi("reminders, digest and the bell", { now: () => clock }, (t) => {
  const silent = createLogger("silent");
  const monday = new Date("2027-02-15T12:00:00Z"); // ISO week 2027-W07

  // Mail goes to a real SMTP server process as well as into `got`, so a test can read both the
  // outbox rows and what arrived.
  const mailer = useSmtpMailer();
  const arrivedFor = (email: string) => mailer.smtp.messages().filter((mail) => mail.envelope.to.includes(email));

  /** A worker with the reminder jobs whose mail and chat deliverers record what they get. */
  function worker(got: ClaimedMessage[], jobs: ScheduledJob[] = reminderJobs(t.services)) {
    const record = async (message: ClaimedMessage) => {
      got.push(message);
    };
    return createDeliveryWorker({
      db: t.db.kysely,
      logger: silent,
      now: () => clock,
      deliverers: {
        mail: async (message) => {
          await mailer.mail.deliver(message);
          got.push(message);
        },
        chat: record,
      },
      jobs,
    });
  }

  const mailOf = (message: ClaimedMessage | undefined) => {
    if (!message) throw new Error("no message");
    return message.payload as MailPayload;
  };
  const chatOf = (message: ClaimedMessage | undefined) => {
    if (!message) throw new Error("no message");
    return message.payload as { text: string; url: string };
  };
  const mine = (got: ClaimedMessage[], orgId: string, kind: string) =>
    got.filter((m) => m.orgId === orgId && m.kind === kind);
  const mailTo = (got: ClaimedMessage[], email: string) =>
    got.filter((m) => m.channel === "mail" && (m.payload as MailPayload).to === email);

  async function emailOf(personId: string) {
    return (await t.db.kysely.selectFrom("people").select("email").where("id", "=", personId).executeTakeFirstOrThrow())
      .email;
  }
  async function userOf(personId: string) {
    return (
      await t.db.kysely.selectFrom("people").select("userId").where("id", "=", personId).executeTakeFirstOrThrow()
    ).userId as string;
  }
  async function notificationsOf(personId: string) {
    return t.db.kysely.selectFrom("notifications").selectAll().where("personId", "=", personId).execute();
  }
  async function choose(slug: string, who: TestSession, kind: string, channel: string) {
    const res = await t.callAs(who, "PUT", `/api/v1/orgs/${slug}/me/notification-preferences`, { kind, channel });
    expect(res.status).toBe(200);
  }
  async function runJob(job: ScheduledJob, at: Date) {
    await t.db.kysely.transaction().execute((tx) => job.run(tx, at, job.slotAt(at) as string));
  }

  it("sends the weekly reminder once per week to each quiet KR's owner, in their language, as they chose", {
    timeout: 120_000,
  }, async () => {
    clock = new Date("2027-02-01T10:00:00Z");
    const org = await t.buildOrg();
    const unit = await t.buildUnit(org.id);
    const period = await t.buildPeriod(org.id);
    const people = {
      alice: await t.buildMember(org.id, { units: [[unit.id, "member"]] }),
      bo: await t.buildMember(org.id, { units: [[unit.id, "member"]] }), // reads Chinese
      carol: await t.buildMember(org.id, { units: [[unit.id, "member"]] }), // checked in this week
      dan: await t.buildMember(org.id, { units: [[unit.id, "member"]] }), // chose chat
      erin: await t.buildMember(org.id, { units: [[unit.id, "member"]] }), // turned it off
      frank: await t.buildMember(org.id, { units: [[unit.id, "member"]] }), // KR in a closed period
    };
    await setUserLocale(t.services, await userOf(people.bo.personId), "zh");
    await choose(org.slug, people.dan, "checkin_reminder", "chat");
    await choose(org.slug, people.erin, "checkin_reminder", "off");
    const owned = (name: keyof typeof people, title: string) =>
      goodKeyResult({ title, ownerId: people[name].personId });
    const { keyResults } = await t.buildObjective(org.id, {
      unitId: unit.id,
      periodId: period.id,
      keyResults: [
        owned("alice", "Alice's first KR"),
        owned("alice", "Alice's second KR"),
        owned("bo", "Bo's KR"),
        owned("carol", "Carol's KR"),
        owned("dan", "Dan's KR"),
        owned("erin", "Erin's KR"),
      ],
    });
    const closed = await t.buildPeriod(org.id, "2026-Q4");
    await t.buildObjective(org.id, {
      unitId: unit.id,
      periodId: closed.id,
      keyResults: [owned("frank", "Frank's KR")],
    });
    // A period that has ended: its KRs ask for no readings (the lifecycle's steps are tested elsewhere).
    await t.db.kysely.updateTable("periods").set({ status: "closed" }).where("id", "=", closed.id).execute();
    clock = new Date("2027-02-12T10:00:00Z");
    await recordCheckIn(t.services, systemScope(org.id), keyResults[3]?.id as string, { value: 5 });

    clock = monday;
    const got: ClaimedMessage[] = [];
    const [first, second] = [worker(got), worker(got)];
    await Promise.all([first.runOnce(), second.runOnce()]); // two instances at the same moment
    await first.runOnce();
    clock = new Date("2027-02-17T12:00:00Z"); // later the same week
    await second.runOnce();

    const reminders = mine(got, org.id, "checkin_reminder");
    const alice = mailTo(reminders, await emailOf(people.alice.personId));
    expect(alice).toHaveLength(1);
    const aliceMail = mailOf(alice[0]);
    expect(aliceMail.subject).toBe("2 key results are waiting for a check-in");
    expect(aliceMail.text).toContain("Alice's first KR");
    expect(aliceMail.text).toContain("Alice's second KR");
    expect(aliceMail.text).not.toContain("Bo's KR");
    expect(aliceMail.text).toContain(`/orgs/${org.slug}/units/${unit.id}#kr-${keyResults[0]?.id}`);
    expect(aliceMail.unsubscribeUrl).toMatch(/\/unsubscribe\/[0-9a-f]{32}\.[0-9a-f]{32}\.checkin_reminder\./);
    const bo = mailTo(reminders, await emailOf(people.bo.personId));
    expect(bo).toHaveLength(1);
    expect(mailOf(bo[0]).subject).toBe("1 个关键结果等待打卡");
    // And through the real SMTP server: once each, in each one's language.
    const [aliceArrived, ...aliceAgain] = arrivedFor(await emailOf(people.alice.personId));
    expect(aliceAgain).toEqual([]);
    expect(aliceArrived?.subject).toBe("2 key results are waiting for a check-in");
    expect(aliceArrived?.headers["list-unsubscribe"]).toContain("/unsubscribe/");
    expect(arrivedFor(await emailOf(people.bo.personId)).map((mail) => mail.subject)).toEqual(["1 个关键结果等待打卡"]);
    expect(arrivedFor(await emailOf(people.erin.personId))).toEqual([]);
    const chat = reminders.filter((m) => m.channel === "chat");
    expect(chat).toHaveLength(1);
    expect(chatOf(chat[0]).text).toContain("Dan's KR");
    expect(chatOf(chat[0]).url).toMatch(new RegExp(`/orgs/${org.slug}/my$`));
    expect(reminders).toHaveLength(3); // nothing for Carol (read this week), Erin (off) or Frank (closed period)
    const rows = await outboxRows(t, org.id, "checkin_reminder");
    expect(rows).toHaveLength(3);
    expect(rows.every((row) => row.status === "sent")).toBe(true);
    // The bell lists the reminder for each quiet owner, Erin too: "off" stops messages only.
    for (const name of ["alice", "bo", "dan", "erin"] as const) {
      expect((await notificationsOf(people[name].personId)).map((n) => n.kind)).toEqual(["checkin_reminder"]);
    }
    for (const name of ["carol", "frank"] as const) expect(await notificationsOf(people[name].personId)).toEqual([]);
  });

  it("mentions: the bell and a message for each person mentioned, never the author, and only the new ones on an edit", async () => {
    clock = new Date("2027-02-02T10:00:00Z");
    const org = await t.buildOrg();
    const unit = await t.buildUnit(org.id);
    const author = await t.buildMember(org.id, { units: [[unit.id, "member"]] });
    const first = await t.buildMember(org.id);
    const second = await t.buildMember(org.id);
    const { keyResults } = await t.buildObjective(org.id, { unitId: unit.id });
    const kr = keyResults[0]?.id as string;
    const actor = await actorForPerson(t.services, org.id, author.personId, null);
    const scope = { orgId: org.id, actor: actor as NonNullable<typeof actor> };
    const comment = await addComment(
      t.services,
      scope,
      { keyResultId: kr },
      {
        body: "Can you look at this?",
        mentionIds: [first.personId, author.personId],
      },
    );
    await editComment(t.services, scope, comment.id, {
      body: "Can you both look at this?",
      mentionIds: [first.personId, second.personId, author.personId],
    });
    expect((await notificationsOf(first.personId)).map((n) => n.kind)).toEqual(["mention"]);
    expect((await notificationsOf(second.personId)).map((n) => n.kind)).toEqual(["mention"]);
    expect(await notificationsOf(author.personId)).toEqual([]);
    const got: ClaimedMessage[] = [];
    await worker(got, []).runOnce();
    const mentions = mine(got, org.id, "mention");
    expect(mentions.map((m) => (m.payload as MailPayload).to).sort()).toEqual(
      [await emailOf(first.personId), await emailOf(second.personId)].sort(),
    );
    const mail = mailOf(mentions[0]);
    expect(mail.subject).toMatch(/^Person [0-9a-f]{8} mentioned you$/);
    for (const person of [first, second]) {
      const arrived = arrivedFor(await emailOf(person.personId));
      expect(arrived.map((m) => m.subject)).toEqual([expect.stringMatching(/mentioned you$/)]);
      expect(arrived[0]?.text).toContain(`/orgs/${org.slug}/`);
    }
    expect(arrivedFor(await emailOf(author.personId))).toEqual([]);
    expect(mail.text).toContain(`/orgs/${org.slug}/units/${unit.id}#kr-${kr}`);

    // A private unit's discussion reaches only those who may read it (M3): its members and admins.
    const hidden = await t.buildUnit(org.id, { private: true });
    const insider = await t.buildMember(org.id, { units: [[hidden.id, "member"]] });
    const secret = await t.buildObjective(org.id, { unitId: hidden.id });
    await addComment(
      t.services,
      systemScope(org.id),
      { objectiveId: secret.objective.id },
      {
        body: "Between us",
        mentionIds: [insider.personId, second.personId],
      },
    );
    expect((await notificationsOf(insider.personId)).map((n) => n.kind)).toEqual(["mention"]);
    expect(await notificationsOf(second.personId)).toHaveLength(1); // still only the first mention
  });

  it("unsubscribes by the mail's link without signing in, answers a bad link the same, and then sends nothing", async () => {
    clock = new Date("2027-02-03T10:00:00Z");
    const org = await t.buildOrg();
    const mentioned = await t.buildMember(org.id);
    const { objective } = await t.buildObjective(org.id);
    const mention = () =>
      addComment(
        t.services,
        systemScope(org.id),
        { objectiveId: objective.id },
        {
          body: "Over to you",
          mentionIds: [mentioned.personId],
        },
      );
    await mention();
    const got: ClaimedMessage[] = [];
    await worker(got, []).runOnce();
    const url = mailOf(mine(got, org.id, "mention")[0]).unsubscribeUrl as string;
    const token = url.split("/unsubscribe/")[1] as string;

    // Looking at the link changes nothing (mail scanners follow links).
    const offer = await t.callAs(null, "GET", `/api/v1/unsubscribe/${token}`);
    expect(offer.status).toBe(200);
    expect(offer.body).toEqual({ kind: "mention", organisationName: org.name, off: false });
    const prefs = () => t.callAs(mentioned, "GET", `/api/v1/orgs/${org.slug}/me/notification-preferences`);
    expect((await prefs()).body.preferences.find((p: { kind: string }) => p.kind === "mention").channel).toBe("mail");

    // RFC 8058: a mail program posts a form, with no session and no CSRF token.
    const oneClick = (path: string, headers: Record<string, string> = {}) =>
      t.call("POST", path, "List-Unsubscribe=One-Click", {
        "content-type": "application/x-www-form-urlencoded",
        ...headers,
      });
    const good = await oneClick(`/api/v1/unsubscribe/${token}`);
    const bad = await oneClick(`/api/v1/unsubscribe/${token.slice(0, -4)}AAAA`);
    const junk = await oneClick("/api/v1/unsubscribe/not-a-token-at-all");
    expect([good.status, bad.status, junk.status]).toEqual([200, 200, 200]);
    expect(bad.body).toEqual(good.body);
    expect(junk.body).toEqual(good.body);
    expect((await t.callAs(null, "GET", `/api/v1/unsubscribe/${token.slice(0, -4)}AAAA`)).status).toBe(404);
    expect((await prefs()).body.preferences.find((p: { kind: string }) => p.kind === "mention")).toMatchObject({
      channel: "off",
      chosen: true,
    });
    // Again, from a browser that is signed in but sends no CSRF token: still fine, still off.
    const cookie = sessionHeaders(mentioned).cookie as string;
    expect((await oneClick(`/api/v1/unsubscribe/${token}`, { cookie })).status).toBe(200);
    expect((await t.callAs(null, "GET", `/api/v1/unsubscribe/${token}`)).body.off).toBe(true);

    await mention();
    const after: ClaimedMessage[] = [];
    await worker(after, []).runOnce();
    expect(mine(after, org.id, "mention")).toEqual([]);
    const outbox = await t.db.kysely.selectFrom("outbox").select("id").where("orgId", "=", org.id).execute();
    expect(outbox).toHaveLength(1); // the first mention's mail only
    expect(await notificationsOf(mentioned.personId)).toHaveLength(2); // the bell still shows both
  });

  it("reminds a unit's leads once when its review becomes due, and nobody else", async () => {
    clock = new Date("2027-02-04T10:00:00Z");
    const org = await t.buildOrg();
    const unit = await t.buildUnit(org.id, { name: "Payments" });
    const lead = await t.buildMember(org.id, { units: [[unit.id, "lead"]] });
    const member = await t.buildMember(org.id, { units: [[unit.id, "member"]] });
    await t.buildObjective(org.id, { unitId: unit.id });
    const job = reviewDueJob(t.services);
    await runJob(job, new Date("2027-02-11T12:00:00Z")); // the checkpoint of 2027-02-12 is not due yet
    await runJob(job, monday);
    clock = new Date("2027-02-16T12:00:00Z");
    await runJob(job, clock); // still due the next day: not again
    const got: ClaimedMessage[] = [];
    await worker(got, []).runOnce();
    const due = mine(got, org.id, "review_due");
    expect(due.map((m) => (m.payload as MailPayload).to)).toEqual([await emailOf(lead.personId)]);
    const mail = due[0]?.payload as MailPayload;
    expect(mail.subject).toBe("Payments: a review is due");
    expect(mail.text).toContain("2027-02-12");
    expect(mail.text).toContain(`/orgs/${org.slug}/units/${unit.id}/review`);
    expect(mail.text).toContain("S4");
    expect((await notificationsOf(lead.personId)).map((n) => n.data)).toEqual([
      { unitName: "Payments", on: "2027-02-12", reviewKind: "checkpoint" },
    ]);
    expect(await notificationsOf(member.personId)).toEqual([]);
  });

  it("sends leads a digest of their units' KRs at risk or quiet, by unit and title, naming no people", async () => {
    clock = new Date("2027-02-01T10:00:00Z");
    const org = await t.buildOrg();
    const zeta = await t.buildUnit(org.id, { name: "Zeta" });
    const alpha = await t.buildUnit(org.id, { name: "Alpha" });
    const lead = await t.buildMember(org.id, {
      units: [
        [zeta.id, "lead"],
        [alpha.id, "lead"],
      ],
    });
    const quietLead = await t.buildMember(org.id, { units: [[alpha.id, "lead"]] }); // turned it off
    await choose(org.slug, quietLead, "digest", "off");
    const member = await t.buildMember(org.id, { units: [[zeta.id, "member"]] });
    const owner = await t.buildMember(org.id, { units: [[zeta.id, "member"]] });
    const ownerName = (
      await t.db.kysely.selectFrom("people").select("name").where("id", "=", owner.personId).executeTakeFirstOrThrow()
    ).name;
    const z = await t.buildObjective(org.id, {
      unitId: zeta.id,
      keyResults: [
        goodKeyResult({ title: "Zeta at risk", ownerId: owner.personId }),
        goodKeyResult({ title: "Zeta fine", ownerId: owner.personId }),
      ],
    });
    await t.buildObjective(org.id, {
      unitId: alpha.id,
      keyResults: [goodKeyResult({ title: "Alpha quiet", ownerId: owner.personId })],
    });
    clock = new Date("2027-02-14T10:00:00Z");
    await recordCheckIn(t.services, systemScope(org.id), z.keyResults[0]?.id as string, {
      value: 4.1,
      confidence: 0.2,
    });
    await recordCheckIn(t.services, systemScope(org.id), z.keyResults[1]?.id as string, { value: 5, confidence: 0.9 });
    clock = monday;
    await runJob(digestJob(t.services), monday);
    const got: ClaimedMessage[] = [];
    await worker(got, []).runOnce();
    const digests = mine(got, org.id, "digest");
    expect(digests.map((m) => (m.payload as MailPayload).to)).toEqual([await emailOf(lead.personId)]);
    const text = mailOf(digests[0]).text;
    expect(text.indexOf("Alpha")).toBeLessThan(text.indexOf("Zeta"));
    expect(text).toContain("at risk: Zeta at risk");
    expect(text).toContain("no reading: Alpha quiet");
    expect(text).not.toContain("Zeta fine");
    expect(text).not.toContain(ownerName);
    expect(text).not.toMatch(/\b(top|bottom|rank|best|worst)\b/i);
    expect(await notificationsOf(member.personId)).toEqual([]);
    expect((await notificationsOf(quietLead.personId)).map((n) => n.kind)).toEqual(["digest"]);
  });

  it("lets every member set their own choices and language, and keeps the bell", async () => {
    clock = new Date("2027-02-05T10:00:00Z");
    const org = await t.buildOrg();
    const viewer = await t.buildMember(org.id, { orgRole: "viewer" });
    const path = `/api/v1/orgs/${org.slug}/me/notification-preferences`;
    const defaults = await t.callAs(viewer, "GET", path);
    expect(defaults.body).toEqual({
      mailOn: false,
      preferences: [
        { kind: "checkin_reminder", channel: "mail", chosen: false, rule: "S5", applies: true },
        { kind: "review_due", channel: "mail", chosen: false, rule: "S4", applies: true },
        { kind: "mention", channel: "mail", chosen: false, rule: "S5", applies: true },
        { kind: "digest", channel: "mail", chosen: false, rule: "S5", applies: false },
        { kind: "source_failing", channel: "mail", chosen: false, rule: "K2", applies: true },
      ],
    });
    const wrong = await t.callAs(viewer, "PUT", path, { kind: "weather", channel: "pigeon" });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(["channel", "kind"]);
    const set = await t.callAs(viewer, "PUT", path, { kind: "review_due", channel: "chat" });
    expect(set.body.preferences[1]).toMatchObject({ kind: "review_due", channel: "chat", chosen: true });

    const locale = await t.callAs(viewer, "PUT", "/api/v1/auth/me/locale", { locale: "zh" });
    expect(locale.status).toBe(204);
    const user = await t.db.kysely
      .selectFrom("users")
      .select("locale")
      .where("id", "=", await userOf(viewer.personId));
    expect((await user.executeTakeFirstOrThrow()).locale).toBe("zh");
    expect((await t.callAs(null, "PUT", "/api/v1/auth/me/locale", { locale: "zh" })).status).toBe(401);
    expect((await t.callAs(viewer, "PUT", "/api/v1/auth/me/locale", { locale: "fr" })).status).toBe(400);

    // The bell: a mention, unread until opened.
    await addComment(
      t.services,
      systemScope(org.id),
      { objectiveId: (await t.buildObjective(org.id)).objective.id },
      {
        body: "FYI",
        mentionIds: [viewer.personId],
      },
    );
    const bell = `/api/v1/orgs/${org.slug}/me/notifications`;
    const before = await t.callAs(viewer, "GET", bell);
    expect(before.body.unread).toBe(1);
    expect(before.body.notifications[0]).toMatchObject({
      kind: "mention",
      readAt: null,
      data: { about: expect.any(String) },
    });
    expect((await t.callAs(viewer, "POST", `${bell}/read`, {})).status).toBe(204);
    const after = await t.callAs(viewer, "GET", bell);
    expect(after.body.unread).toBe(0);
    expect(after.body.notifications[0].readAt).not.toBeNull();
  });
});

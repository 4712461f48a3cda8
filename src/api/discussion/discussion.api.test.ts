import { expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import { systemScope } from "../../../tests/support/factories.ts";
import { snapshotOrganisation } from "../../../tests/support/snapshot.ts";
import { steppingClock } from "../../../tests/support/test-app.ts";
import { createPerson } from "../../services/people.ts";

// Discussion threads on a KR and on an objective (issue 10, docs/check-ins.md "Discussion"):
// @mentions stored as rows, edits and deletions by their author (an admin may delete), every
// change in the history (S7); viewers and API tokens read but do not comment.

// A second passes with every reading of the clock, so comments have an order of their own.
describeApi("discussion threads", { now: steppingClock("2027-02-15T12:00:00Z") }, (t) => {
  async function world() {
    const { org, base, objective, keyResults, member } = await t.buildTeamWithMember();
    return { org, base, objective, kr: keyResults[0]?.id as string, member };
  }

  it("stores the people a comment mentions, written as @Full Name or picked, and lists them with the thread", async () => {
    const { org, base, objective, kr, member } = await world();
    const ada = await createPerson(t.services, systemScope(org.id), {
      name: "Ada Lovelace",
      email: "ada@example.test",
    });
    const wei = await createPerson(t.services, systemScope(org.id), { name: "张伟", email: "wei@example.test" });
    const ann = await createPerson(t.services, systemScope(org.id), { name: "Ann", email: "ann@example.test" });
    const first = await t.callAs(member, "POST", `${base}/key-results/${kr}/comments`, {
      body: "@Ada Lovelace can you check the funnel? 也请@张伟看一下",
      mentionIds: [ann.id],
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ keyResultId: kr, objectiveId: null, authorId: member.personId, editedAt: null });
    expect(first.body.mentions.map((m: { id: string }) => m.id).sort()).toEqual([ada.id, ann.id, wei.id].sort());
    await t.call("POST", `${base}/key-results/${kr}/comments`, { body: "Thanks, @Annabel is on it" });
    const onObjective = await t.call("POST", `${base}/objectives/${objective.id}/comments`, {
      body: "On the objective",
    });
    expect(onObjective.body).toMatchObject({ objectiveId: objective.id, keyResultId: null, mentions: [] });

    const thread = await t.call("GET", `${base}/key-results/${kr}/comments`);
    expect(thread.body.comments.map((c: { body: string }) => c.body)).toEqual([
      "@Ada Lovelace can you check the funnel? 也请@张伟看一下",
      "Thanks, @Annabel is on it",
    ]);
    expect(thread.body.comments[1].mentions).toEqual([]);
    expect(thread.body.comments[0].authorName).toMatch(/^Person /);
    const objectiveThread = await t.call("GET", `${base}/objectives/${objective.id}/comments`);
    expect(objectiveThread.body.comments.map((c: { id: string }) => c.id)).toEqual([onObjective.body.id]);

    // Mentions are queryable by person: where was Ada mentioned?
    const mentionsOfAda = await t.db.kysely
      .selectFrom("commentMentions")
      .select("commentId")
      .where("orgId", "=", org.id)
      .where("personId", "=", ada.id)
      .execute();
    expect(mentionsOfAda).toEqual([{ commentId: first.body.id }]);
  });

  it("refuses a picked person outside the organisation naming the field, and an empty comment; nothing written", async () => {
    const { org, base, kr } = await world();
    const other = await t.buildOrg();
    const stranger = await createPerson(t.services, systemScope(other.id), { name: "Eve", email: "eve@example.test" });
    const before = await snapshotOrganisation(t.db.kysely, org.id);
    const res = await t.call("POST", `${base}/key-results/${kr}/comments`, { body: "hi", mentionIds: [stranger.id] });
    expect(res.status).toBe(404);
    expect(res.body.error.details).toEqual([
      { field: "mentionIds.0", rule: "exists", message: "no person with this id in the organisation" },
    ]);
    const empty = await t.call("POST", `${base}/key-results/${kr}/comments`, { body: "   " });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details).toEqual([expect.objectContaining({ field: "body", rule: "too_small" })]);
    expect(await snapshotOrganisation(t.db.kysely, org.id)).toEqual(before);
  });

  it("lets only the author edit a comment, and the author or an admin delete it; both are in the history (S7)", async () => {
    const { org, base, objective, kr, member } = await world();
    const colleague = await t.buildMember(org.id, { units: [[objective.unitId, "member"]] });
    const posted = await t.callAs(member, "POST", `${base}/key-results/${kr}/comments`, { body: "Frist!" });
    const id = posted.body.id;
    for (const who of [colleague, null]) {
      const res = who
        ? await t.callAs(who, "PATCH", `${base}/comments/${id}`, { body: "Hijacked" })
        : await t.call("PATCH", `${base}/comments/${id}`, { body: "Admin rewrite" });
      expect(res.status).toBe(403);
      expect(res.body.error.reason).toBe("own_comment_only");
    }
    const edited = await t.callAs(member, "PATCH", `${base}/comments/${id}`, { body: "First!" });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ body: "First!", createdAt: posted.body.createdAt });
    expect(edited.body.editedAt > posted.body.createdAt).toBe(true);
    expect((await t.callAs(colleague, "DELETE", `${base}/comments/${id}`)).status).toBe(403);
    expect((await t.call("DELETE", `${base}/comments/${id}`)).status).toBe(204);
    expect((await t.call("GET", `${base}/key-results/${kr}/comments`)).body.comments).toEqual([]);
    const own = await t.callAs(member, "POST", `${base}/objectives/${objective.id}/comments`, { body: "Mine" });
    expect((await t.callAs(member, "DELETE", `${base}/comments/${own.body.id}`)).status).toBe(204);
    expect((await t.callAs(member, "DELETE", `${base}/comments/${own.body.id}`)).status).toBe(404);

    const history = await t.db.kysely
      .selectFrom("history")
      .select(["entityId", "action", "actorId", "before"])
      .where("orgId", "=", org.id)
      .where("entity", "=", "comment")
      .orderBy("changedAt")
      .execute();
    expect(history.filter((h) => h.entityId === id).map((h) => h.action)).toEqual(["create", "update", "delete"]);
    const deletion = history.find((h) => h.entityId === id && h.action === "delete");
    expect(deletion?.actorId).not.toBe(member.personId); // the admin, recorded
    expect(deletion?.before).toMatchObject({ body: "First!" });
  });

  it("lets members of other units comment, but not viewers or API tokens; private units stay closed", async () => {
    const { org, base, kr } = await world();
    const elsewhere = await t.buildMember(org.id, {
      units: [[(await t.buildUnit(org.id)).id, "member"]],
    });
    const viewer = await t.buildMember(org.id, { orgRole: "viewer" });
    expect((await t.callAs(elsewhere, "POST", `${base}/key-results/${kr}/comments`, { body: "Nice" })).status).toBe(
      201,
    );
    const refused = await t.callAs(viewer, "POST", `${base}/key-results/${kr}/comments`, { body: "Me too" });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({
      reason: "viewers_do_not_comment",
      message: "Viewers and API tokens read discussions but do not comment.",
    });
    expect((await t.callAs(viewer, "GET", `${base}/key-results/${kr}/comments`)).status).toBe(200);

    const hidden = await t.buildObjective(org.id, {
      unitId: (await t.buildUnit(org.id, { private: true })).id,
    });
    const closed = await t.callAs(elsewhere, "POST", `${base}/objectives/${hidden.objective.id}/comments`, {
      body: "Peek",
    });
    expect(closed.status).toBe(403);
    expect(closed.body.error.reason).toBe("private_unit");
    expect((await t.callAs(elsewhere, "GET", `${base}/objectives/${hidden.objective.id}/comments`)).status).toBe(403);
  });
});

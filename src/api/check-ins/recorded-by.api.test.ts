import { expect, it } from "vitest";
import { describeApi } from "../../../tests/support/api-test.ts";
import { snapshotOrganisation } from "../../../tests/support/snapshot.ts";

// Issue 12, defect 6: a check-in's `authorId` let a member record readings as someone else and
// the real caller was lost. Who recorded a reading is kept (`recordedBy`); a member records only
// their own readings, the unit's lead or an admin may record one for someone else
// (src/domain/policies.ts, docs/check-ins.md).

describeApi("who recorded a reading", { now: "2027-02-15T12:00:00Z" }, (t) => {
  async function world() {
    const { org, base, unit, keyResults, member } = await t.buildTeamWithMember();
    const lead = await t.buildMember(org.id, { units: [[unit.id, "lead"]] });
    const colleague = await t.buildMember(org.id, { units: [[unit.id, "member"]] });
    return { org, base, kr: keyResults[0]?.id as string, lead, member, colleague };
  }

  it("refuses a member's reading for someone else, single or in a batch, and writes nothing", {
    timeout: 120_000,
  }, async () => {
    const { org, base, kr, member, colleague } = await world();
    const before = await snapshotOrganisation(t.db.kysely, org.id);
    const single = await t.callAs(member, "POST", `${base}/key-results/${kr}/check-ins`, {
      value: 5,
      authorId: colleague.personId,
    });
    expect(single.status).toBe(403);
    expect(single.body.error.reason).toBe("own_readings_only");
    const batch = await t.callAs(member, "POST", `${base}/check-ins`, {
      checkIns: [
        { keyResultId: kr, value: 5, authorId: member.personId },
        { keyResultId: kr, value: 6, authorId: colleague.personId },
      ],
    });
    expect(batch.status).toBe(403);
    expect(batch.body.error.details).toEqual([
      expect.objectContaining({ field: "checkIns.1.authorId", rule: "own_readings_only" }),
    ]);
    expect(await snapshotOrganisation(t.db.kysely, org.id)).toEqual(before);
  });

  it("keeps the caller as recordedBy and shows who recorded a reading for whom", { timeout: 120_000 }, async () => {
    const { org, base, kr, lead, member } = await world();
    const own = await t.callAs(member, "POST", `${base}/key-results/${kr}/check-ins`, {
      value: 5,
      authorId: member.personId,
    });
    expect(own.status).toBe(201);
    expect(own.body.checkIn).toMatchObject({ authorId: member.personId, recordedBy: member.personId });
    const forMember = await t.callAs(lead, "POST", `${base}/key-results/${kr}/check-ins`, {
      value: 6,
      authorId: member.personId,
      checkedInAt: "2027-02-15T11:00:00Z",
    });
    expect(forMember.status).toBe(201);
    expect(forMember.body.checkIn).toMatchObject({ authorId: member.personId, recordedBy: lead.personId });
    const someone = await t.buildPerson(org.id);
    const byAdmin = await t.call("POST", `${base}/check-ins`, {
      checkIns: [{ keyResultId: kr, value: 7, authorId: someone.id, checkedInAt: "2027-02-15T10:00:00Z" }],
    });
    expect(byAdmin.status).toBe(201);
    const readings = (await t.call("GET", `${base}/key-results/${kr}/check-ins`)).body.checkIns;
    const names = async (id: string) =>
      (await t.db.kysely.selectFrom("people").select("name").where("id", "=", id).executeTakeFirstOrThrow()).name;
    const adminId = (
      await t.db.kysely
        .selectFrom("people")
        .select("id")
        .where("orgId", "=", org.id)
        .where("role", "=", "admin")
        .executeTakeFirstOrThrow()
    ).id;
    expect(
      readings.map((r: { value: number; authorName: string; recordedById: string; recordedByName: string }) => [
        r.value,
        r.authorName,
        r.recordedById,
        r.recordedByName,
      ]),
    ).toEqual([
      [5, await names(member.personId), member.personId, await names(member.personId)],
      [6, await names(member.personId), lead.personId, await names(lead.personId)],
      [7, someone.name, adminId, await names(adminId)],
    ]);
  });
});

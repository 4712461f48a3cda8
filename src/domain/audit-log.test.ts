import { describe, expect, it } from "vitest";
import { itMaps } from "../../tests/support/table-cases.ts";
import {
  type AuditEntity,
  auditQueryOf,
  csvCell,
  csvLine,
  entityNameOf,
  REDACTED,
  withoutSecrets,
} from "./audit-log.ts";

describe("csvCell", () => {
  itMaps("%j -> %s", csvCell, [
    [null, ""],
    ["", ""],
    ["Ana Lima", "Ana Lima"],
    ["Payments, billing", '"Payments, billing"'],
    ['She said "no"', '"She said ""no"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\rlf", '"cr\rlf"'],
    // Formula injection: a leading apostrophe makes a spreadsheet show the text, not run it.
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ["+1", "'+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", '"\'\r=1"'],
    ["a=b", "a=b"],
    ["2027-01-15T09:30:00.000Z", "2027-01-15T09:30:00.000Z"],
    ['{"name":"x"}', '"{""name"":""x""}"'],
    ["经营分析", "经营分析"],
  ]);

  it("ends a line with CRLF", () => {
    expect(csvLine(["a", null, "b,c"])).toBe('a,,"b,c"\r\n');
  });
});

describe("withoutSecrets", () => {
  itMaps("%j -> %j", withoutSecrets, [
    [null, null],
    ["text", "text"],
    [
      { name: "Ops", secret: "whsec_1" },
      { name: "Ops", secret: REDACTED },
    ],
    [
      { tokenHash: "abc", scope: "read" },
      { tokenHash: REDACTED, scope: "read" },
    ],
    [
      { token: "inv_1", email: "a@b.c" },
      { token: REDACTED, email: "a@b.c" },
    ],
    [{ sso: { clientSecret: "s", clientId: "c" } }, { sso: { clientSecret: REDACTED, clientId: "c" } }],
    [
      { passwordHash: "x", list: [{ password: "p" }] },
      { passwordHash: REDACTED, list: [{ password: REDACTED }] },
    ],
    [{ tokenScope: "read" }, { tokenScope: "read" }],
    [
      { clientSecretChanged: true, clientId: "grove" },
      { clientSecretChanged: true, clientId: "grove" },
    ],
  ]);
});

describe("entityNameOf", () => {
  it.each<[AuditEntity, unknown, unknown, string | null, string | null]>([
    ["unit", { name: "Old" }, { name: "New" }, null, "New"],
    ["unit", { name: "Gone" }, null, null, "Gone"],
    ["person", { name: "Ana" }, { name: "Ana L." }, "Ana Lima", "Ana Lima"],
    ["membership", { role: "member" }, { role: "lead" }, "Ana Lima", "Ana Lima"],
    ["membership", { role: "member" }, null, null, null],
    ["strategy", null, { title: "Win on depth" }, null, "Win on depth"],
    ["invitation", null, { email: "li@example.com" }, null, "li@example.com"],
    ["coach_setting", { rule: "K1" }, { rule: "K1" }, null, "K1"],
    ["api_token", null, { name: "CI" }, null, "CI"],
    ["sso_settings", null, { issuer: "https://id.example.com", clientId: "grove" }, null, "https://id.example.com"],
    ["period", null, { name: "" }, null, null],
  ])("%s %j %j %s -> %s", (entity, before, after, personName, name) => {
    expect(entityNameOf(entity, before, after, personName)).toBe(name);
  });
});

describe("auditQueryOf", () => {
  const startOf = (day: string, daysAfter: number) => `${day}+${daysAfter}`;

  it("makes a day `to` include that day: [from, to) with to at the start of the next day", () => {
    expect(auditQueryOf({ from: "2027-03-01", to: "2027-03-01" }, startOf)).toEqual({
      from: "2027-03-01+0",
      to: "2027-03-01+1",
    });
  });

  it("keeps the entity type and actor and leaves out what is empty", () => {
    expect(auditQueryOf({ entityType: "unit", actor: "a1", from: "", to: undefined }, startOf)).toEqual({
      entityType: "unit",
      actor: "a1",
    });
    expect(auditQueryOf({ actor: "" }, startOf)).toEqual({});
  });
});

import { existsSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runGrove } from "../../../tests/ops/grove-process.ts";
import { dataDirFrom } from "../../../tests/support/data-dirs.ts";

/** `grove apply` and `grove export` as an operator runs them, each on its own embedded database. */
async function grove(...args: string[]): Promise<{ code: number | null; output: string }> {
  const proc = runGrove(args);
  const code = await proc.exited;
  return { code, output: proc.output() };
}

describe("grove apply and grove export", { timeout: 120_000 }, () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "grove-apply-"));
  });

  it("refuses invalid files with exit 2, naming file, line and field, and writes nothing", async () => {
    const data = join(dir, "never");
    const cases: [string, string][] = [
      [
        "period: 2027-Q1\nunits:\n  - name: Growth\n    objectivs: []\n",
        "bad.yaml:4: units[0].objectivs: unknown field",
      ],
      [
        "period: 2027-Q1\nunits:\n  - name: A\n    parent: B\n",
        'bad.yaml:4: units[0].parent: parent "B" is not a unit',
      ],
      ["period: 2027-Q1\nunits: [\n", "bad.yaml:3: invalid YAML"],
    ];
    for (const [text, message] of cases) {
      const file = join(dir, "bad.yaml");
      await writeFile(file, text);
      const result = await grove("apply", file, "--org", "acme", "-d", data);
      expect(result.code).toBe(2);
      expect(result.output).toContain(message.replace("bad.yaml", file));
      expect(result.output).toContain("not applied: the file is not valid");
    }
    const badSlug = await grove("apply", "examples/okrs/guide-good.en.yaml", "--org", "Acme Co", "-d", data);
    expect(badSlug.code).toBe(2);
    expect(badSlug.output).toContain('--org "Acme Co" is not an organisation slug');
    expect(existsSync(data)).toBe(false);
  });

  // Each command opens an embedded database (seconds), so commands on different databases run
  // side by side: A takes a dry run and then real runs, S is a source to export, C its copy.
  // A starts empty (a first apply makes the database); S and C are copies of a migrated one.
  it("prints the plan in a dry run and writes nothing; applies; re-applying changes nothing; round-trips", async () => {
    const a = join(dir, "a");
    const [s, c] = ["s", "c"].map((name) => dataDirFrom("migrated", join(dir, name))) as [string, string];
    const file = "examples/okrs/guide-good.en.yaml";
    const exported = join(dir, "exported.yaml");
    const [dry, source] = await Promise.all([
      grove("apply", file, "--org", "acme", "--dry-run", "-d", a),
      grove("apply", "examples/okrs/guide-good.zh.yaml", "--org", "acme", "-d", s),
    ]);
    expect(dry.code).toBe(0);
    expect(dry.output).toContain(
      `${file} -> organisation "acme", period 2027-Q1\n+ organisation acme\n+ period 2027-Q1\n`,
    );
    expect(dry.output).toContain(
      `+ objective "Cookware Co" / "Become home cooks' trusted cookware supplier" (active; 3 key results)\n`,
    );
    expect(dry.output).toMatch(/Dry run: would create \d+ and change 0; nothing was written\.\n$/);
    expect(source.code).toBe(0);

    const [nothing, first] = await Promise.all([
      grove("export", "--period", "2027-Q1", "-d", a),
      grove("export", "--period", "2027-Q1", "-d", s, "-o", exported),
    ]);
    expect(nothing.code).toBe(2);
    expect(nothing.output).toContain("this database has no organisation yet: pass --org SLUG");
    expect(first.code).toBe(0);

    const [applied, copied] = await Promise.all([
      grove("apply", file, "--org", "acme", "-d", a),
      grove("apply", exported, "--org", "copy", "-d", c),
    ]);
    expect(applied.code).toBe(0);
    expect(applied.output).toMatch(/Applied: created \d+, changed 0\.\n$/);
    expect(copied.code).toBe(0);

    const [again, second] = await Promise.all([
      grove("apply", file, "-d", a),
      grove("export", "--period", "2027-Q1", "--org", "copy", "-d", c),
    ]);
    expect(again.output).toContain("No changes: the organisation already matches the file.");
    expect(again.code).toBe(0);
    expect(second.code).toBe(0);
    expect(second.output).toBe(await readFile(exported, "utf8"));

    // With two organisations in the database, a command without --org asks instead of guessing.
    expect((await grove("apply", file, "--org", "other", "-d", a)).code).toBe(0);
    const ambiguous = await grove("export", "--period", "2027-Q1", "-d", a);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.output).toContain("several organisations: pass --org SLUG (acme, other)");
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type RawBuilder, sql } from "kysely";
import { expect, it } from "vitest";
import { describeApi } from "../support/api-test.ts";

// Issue 18.6: the schema distributes by organisation on Citus without change (docs/sizing.md,
// "Past one server"). Citus hashes a distributed table's rows by one column, org_id here, and
// keeps every organisation's rows of every tenant table on one node (colocation); it can then
// enforce a unique index or a foreign key inside one node only. So, read from the migrated
// database's own catalog:
// - every tenant table has a NOT NULL org_id (a row without one would have no node);
// - its primary key, every unique index and every exclusion constraint include org_id (with =);
// - every foreign key between tenant tables matches org_id to org_id (both rows on one node);
// - a tenant table references global tables only among those that become reference tables
//   (copied to every node), and no global table references a tenant table (Citus cannot);
// - sequences and identity columns are listed (Citus hands each node its own range of values);
// - every tenant table has row-level security with the one policy on org_id, so a query run as
//   the app's tenant role (grove_app, which owns nothing and cannot bypass them; see
//   tenant-isolation.test.ts) sees one organisation's rows even if its SQL forgets the filter.

/**
 * The tables that hold no single organisation's data, each with why. Every other table is a
 * tenant table. On Citus the small ones become reference tables (a copy on every node) and the
 * server's queues stay on the coordinator (a local table); docs/sizing.md says which.
 */
const globalTables: Record<string, string> = {
  organisations: "the tenants themselves, one row each; every request resolves its slug here (a reference table)",
  users: "an account is one person in several organisations (people.user_id), signing in once for all of them",
  sessions: "a signed-in account, across its organisations",
  two_factor: "an account's second factor",
  two_factor_recovery_codes: "an account's recovery codes",
  sign_in_challenges: "an account half-way through signing in, before an organisation is chosen",
  password_resets: "an account's password reset",
  email_verifications: "an account's e-mail check",
  sign_in_throttle: "counters keyed by the address and the e-mail tried, before anyone is known",
  server_secrets: "the server's own keys",
  scheduled_runs: "one run of a server-wide job per time slot, across every instance and organisation",
  schema_migrations: "the schema's own version",
  outbox:
    "the server's delivery queue: any instance claims due rows of every organisation, and account mail belongs to none (org_id null)",
  coach_rules: "the coach's rule ids, the same list for every organisation",
  history_entities: "the kinds of thing the history records, the same for every organisation",
  learning_sources: "where a learning may come from, the same for every organisation",
};

/** The global tables a tenant table may reference: small, read-mostly, copied to every node. */
const referenceTables = ["coach_rules", "history_entities", "learning_sources", "organisations", "users"];

/**
 * Every sequence-fed column. On Citus a bigint identity on a distributed table draws from a
 * range per node: unique, and increasing on the node an organisation lives on, but not across a
 * move of its shard to another node. period_transitions.seq only orders one period's steps when
 * two share a timestamp (repositories/period-lifecycle.ts), so a move could misorder the steps
 * recorded in the same instant across it: docs/sizing.md lists it among what to check.
 */
const sequenceColumns = ["period_transitions.seq (bigint identity)"];

const srcDir = fileURLToPath(new URL("../../src", import.meta.url));
const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * Every ON CONFLICT target in src/ (Kysely's onConflict and raw SQL), with the table of the
 * insert before it: a key this migration work changes must stay the one these upserts name.
 */
function onConflictTargets(): { where: string; table: string; columns: string[] | null }[] {
  const files = readdirSync(srcDir, { recursive: true, encoding: "utf8" }).filter(
    (file) => /\.ts$/.test(file) && !/\.test\.ts$/.test(file) && !file.startsWith("web/"),
  );
  return files.flatMap((file) => {
    const text = readFileSync(join(srcDir, file), "utf8");
    // Every Kysely onConflict (its target read from what follows; null when it is no list of
    // columns) and every raw "on conflict (...)"; a bare "on conflict do" needs no key.
    const found = [...text.matchAll(/\.onConflict\(|on conflict\s*\(([^)]*)\)/gi)].map((match) => {
      if (match[1] !== undefined) return { at: match.index, columns: match[1] };
      const target = /^\s*\(?(\w+)\)?\s*=>\s*\1\.columns?\(([^)]*)\)/.exec(text.slice(match.index + 12));
      return { at: match.index, columns: target?.[2] ?? null };
    });
    return found.map(({ at, columns }) => {
      const before = text.slice(0, at);
      const inserts = [...before.matchAll(/insertInto\("(\w+)"\)|insert into (\w+)/g)];
      const last = inserts[inserts.length - 1];
      return {
        where: `${file}:${before.split("\n").length}`,
        table: snake(last?.[1] ?? last?.[2] ?? "?"),
        columns: columns === null ? null : (columns.match(/\w+/g) ?? []).map(snake).sort(),
      };
    });
  });
}

/** The one row-level policy of a tenant table (migration 0002, grove_protect_tenant_table). */
const tenantPolicy = { cmd: "ALL", permissive: "PERMISSIVE", qual: "(org_id = grove_current_org())" };

describeApi("the schema distributes by organisation (Citus-ready, issue 18.6)", (t) => {
  const rows = async <R>(query: RawBuilder<R>) => (await query.execute(t.db.kysely)).rows;
  const tables = async () =>
    rows<{ name: string; orgIdNullable: boolean | null; rowSecurity: boolean }>(sql`
      select c.relname as name, c.relrowsecurity as row_security,
             (select not a.attnotnull from pg_attribute a
              where a.attrelid = c.oid and a.attname = 'org_id' and not a.attisdropped) as org_id_nullable
      from pg_class c
      where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
      order by c.relname`);
  const tenantTables = async () => (await tables()).filter((table) => !(table.name in globalTables));

  it("names every global table that exists, and treats every other table as a tenant table", async () => {
    const names = (await tables()).map((table) => table.name);
    expect(Object.keys(globalTables).filter((name) => !names.includes(name))).toEqual([]);
    expect((await tenantTables()).length).toBeGreaterThanOrEqual(40);
    // Partitioned, foreign and materialised tables would each need their own thought on Citus.
    const others = await rows<{ name: string }>(sql`
      select relname as name from pg_class
      where relnamespace = current_schema()::regnamespace and relkind in ('p', 'f', 'm')`);
    expect(others).toEqual([]);
  });

  it("gives every tenant table a NOT NULL org_id", async () => {
    const violations = (await tenantTables())
      .filter((table) => table.orgIdNullable !== false)
      .map((table) => `${table.name}: ${table.orgIdNullable === null ? "no org_id" : "org_id may be null"}`);
    expect(violations).toEqual([]);
  });

  it("includes org_id in every tenant table's primary key, unique index and exclusion constraint", async () => {
    const tenant = new Set((await tenantTables()).map((table) => table.name));
    // Unique indexes cover primary keys and unique constraints (each has one), and partial or
    // expression indexes too: org_id must be one of the key's plain columns.
    const unique = await rows<{ tableName: string; indexName: string; hasOrgId: boolean }>(sql`
      select c.relname as table_name, i.relname as index_name,
             exists (select 1 from pg_attribute a
                     where a.attrelid = c.oid and a.attname = 'org_id'
                       and exists (select 1 from generate_series(0, x.indnkeyatts - 1) as k
                                   where x.indkey[k] = a.attnum)) as has_org_id
      from pg_index x
      join pg_class c on c.oid = x.indrelid
      join pg_class i on i.oid = x.indexrelid
      where c.relnamespace = current_schema()::regnamespace and x.indisunique`);
    const exclusions = await rows<{ tableName: string; name: string; definition: string }>(sql`
      select k.conrelid::regclass::text as table_name, k.conname as name, pg_get_constraintdef(k.oid) as definition
      from pg_constraint k
      where k.connamespace = current_schema()::regnamespace and k.contype = 'x'`);
    const violations = [
      ...unique
        .filter((index) => tenant.has(index.tableName) && !index.hasOrgId)
        .map((index) => `${index.tableName}: unique index ${index.indexName} without org_id`),
      ...exclusions
        .filter((exclusion) => tenant.has(exclusion.tableName) && !/\(org_id WITH =/.test(exclusion.definition))
        .map((exclusion) => `${exclusion.tableName}: exclusion ${exclusion.name} without org_id WITH =`),
    ];
    // Migration 0041 widened the last three (token and state hashes) to (hash, org_id).
    expect(violations).toEqual([]);
    expect(unique.filter((index) => tenant.has(index.tableName)).length).toBeGreaterThanOrEqual(40);
  });

  it("still finds an API token, an invitation and an SSO state by its hash alone through the widened key", async () => {
    // Migration 0041 made each (hash, org_id), the hash first: the lookups by hash alone
    // (request-identity.ts, accounts.ts, sso.ts) keep an index. With sequential scans priced
    // out, the plan names the index it would use.
    const plans = await t.db.kysely.transaction().execute(async (tx) => {
      await sql`set local enable_seqscan = off`.execute(tx);
      const plan = async (table: string, column: string) =>
        (
          await sql<{
            "QUERY PLAN": string;
          }>`explain select * from ${sql.table(table)} where ${sql.ref(column)} = 'x'`.execute(tx)
        ).rows
          .map((row) => row["QUERY PLAN"])
          .join("\n");
      return [
        await plan("api_tokens", "token_hash"),
        await plan("invitations", "token_hash"),
        await plan("sso_states", "state_hash"),
      ];
    });
    expect(plans).toEqual([
      expect.stringMatching(/Index Scan (using|on) api_tokens_token_hash_key\b/),
      expect.stringMatching(/Index Scan (using|on) invitations_token_hash_key\b/),
      expect.stringMatching(/Index Scan (using|on) sso_states_pkey\b/),
    ]);
  });

  it("matches org_id to org_id in every foreign key between tenant tables, and keeps global tables out of tenant ones", async () => {
    const tenant = new Set((await tenantTables()).map((table) => table.name));
    const keys = await rows<{ name: string; from: string; to: string; pairs: string[] }>(sql`
      select k.conname as name, k.conrelid::regclass::text as from, k.confrelid::regclass::text as to,
             array(select fa.attname || '=' || ta.attname
                   from unnest(k.conkey, k.confkey) as pair(f, t)
                   join pg_attribute fa on fa.attrelid = k.conrelid and fa.attnum = pair.f
                   join pg_attribute ta on ta.attrelid = k.confrelid and ta.attnum = pair.t) as pairs
      from pg_constraint k
      where k.connamespace = current_schema()::regnamespace and k.contype = 'f'
      order by 2, 1`);
    const violations = keys.flatMap((key) => {
      const fromTenant = tenant.has(key.from);
      const toTenant = tenant.has(key.to);
      if (fromTenant && toTenant && !key.pairs.includes("org_id=org_id"))
        return [`${key.name}: ${key.from} -> ${key.to} does not match org_id to org_id`];
      if (!fromTenant && toTenant) return [`${key.name}: global ${key.from} references tenant ${key.to}`];
      if (fromTenant && !toTenant && !referenceTables.includes(key.to))
        return [`${key.name}: ${key.from} references ${key.to}, which is no reference table`];
      return [];
    });
    expect(violations).toEqual([]);
    expect(keys.filter((key) => tenant.has(key.from) && tenant.has(key.to)).length).toBeGreaterThanOrEqual(60);
    // Each reference table is global, and referenced: the list says what the catalog has.
    const referenced = [
      ...new Set(keys.filter((key) => tenant.has(key.from) && !tenant.has(key.to)).map((key) => key.to)),
    ];
    expect(referenced.sort()).toEqual(referenceTables);
  });

  it("keeps a unique key under every ON CONFLICT target in src/", async () => {
    const keys = await rows<{ tableName: string; columns: string[] }>(sql`
      select c.relname as table_name,
             array(select a.attname::text from generate_series(0, x.indnkeyatts - 1) as k
                   join pg_attribute a on a.attrelid = c.oid and a.attnum = x.indkey[k]
                   order by 1) as columns
      from pg_index x
      join pg_class c on c.oid = x.indrelid
      where c.relnamespace = current_schema()::regnamespace and x.indisunique and x.indpred is null`);
    const targets = onConflictTargets();
    const unmatched = targets
      .filter(({ table, columns }) =>
        keys.every((key) => key.tableName !== table || key.columns.join() !== columns?.join()),
      )
      .map(({ where, table, columns }) => `${where}: ${table} (${columns?.join(", ") ?? "target not read"})`);
    expect(unmatched).toEqual([]);
    expect(targets.length).toBeGreaterThanOrEqual(15);
  });

  it("lists every sequence and identity column", async () => {
    const columns = await rows<{ column: string }>(sql`
      select c.relname || '.' || a.attname || ' (' || format_type(a.atttypid, a.atttypmod)
             || case a.attidentity when 'a' then ' identity' when 'd' then ' identity' else ' serial' end || ')' as column
      from pg_depend d
      join pg_class s on s.oid = d.objid and s.relkind = 'S'
      join pg_class c on c.oid = d.refobjid
      join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
      where c.relnamespace = current_schema()::regnamespace and d.deptype in ('a', 'i')
      union all
      select table_name || '.' || column_name || ' (default ' || column_default || ')'
      from information_schema.columns
      where table_schema = current_schema() and column_default like 'nextval(%'
      order by 1`);
    expect(columns.map((row) => row.column)).toEqual(sequenceColumns);
  });

  it("protects every tenant table with row-level security on org_id, the filter a forgotten WHERE would miss", async () => {
    const policies = await rows<{
      tableName: string;
      cmd: string;
      permissive: string;
      qual: string;
      withCheck: string;
    }>(sql`
      select tablename as table_name, cmd, permissive, qual, with_check
      from pg_policies where schemaname = current_schema()`);
    const violations = (await tenantTables()).flatMap((table) => {
      const own = policies.filter((policy) => policy.tableName === table.name);
      if (!table.rowSecurity) return [`${table.name}: row-level security off`];
      const [policy, ...more] = own;
      if (!policy || more.length > 0) return [`${table.name}: ${own.length} policies`];
      const { cmd, permissive, qual, withCheck } = policy;
      const same = cmd === tenantPolicy.cmd && permissive === tenantPolicy.permissive;
      return same && qual === tenantPolicy.qual && withCheck === tenantPolicy.qual
        ? []
        : [`${table.name}: ${cmd} ${permissive} using ${qual} with check ${withCheck}`];
    });
    expect(violations).toEqual([]);
    // The policies bind the app's tenant role because it owns no table (an owner skips them
    // unless FORCE is set, which would also bind the server's own jobs across organisations).
    const owned = await rows<{ name: string }>(sql`
      select relname as name from pg_class
      where relnamespace = current_schema()::regnamespace and relowner = 'grove_app'::regrole`);
    expect(owned).toEqual([]);
  });
});

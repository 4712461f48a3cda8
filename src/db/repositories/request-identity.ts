import { type Kysely, type RawBuilder, sql } from "kysely";
import type { TokenScope } from "../../domain/policies.ts";
import type { Database } from "../schema.ts";

// Who an API request comes from, in one statement: its credential (a session or an API token)
// and, when the path names an organisation, the caller's person in it with their organisation
// role and unit roles. One round trip instead of four queries and a transaction (issue 6).
//
// These statements run on the owner connection, outside the tenant's row-level policies, as the
// credential look-ups always have: sessions are global and nothing else says which tenant to
// enter. The tenant rows they read are confined by their own joins instead: the organisation is
// the one named by the slug, the person is the credential's own (by user, or the token's person
// in the token's organisation), and the unit roles are that person's in that organisation.

/** The caller in the organisation the path names; null when they are not a member of it. */
export interface MemberRow {
  orgId: string;
  personId: string;
  orgRole: "admin" | "member" | "viewer";
  /** [unit id, role] of every unit the person leads or belongs to. */
  unitRoles: [string, "lead" | "member"][];
}

export interface SessionIdentity {
  idHash: string;
  userId: string;
  csrfHash: string;
  expiresAt: Date;
  lastSeenAt: Date;
  /** Made by this organisation's single sign-on: the session reaches no other (migration 0019). */
  ssoOrgId: string | null;
  member: MemberRow | null;
}

export interface TokenIdentity {
  id: string;
  name: string;
  orgId: string;
  personId: string;
  scope: TokenScope;
  /** Null: until revoked. The caller refuses a token past it (migration 0033). */
  expiresAt: Date | null;
  member: MemberRow | null;
}

/** A credential by its secret's hash, with its person in the organisation `slug` names. */
type FindIdentity<T> = (db: Kysely<Database>, hash: string, slug: string | null) => Promise<T | null>;

/** A session by its id's hash, with the user's person in the organisation `slug` names. */
export const findSessionIdentity: FindIdentity<SessionIdentity> = (db, idHash, slug) =>
  withMember<Omit<SessionIdentity, "member">>(db, slug, {
    credential: sql`
      select s.id_hash, s.user_id, s.csrf_hash, s.expires_at, s.last_seen_at, s.sso_org_id
      from sessions s where s.id_hash = ${idHash}`,
    person: sql`p.user_id = c.user_id and (c.sso_org_id is null or p.org_id = c.sso_org_id)`,
  });

/**
 * A live (unrevoked) API token by its hash, with its person when `slug` names the token's own
 * organisation: a token never acts in another one.
 */
export const findTokenIdentity: FindIdentity<TokenIdentity> = (db, tokenHash, slug) =>
  withMember<Omit<TokenIdentity, "member">>(db, slug, {
    credential: sql`
      select t.id, t.name, t.org_id, t.person_id, t.scope, t.expires_at
      from api_tokens t where t.token_hash = ${tokenHash} and t.revoked_at is null`,
    person: sql`p.org_id = c.org_id and p.id = c.person_id`,
  });

interface MemberColumns {
  memberOrgId: string | null;
  memberPersonId: string | null;
  memberOrgRole: MemberRow["orgRole"] | null;
  memberUnitRoles: MemberRow["unitRoles"] | null;
}

/** The person `findPerson` picks in the organisation named `slug`, as member_* columns. */
function memberJoin(slug: string | null, findPerson: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`left join lateral (
      select o.id as member_org_id, p.id as member_person_id, p.role as member_org_role,
        (select coalesce(json_agg(json_build_array(m.unit_id, m.role)), '[]')
         from memberships m where m.org_id = p.org_id and m.person_id = p.id) as member_unit_roles
      from organisations o
      join people p on p.org_id = o.id and ${findPerson}
      where o.slug = ${slug}
    ) member on true`;
}

/**
 * The credential row `credential` selects (`c` to `person`), with the person `person` picks in the
 * organisation named `slug` made its `member`; null when there is no such credential.
 */
async function withMember<Own>(
  db: Kysely<Database>,
  slug: string | null,
  find: { credential: RawBuilder<unknown>; person: RawBuilder<unknown> },
): Promise<(Own & { member: MemberRow | null }) | null> {
  const result = await sql<Own & MemberColumns>`
    select c.*, member.* from (${find.credential}) c
    ${memberJoin(slug, find.person)}`.execute(db);
  const row = result.rows[0];
  if (!row) return null;
  const { memberOrgId: _org, memberPersonId: _person, memberOrgRole: _role, memberUnitRoles: _units, ...own } = row;
  return { ...(own as Own), member: memberOf(row) };
}

function memberOf(row: MemberColumns): MemberRow | null {
  if (!row.memberOrgId || !row.memberPersonId || !row.memberOrgRole) return null;
  return {
    orgId: row.memberOrgId,
    personId: row.memberPersonId,
    orgRole: row.memberOrgRole,
    unitRoles: row.memberUnitRoles ?? [],
  };
}

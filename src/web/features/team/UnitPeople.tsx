import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useMembers } from "../../api/queries.ts";
import type { Member } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Person } from "../../ui/Person.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import "../admin/admin.css";

/**
 * Who is in the unit (M3): its lead, who sets the objective, and its members, who write the key
 * results and check in. So "ask your lead" has a name; admins get a link to change it.
 */
export function UnitPeople({ unitId, canManage }: { unitId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const { org, link } = useOrg();
  const members = useMembers(org, unitId);
  // The strip keeps its place while the names load (no layout shift) and says nothing if they fail.
  const list = members.data?.members ?? [];
  const leads = list.filter((m) => m.role === "lead");
  const others = list.filter((m) => m.role === "member");
  return (
    <section className="card unit-people cluster" aria-labelledby="unit-people-title" aria-busy={members.isPending}>
      <h2 id="unit-people-title" className="unit-people__title">
        {t("admin.team.title")} <RuleId id="M3" />
      </h2>
      <dl className="unit-people__roles">
        <div>
          <dt>{t("admin.team.lead", { count: Math.max(leads.length, 1) })}</dt>
          <dd>
            <Names people={members.data === undefined ? undefined : leads} />
          </dd>
        </div>
        <div>
          <dt>{t("admin.team.members", { count: others.length })}</dt>
          <dd>
            <Names people={members.data === undefined ? undefined : others} />
          </dd>
        </div>
      </dl>
      {canManage && (
        <Link href={link("/people")} className="unit-people__manage">
          {t("admin.team.manage")}
        </Link>
      )}
    </section>
  );
}

/** The names of one role, "…" while they load, or that there is none. */
function Names({ people }: { people?: readonly Member[] }) {
  const { t } = useTranslation();
  if (people === undefined) return "…";
  if (people.length === 0) return <span className="subtle">{t("admin.team.none")}</span>;
  return people.map((m) => <Person key={m.personId} name={m.name} />);
}

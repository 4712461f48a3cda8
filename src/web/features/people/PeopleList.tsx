import { useTranslation } from "react-i18next";
import type { Member, Person } from "../../api/types.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Card } from "../../ui/Card.tsx";
import { Person as PersonName } from "../../ui/Person.tsx";
import { WhyNote } from "../../ui/WhyNote.tsx";
import { ChangeRole } from "../admin/ChangeRole.tsx";
import { RemovePerson } from "../admin/RemovePerson.tsx";
import { useMyPerson } from "../auth/MeContext.ts";
import { EditMemberships } from "./EditMemberships.tsx";
import type { PlacedUnit } from "./units.ts";
import "../admin/admin.css";

interface Props {
  people: Person[];
  units: PlacedUnit[];
  memberships: Member[];
  canManage: boolean;
}

/**
 * Everyone in the organisation: their organisation role and the units they lead or belong to.
 * Admins set a person's units and role and remove them; others see why they cannot.
 */
export function PeopleList({ people, units, memberships, canManage }: Props) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const me = useMyPerson(org);
  const unitName = new Map(units.map(({ unit }) => [unit.id, unit.name]));
  const order = new Map(units.map(({ unit }, index) => [unit.id, index]));
  return (
    <Card titleId="people-title" title={t("people.listTitle", { count: people.length })}>
      <ul className="people-list">
        {people.map((person) => {
          const self = person.id === me?.personId;
          const mine = memberships
            .filter((m) => m.personId === person.id)
            .sort((a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0));
          return (
            <li key={person.id} className="people-list__row" aria-label={person.name}>
              <div className="people-list__who stack stack--lines">
                <PersonName name={person.name} />
                <span className="subtle people-list__email">{person.email}</span>
              </div>
              <div className="people-list__role">
                <span className={`badge badge--role-${person.role}`}>{t(`orgRole.${person.role}`)}</span>
                {!person.userId && <span className="subtle">{t("people.noAccount")}</span>}
              </div>
              <div className="people-list__units">
                {mine.length === 0 ? (
                  <span className="subtle">{t("people.inNoUnit")}</span>
                ) : (
                  <ul className="chips" aria-label={t("people.unitsLabel")}>
                    {mine.map((m) => (
                      <li key={m.unitId} className={`chip chip--${m.role}`}>
                        {unitName.get(m.unitId) ?? "?"} · {t(`unitRole.${m.role}`)}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
              {canManage && (
                <div className="people-list__actions row-actions">
                  <EditMemberships person={person} units={units} memberships={memberships} />
                  <ChangeRole person={person} self={self} />
                  <RemovePerson person={person} self={self} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {!canManage && <WhyNote inCard>{t("admin.why.people")}</WhyNote>}
    </Card>
  );
}

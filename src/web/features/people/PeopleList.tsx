import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Member, Person } from "../../api/types.ts";
import { Icon } from "../../ui/Icon.tsx";
import { Person as PersonName } from "../../ui/Person.tsx";
import { MembershipDialog } from "./MembershipDialog.tsx";
import type { PlacedUnit } from "./units.ts";

interface Props {
  people: Person[];
  units: PlacedUnit[];
  memberships: Member[];
  canManage: boolean;
}

/** Everyone in the organisation: their organisation role and the units they lead or belong to. */
export function PeopleList({ people, units, memberships, canManage }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Person | null>(null);
  const unitName = new Map(units.map(({ unit }) => [unit.id, unit.name]));
  const order = new Map(units.map(({ unit }, index) => [unit.id, index]));
  return (
    <section className="card" aria-labelledby="people-title">
      <div className="card__header">
        <h2 id="people-title">{t("people.listTitle", { count: people.length })}</h2>
      </div>
      <ul className="people-list">
        {people.map((person) => {
          const mine = memberships
            .filter((m) => m.personId === person.id)
            .sort((a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0));
          return (
            <li key={person.id} className="people-list__row" aria-label={person.name}>
              <div className="people-list__who">
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
                <div className="people-list__actions">
                  <button
                    type="button"
                    className="btn btn--small"
                    onClick={() => setEditing(person)}
                    aria-label={t("people.editUnitsOf", { name: person.name })}
                  >
                    <Icon name="edit" />
                    {t("people.editUnits")}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {canManage && (
        <MembershipDialog person={editing} units={units} memberships={memberships} onClose={() => setEditing(null)} />
      )}
    </section>
  );
}

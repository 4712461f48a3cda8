import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { usePeople, usePersonKeyResults } from "../../api/queries.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { PageHeader } from "../../layout/PageHeader.tsx";
import { EmptyState } from "../../ui/EmptyState.tsx";
import { LoadError, loadFailed } from "../../ui/LoadError.tsx";
import { PageSkeleton } from "../../ui/Skeleton.tsx";
import { useMyPerson } from "../auth/MeContext.ts";
import { KeyResultCard } from "../team/KeyResultCard.tsx";

/** The key results a person owns across the organisation, each with its check-in button. */
export function MyKeyResultsPage() {
  const { t } = useTranslation();
  const { org, period, link } = useOrg();
  const people = usePeople(org);
  // Your own key results first; anyone else's are one choice away (S5: OKRs are open to read).
  const [me, setMe] = useState(useMyPerson(org)?.personId ?? "");
  const owned = usePersonKeyResults(org, me, period?.id);
  const pickerId = useId();
  const person = people.data?.find((p) => p.id === me);
  const mine = owned.data?.keyResults ?? [];

  return (
    <div className="page">
      <PageHeader
        title={t("my.title")}
        subtitle={t("my.subtitle")}
        actions={
          <div className="inline-field">
            <label htmlFor={pickerId} className="inline-field__label">
              {t("my.viewingAs")}
            </label>
            <select id={pickerId} className="select" value={me} onChange={(e) => setMe(e.target.value)}>
              <option value="">{t("my.pickPerson")}</option>
              {(people.data ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
        }
      />
      {loadFailed(people, owned) ? (
        <LoadError queries={[people, owned]} />
      ) : people.isPending || (me && owned.isPending) ? (
        <PageSkeleton label={t("common.loading")} />
      ) : !person ? (
        <div className="card">
          <EmptyState title={t("my.pickPerson")}>{t("my.pickHint")}</EmptyState>
        </div>
      ) : mine.length === 0 ? (
        <div className="card">
          <EmptyState title={t("my.none", { name: person.name, period: period?.name ?? "" })} />
        </div>
      ) : (
        <section className="card objective-card" aria-label={t("my.title")}>
          <ul className="kr-list stack">
            {mine.map(({ keyResult, unit, objective }) => (
              <KeyResultCard
                key={keyResult.id}
                keyResult={keyResult}
                unitId={unit.id}
                owner={person}
                context={
                  <p className="kr-card__context subtle">
                    <Link href={link(`/units/${unit.id}`)}>{unit.name}</Link> ·{" "}
                    <span className="user-text">{objective.title}</span>
                  </p>
                }
              />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

import { useTranslation } from "react-i18next";
import { Link, useLocation } from "wouter";
import { GETTING_STARTED_STEPS, type GettingStartedStepId } from "../../../domain/getting-started.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { PageHeader } from "../../layout/PageHeader.tsx";
import { Icon } from "../../ui/Icon.tsx";
import { LoadError, loadFailed } from "../../ui/LoadError.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import { Skeleton } from "../../ui/Skeleton.tsx";
import { WhyNote } from "../../ui/WhyNote.tsx";
import { reasonText } from "../auth/reasons.ts";
import { useManageOrganisation } from "../auth/usePermissions.ts";
import { useChecklistHidden, useGettingStarted } from "./queries.ts";
import { keepsPeriod, stepPath } from "./steps.ts";
import "./getting-started.css";

/** The rules each step's help cites (docs/method.md). */
const rulesOf: Record<GettingStartedStepId, string[]> = {
  period: [],
  units: ["M1"],
  people: ["M3"],
  objective: ["M2", "K1"],
  checkIn: ["S1"],
};

/**
 * `/orgs/{slug}/getting-started`: where a new organisation's admin lands after signing up
 * (docs/getting-started.md). Each step ticks itself from the organisation's data; the list is
 * read again whenever the page is opened or the window regains focus.
 */
export function GettingStartedPage() {
  const { t } = useTranslation();
  const { org, link } = useOrg();
  const manage = useManageOrganisation(org);
  const checklist = useGettingStarted(org, manage.allowed);
  const [hidden, setHidden] = useChecklistHidden(org);
  const [, navigate] = useLocation();

  const header = (
    <PageHeader title={t("gettingStarted.title")} subtitle={t("gettingStarted.subtitle")} showPeriod={false} />
  );
  if (!manage.allowed) {
    return (
      <div className="page">
        {header}
        {manage.why && <WhyNote>{reasonText(t, manage.why)}</WhyNote>}
      </div>
    );
  }
  if (loadFailed(checklist)) {
    return (
      <div className="page">
        {header}
        <LoadError queries={[checklist]} />
      </div>
    );
  }
  const data = checklist.data;
  const doneCount = data?.steps.filter((step) => step.done).length ?? 0;
  const hide = () => {
    setHidden(true);
    navigate(link("/map"));
  };

  return (
    <div className="page">
      {header}
      <section className="card checklist" aria-labelledby="checklist-title" aria-busy={!data}>
        <div className="card__header checklist__header">
          <h2 id="checklist-title">
            {data ? t("gettingStarted.progress", { done: doneCount, total: data.steps.length }) : t("common.loading")}
          </h2>
          <div
            className="checklist__bar"
            role="progressbar"
            aria-labelledby="checklist-title"
            aria-valuemin={0}
            aria-valuemax={GETTING_STARTED_STEPS.length}
            aria-valuenow={doneCount}
          >
            <span style={{ width: `${(doneCount / GETTING_STARTED_STEPS.length) * 100}%` }} />
          </div>
        </div>
        <ol className="checklist__steps">
          {GETTING_STARTED_STEPS.map((id, index) => {
            const step = data?.steps.find((s) => s.id === id);
            const isNext = data?.next === id;
            const path = stepPath(id, data?.objectiveUnitId ?? null);
            return (
              <li
                key={id}
                className={`checklist__step${step?.done ? " checklist__step--done" : ""}${isNext ? " checklist__step--next" : ""}`}
                aria-current={isNext ? "step" : undefined}
                data-step={id}
              >
                <span className="checklist__mark" aria-hidden="true">
                  {step?.done ? <Icon name="check" size={16} /> : index + 1}
                </span>
                <div className="checklist__text">
                  <h3 className="checklist__title">
                    {t(`gettingStarted.steps.${id}.title`)}
                    {step && (
                      <span className="visually-hidden">
                        {" "}
                        ({t(step.done ? "gettingStarted.done" : "gettingStarted.notDone")})
                      </span>
                    )}
                  </h3>
                  <p className="checklist__what muted">
                    {rulesOf[id].map((rule) => (
                      <span key={rule}>
                        <RuleId id={rule} />{" "}
                      </span>
                    ))}
                    {t(`gettingStarted.steps.${id}.what`)}
                  </p>
                </div>
                <div className="checklist__action">
                  {!step ? (
                    <Skeleton height={32} width={120} />
                  ) : step.done ? (
                    <span className="badge badge--met checklist__done">
                      <Icon name="check" size={13} />
                      {t("gettingStarted.done")}
                    </span>
                  ) : (
                    <Link
                      href={keepsPeriod(path) ? link(path) : path}
                      className={`btn${isNext ? " btn--primary" : ""}`}
                    >
                      {t(`gettingStarted.steps.${id}.action`)}
                    </Link>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
        <div className="checklist__footer spread">
          {data?.complete ? (
            <>
              <p className="checklist__complete" role="status">
                {t("gettingStarted.complete")}
              </p>
              {!hidden && (
                <button type="button" className="btn btn--primary" onClick={hide}>
                  {t("gettingStarted.dismiss")}
                </button>
              )}
            </>
          ) : hidden ? (
            <>
              <p className="muted">{t("gettingStarted.hiddenNote")}</p>
              <button type="button" className="btn btn--small" onClick={() => setHidden(false)}>
                {t("gettingStarted.show")}
              </button>
            </>
          ) : (
            <>
              <p className="subtle">{t("gettingStarted.hideNote")}</p>
              <button type="button" className="btn btn--ghost btn--small" onClick={hide} disabled={!data}>
                {t("gettingStarted.hide")}
              </button>
            </>
          )}
        </div>
      </section>
    </div>
  );
}

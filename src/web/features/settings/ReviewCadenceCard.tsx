import { useTranslation } from "react-i18next";
import { useOrg } from "../../layout/OrgContext.ts";
import { Card } from "../../ui/Card.tsx";
import { InlineForm } from "../../ui/InlineForm.tsx";
import { Skeleton } from "../../ui/Skeleton.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { WhyNote } from "../../ui/WhyNote.tsx";
import { useOrganisationSetting } from "../admin-org/useOrganisationSetting.ts";
import { reasonText } from "../auth/reasons.ts";
import { useUpdateOrganisation } from "../periods/lifecycle-queries.ts";
import "./cadence.css";

/**
 * S4: how often units hold a formal review, 4 to 13 weeks (6 by default). The API refuses a
 * shorter cadence and says why (2-3 week formal reviews are not a good use of time); the error
 * shows under the field. Members see the cadence and why they cannot change it.
 */
export function ReviewCadenceCard() {
  const { t } = useTranslation();
  const { org } = useOrg();
  const update = useUpdateOrganisation(org);
  const setting = useOrganisationSetting((organisation) => String(organisation.reviewCadenceWeeks), update);
  const { manage, text: weeks, edit, saved, save, errors } = setting;
  const current = setting.stored === undefined ? undefined : Number(setting.stored);
  // The API's S4 sentence explains the refusal; the catalogue has it in the reader's language.
  const weeksError = errors.has("reviewCadenceWeeks")
    ? t(Number(weeks) < 4 ? "lifecycle.cadence.tooShort" : "lifecycle.cadence.tooLong")
    : undefined;

  const submit = () => save({ reviewCadenceWeeks: Number(weeks.replace(",", ".")) });

  return (
    <Card titleId="cadence-title" title={t("lifecycle.cadence.title")} rule="S4" hint={t("lifecycle.cadence.hint")}>
      <div className="card__body cadence stack">
        <p className="muted">{t("lifecycle.cadence.intro")}</p>
        {current === undefined ? (
          <Skeleton height={44} />
        ) : manage.allowed ? (
          <InlineForm
            block="cadence-form"
            row
            submit={t("lifecycle.cadence.save")}
            mutation={update}
            primary
            onSubmit={submit}
          >
            <TextField
              label={t("lifecycle.cadence.weeks")}
              hint={t("lifecycle.cadence.range")}
              error={weeksError}
              inputMode="numeric"
              value={weeks}
              onChange={edit}
            />
          </InlineForm>
        ) : (
          <>
            <p>{t("lifecycle.cadence.current", { count: current })}</p>
            {manage.why && <WhyNote>{reasonText(t, manage.why)}</WhyNote>}
          </>
        )}
        {saved && (
          <p role="status" className="subtle">
            {t("lifecycle.cadence.saved", { count: current ?? 0 })}
          </p>
        )}
      </div>
    </Card>
  );
}

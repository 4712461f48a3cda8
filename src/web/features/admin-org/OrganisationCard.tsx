import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useOrg } from "../../layout/OrgContext.ts";
import { Card } from "../../ui/Card.tsx";
import { FailureAlert } from "../../ui/FailureAlert.tsx";
import { Skeleton } from "../../ui/Skeleton.tsx";
import { SubmitButton } from "../../ui/SubmitButton.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { WhyNote } from "../../ui/WhyNote.tsx";
import { useRenameOrganisation } from "./queries.ts";
import { useOrganisationSetting } from "./useOrganisationSetting.ts";
import "./admin-org.css";

/**
 * The organisation's name and address on the settings page. Admins rename it; the address (the
 * slug in every link, /orgs/{slug}/...) never changes with the name, so links and bookmarks keep
 * working, and the card says so. Others see the name and why they cannot change it.
 */
export function OrganisationCard() {
  const { t } = useTranslation();
  const { org } = useOrg();
  const rename = useRenameOrganisation(org);
  const setting = useOrganisationSetting((organisation) => organisation.name, rename);
  const { stored: current, manage, text: name, edit, saved, save: send } = setting;
  const nameError = setting.errors.get("name");
  const address = `${window.location.origin}/orgs/${org}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(name.trim());
  };

  return (
    <Card titleId="organisation-title" title={t("adminOrg.organisation.title")}>
      <div className="card__body organisation-card stack stack--4">
        {current === undefined ? (
          <Skeleton height={44} />
        ) : manage.allowed ? (
          <form
            className="organisation-form inline-form"
            onSubmit={submit}
            noValidate
            aria-labelledby="organisation-title"
          >
            <TextField
              label={t("adminOrg.organisation.name")}
              error={nameError}
              maxLength={200}
              value={name}
              onChange={edit}
            />
            <div className="organisation-form__actions inline-form__actions">
              <SubmitButton pending={rename.isPending} disabled={name.trim() === current}>
                {t("adminOrg.organisation.rename")}
              </SubmitButton>
            </div>
            <FailureAlert
              className="organisation-form__wide inline-form__wide"
              error={rename.error}
              busy={rename.isPending}
              onRetry={() => rename.variables !== undefined && send(rename.variables)}
            />
          </form>
        ) : (
          <>
            <p className="user-text organisation-card__name">{current}</p>
            {manage.why && <WhyNote>{t("adminOrg.organisation.why")}</WhyNote>}
          </>
        )}
        {saved && (
          <p role="status" className="subtle">
            {t("adminOrg.organisation.renamed", { name: current })}
          </p>
        )}
        <div className="organisation-card__address stack stack--1">
          <span className="field__label">{t("adminOrg.organisation.address")}</span>
          <code>{address}</code>
          <p className="subtle">{t("adminOrg.organisation.addressHint")}</p>
        </div>
      </div>
    </Card>
  );
}

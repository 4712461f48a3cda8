import { useTranslation } from "react-i18next";
import { Redirect } from "wouter";
import { useMe } from "../features/auth/MeContext.ts";
import { EmptyState } from "../ui/EmptyState.tsx";

/** `/` opens the signed-in user's first organisation (the demo one on a fresh install). */
export function Home() {
  const { t } = useTranslation();
  const first = useMe().organisations[0];
  if (!first) return <EmptyState title={t("home.noOrganisation")}>{t("home.noOrganisationHint")}</EmptyState>;
  return <Redirect to={`/orgs/${first.slug}/map`} replace />;
}

import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Redirect } from "wouter";
import { api, unwrap } from "../api/client.ts";
import { EmptyState } from "../ui/EmptyState.tsx";
import { PageSkeleton } from "../ui/Skeleton.tsx";

/** `/` opens the first organisation (the demo one on a fresh install). */
export function Home() {
  const { t } = useTranslation();
  const orgs = useQuery({ queryKey: ["orgs"], queryFn: () => unwrap(api.GET("/api/v1/orgs")) });
  if (orgs.isPending) return <PageSkeleton label={t("common.loading")} />;
  const first = orgs.data?.organisations[0];
  if (!first) return <EmptyState title={t("home.noOrganisation")}>{t("home.noOrganisationHint")}</EmptyState>;
  return <Redirect to={`/${first.slug}/map`} replace />;
}

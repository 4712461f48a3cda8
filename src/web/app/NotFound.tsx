import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { EmptyState } from "../ui/EmptyState.tsx";

export function NotFound() {
  const { t } = useTranslation();
  return (
    <EmptyState title={t("notFound.title")}>
      <Link href="~/" className="btn">
        {t("notFound.back")}
      </Link>
    </EmptyState>
  );
}

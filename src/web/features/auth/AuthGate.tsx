import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Redirect, useLocation, useSearch } from "wouter";
import { ApiRequestError } from "../../api/client.ts";
import { useMeQuery } from "../../api/queries.ts";
import { LoadError, loadFailed } from "../../ui/LoadError.tsx";
import { PageSkeleton } from "../../ui/Skeleton.tsx";
import { MeContext } from "./MeContext.ts";

/** Everything but the sign-in page needs a signed-in user; without one, go and sign in. */
export function AuthGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const me = useMeQuery();
  const [location] = useLocation();
  const search = useSearch();
  if (me.error instanceof ApiRequestError && me.error.status === 401) {
    const next = location === "/" ? "" : `?next=${encodeURIComponent(location + (search ? `?${search}` : ""))}`;
    return <Redirect to={`/sign-in${next}`} replace />;
  }
  if (loadFailed(me)) return <LoadError queries={[me]} />;
  if (me.data === undefined) return <PageSkeleton label={t("common.loading")} />;
  return <MeContext.Provider value={me.data}>{children}</MeContext.Provider>;
}

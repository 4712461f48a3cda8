import type { TFunction } from "i18next";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { ApiRequestError } from "../../api/client.ts";
import { useConfirmEmailVerification } from "../../api/email-verification.ts";
import { failureOf } from "../../api/failure.ts";
import { PageSkeleton } from "../../ui/Skeleton.tsx";
import { AuthPanel } from "../auth/AuthPanel.tsx";
import { failureText } from "../editor/errors.ts";

/** Why a link cannot be used, from the API's detail on `token` (used, expired, unknown). */
function linkProblem(error: unknown): "used" | "expired" | "unknown" | null {
  if (!(error instanceof ApiRequestError)) return null;
  const rule = error.error.details.find((detail) => detail.field === "token")?.rule;
  return rule === "used" || rule === "expired" || rule === "unknown" ? rule : null;
}

/** Why the link could not be followed just now; nothing was used up, so it may be tried again. */
function failureWords(t: TFunction, error: unknown): string | undefined {
  const failure = failureOf(error);
  if (failure?.kind === "unreachable") return t("emailVerification.page.unreachable");
  if (failure?.kind === "server") return t("emailVerification.page.serverError", { status: failure.status });
  return failureText(t, error, "load");
}

/**
 * `/verify-email/{token}`: the link from the verification mail. Following it verifies the address
 * (signed in or not, in any browser); the page says so, or why the link no longer works.
 */
export function VerifyEmailPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const confirm = useConfirmEmailVerification();
  const sent = useRef(false);
  useEffect(() => {
    // Once per page, also under StrictMode's double effects: a second use would read as "used".
    if (sent.current) return;
    sent.current = true;
    confirm.mutate(token);
  }, [confirm, token]);

  const continueLink = (
    <div className="sign-in__form">
      <Link href="/" className="btn btn--primary">
        {t("emailVerification.page.continue")}
      </Link>
    </div>
  );
  if (confirm.isSuccess) {
    return (
      <AuthPanel
        title={t("emailVerification.page.doneTitle")}
        subtitle={t("emailVerification.page.done", { email: confirm.data.email })}
      >
        <div role="status">{continueLink}</div>
      </AuthPanel>
    );
  }
  const problem = linkProblem(confirm.error);
  if (problem) {
    return (
      <AuthPanel title={t(`emailVerification.page.${problem}Title`)} subtitle={t(`emailVerification.page.${problem}`)}>
        {continueLink}
      </AuthPanel>
    );
  }
  if (confirm.isError) {
    // Grove could not be reached, or failed: nothing was used up, so the same link may be tried again.
    return (
      <AuthPanel title={t("emailVerification.page.failedTitle")} subtitle={failureWords(t, confirm.error)}>
        <div className="sign-in__form">
          <button type="button" className="btn btn--primary" onClick={() => confirm.mutate(token)}>
            {t("emailVerification.page.tryAgain")}
          </button>
        </div>
      </AuthPanel>
    );
  }
  return <PageSkeleton label={t("emailVerification.page.checking")} />;
}

import { useTranslation } from "react-i18next";
import { Link } from "wouter";
import { useSignUpMode } from "../../api/access.ts";
import type { ApiError } from "../../api/types.ts";

/**
 * The sign-in page's line under the form: the way to create an organisation, unless the server
 * takes people by invitation only (GROVE_SIGN_UP). While the mode loads, or when it cannot be
 * read, the link shows: the server refuses a sign-up its mode does not allow anyway.
 */
export function SignUpOffer() {
  const { t } = useTranslation();
  const mode = useSignUpMode().data;
  if (mode?.mode === "invitation") return <>{t("signUpModes.closed")}</>;
  return (
    <>
      {t("signUp.newHere")} <Link href="/sign-up">{t("signUp.link")}</Link>
      {mode?.mode === "domains" && (
        <>
          <br />
          {t("signUpModes.domainsOnly", { domains: mode.domains.join(", ") })}
        </>
      )}
    </>
  );
}

/** Sign-up's 403 (sign_up_closed / sign_up_domain) in the reader's language, or undefined. */
export function signUpRefusalText(
  t: (key: string, options?: Record<string, unknown>) => string,
  error: ApiError | undefined,
  domains: string[],
): { alert: string; email: string } | undefined {
  const rule = error?.code === "forbidden" ? error.details.find((d) => d.field === "email")?.rule : undefined;
  if (rule === "sign_up_closed") return { alert: t("signUpModes.refusedClosed"), email: t("signUpModes.closed") };
  if (rule === "sign_up_domain") {
    return {
      alert: t("signUpModes.refusedDomain", { domains: domains.join(", ") }),
      email: t("signUpModes.refusedDomainField"),
    };
  }
  return undefined;
}

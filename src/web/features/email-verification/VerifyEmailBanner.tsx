import { useQueryClient } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { ApiRequestError } from "../../api/client.ts";
import { useResendVerification } from "../../api/email-verification.ts";
import { Icon } from "../../ui/Icon.tsx";
import { useMe } from "../auth/MeContext.ts";
import { waitWords } from "../auth/throttle-text.ts";
import { failureText } from "../editor/errors.ts";
import { useAwaitingVerification } from "./useAwaitingVerification.ts";
import "./email-verification.css";

/** What a 429 of the new-link throttle says: the earlier link is on its way, and how long to wait. */
function waitText(t: TFunction, error: ApiRequestError): string {
  const wait = waitWords(t, error);
  return wait ? t("emailVerification.banner.wait", { wait }) : error.message;
}

/**
 * On every page of an organisation while the account's address is not verified and the server
 * asks for it: where the link went, what waits for it, and a new link (one a minute, five an hour).
 */
export function VerifyEmailBanner() {
  const { t } = useTranslation();
  const me = useMe();
  const awaiting = useAwaitingVerification();
  const resend = useResendVerification();
  const client = useQueryClient();
  if (!awaiting) return null;
  const email = me.user.email;

  const send = () =>
    resend.mutate(undefined, {
      onError: (error) => {
        // Verified meanwhile (in another tab, from the phone): read the account again, the banner goes.
        if (error instanceof ApiRequestError && error.status === 409) client.invalidateQueries({ queryKey: ["me"] });
      },
    });
  const error = resend.error;
  // A wait is news, not a failure: the earlier link is on its way.
  const waiting = error instanceof ApiRequestError && error.status === 429;
  const failed = resend.isError && !waiting;
  const outcome = resend.isSuccess
    ? t("emailVerification.banner.sent", { email })
    : waiting
      ? waitText(t, error)
      : failureText(t, error, "save", false);

  return (
    <section className="verify-banner" aria-labelledby="verify-banner-title">
      <div className="verify-banner__text">
        <Icon name="alert" size={16} />
        <div>
          <p className="verify-banner__title" id="verify-banner-title">
            {t("emailVerification.banner.title", { email })}
          </p>
          <p>{t("emailVerification.banner.text")}</p>
        </div>
      </div>
      <button type="button" className="btn" onClick={send} disabled={resend.isPending}>
        {resend.isPending ? t("emailVerification.banner.sending") : t("emailVerification.banner.resend")}
      </button>
      {outcome && (
        <p
          className={`verify-banner__outcome${failed ? " verify-banner__outcome--failed" : ""}`}
          role={failed ? "alert" : "status"}
        >
          {outcome}
        </p>
      )}
    </section>
  );
}

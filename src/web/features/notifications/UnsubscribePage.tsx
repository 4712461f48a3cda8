import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api, unwrap } from "../../api/client.ts";
import { failureOf } from "../../api/failure.ts";
import { LanguageSwitch } from "../../layout/LanguageSwitch.tsx";
import { Logo } from "../../layout/Logo.tsx";
import { Skeleton } from "../../ui/Skeleton.tsx";
import "./notifications.css";

/**
 * `/unsubscribe/{token}`, the link at the foot of every reminder: no sign-in. Opening it changes
 * nothing (mail scanners follow links); the button does (docs/notifications.md).
 */
export function UnsubscribePage({ token }: { token: string }) {
  const { t } = useTranslation();
  const offer = useQuery({
    queryKey: ["unsubscribe", token],
    queryFn: () => unwrap(api.GET("/api/v1/unsubscribe/{token}", { params: { path: { token } } })),
    retry: (count, error) => failureOf(error)?.kind !== "refused" && count < 2,
  });
  const stop = useMutation({
    mutationFn: () => unwrap(api.POST("/api/v1/unsubscribe/{token}", { params: { path: { token } } })),
  });
  const words = offer.data && {
    kind: t(`notifications.settings.kinds.${offer.data.kind}.title`),
    organisation: offer.data.organisationName,
  };
  const invalid = offer.isError && failureOf(offer.error)?.kind === "refused";
  return (
    <div className="sign-in">
      <div className="sign-in__language">
        <LanguageSwitch />
      </div>
      <main className="sign-in__panel card unsubscribe">
        <div className="sign-in__brand">
          <Logo />
          <h1>{t("notifications.unsubscribe.title")}</h1>
        </div>
        {offer.isPending ? (
          <>
            <p className="muted">{t("notifications.unsubscribe.checking")}</p>
            <Skeleton height={38} />
          </>
        ) : invalid ? (
          <p role="alert">{t("notifications.unsubscribe.invalid")}</p>
        ) : offer.isError || !words ? (
          <p role="alert">{t("notifications.unsubscribe.failed")}</p>
        ) : stop.isSuccess ? (
          <p role="status">{t("notifications.unsubscribe.done", words)}</p>
        ) : offer.data?.off ? (
          <p role="status">{t("notifications.unsubscribe.alreadyOff", words)}</p>
        ) : (
          <>
            <p className="user-text">{t("notifications.unsubscribe.offer", words)}</p>
            <p className="muted">{t("notifications.unsubscribe.explain")}</p>
            {stop.isError && <p role="alert">{t("notifications.unsubscribe.failed")}</p>}
            <button
              type="button"
              className="btn btn--primary sign-in__submit"
              disabled={stop.isPending}
              onClick={() => stop.mutate()}
            >
              {t("notifications.unsubscribe.confirm")}
            </button>
          </>
        )}
        <a href="/" className="subtle">
          {t("notifications.unsubscribe.home")}
        </a>
      </main>
    </div>
  );
}

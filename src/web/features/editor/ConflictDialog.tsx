import { useTranslation } from "react-i18next";
import type { ApiError } from "../../api/types.ts";
import { Dialog } from "../../ui/Dialog.tsx";
import { Part } from "../../ui/Part.tsx";

interface Props {
  conflict: ApiError | null;
  /** The version this form started from. */
  seenVersion: number;
  busy: boolean;
  onReload: () => void;
  onReapply: () => void;
  onClose: () => void;
}

/** 409 version_conflict: someone saved first. Take theirs, or put my changes on top of theirs. */
export function ConflictDialog({ conflict, seenVersion, busy, onReload, onReapply, onClose }: Props) {
  const { t } = useTranslation();
  const current = conflict?.current;
  const isKeyResult = typeof current?.objectiveId === "string";
  return (
    <Dialog open={conflict !== null} onClose={onClose} title={t("conflict.title")} description={t("conflict.body")}>
      <div className="dialog__body">
        {current && (
          <dl className="conflict__now">
            <Part
              term={t(isKeyResult ? "conflict.nowKeyResult" : "conflict.nowObjective")}
              text={String(current.title ?? "")}
            />
            <div>
              <dt>{t("conflict.version")}</dt>
              <dd>
                {isKeyResult
                  ? t("conflict.versionNow", { version: current.version })
                  : t("conflict.versions", { seen: seenVersion, version: current.version })}
              </dd>
            </div>
          </dl>
        )}
        <ul className="conflict__choices stack stack--2">
          <li>
            <strong>{t("conflict.reapply")}</strong> {t("conflict.reapplyHint")}
          </li>
          <li>
            <strong>{t("conflict.reload")}</strong> {t("conflict.reloadHint")}
          </li>
        </ul>
      </div>
      <div className="dialog__footer dialog__footer--wrap">
        <button type="button" className="btn btn--ghost" onClick={onClose} disabled={busy}>
          {t("common.cancel")}
        </button>
        <button type="button" className="btn" onClick={onReload} disabled={busy}>
          {t("conflict.reload")}
        </button>
        <button type="button" className="btn btn--primary" onClick={onReapply} disabled={busy}>
          {busy ? t("common.saving") : t("conflict.reapply")}
        </button>
      </div>
    </Dialog>
  );
}

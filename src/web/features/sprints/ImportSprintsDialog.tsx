import { type ChangeEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { SPRINT_CSV_TEMPLATE } from "../../../domain/sprints.ts";
import { refusalOf } from "../../api/failure.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Dialog } from "../../ui/Dialog.tsx";
import { FailureAlert } from "../../ui/FailureAlert.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import { TableHead } from "../../ui/TableHead.tsx";
import { type ImportReport, useImportSprints } from "./queries.ts";
import { sprintIssueText } from "./sprint-text.ts";

const templateHref = `data:text/csv;charset=utf-8,${encodeURIComponent(SPRINT_CSV_TEMPLATE)}`;

/**
 * P3: import a unit's sprints from a CSV file. Grove checks every row first and shows the preview
 * with each problem by line and column; the import writes all rows or none.
 */
export function ImportSprintsDialog({ unitId, open, onClose }: { unitId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { org } = useOrg();
  const preview = useImportSprints(org, unitId);
  const run = useImportSprints(org, unitId);
  const [csv, setCsv] = useState("");
  const [previewed, setPreviewed] = useState<{ csv: string; report: ImportReport } | null>(null);
  const textId = useId();
  const current = previewed && previewed.csv === csv ? previewed.report : null;

  const close = () => {
    setCsv("");
    setPreviewed(null);
    preview.reset();
    run.reset();
    onClose();
  };
  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) setCsv(await file.text());
  };
  const check = () => preview.mutate({ csv, dryRun: true }, { onSuccess: (report) => setPreviewed({ csv, report }) });
  // Refused after all (the unit's sprints changed since the preview): preview again to show why.
  const importAll = () => run.mutate({ csv, dryRun: false }, { onError: check });

  return (
    <Dialog open={open} onClose={close} title={t("sprints.import.title")} description={t("sprints.import.intro")}>
      <div className="dialog__body sprint-import">
        {run.isSuccess ? (
          <p className="sprint-import__done" role="status">
            {t("sprints.import.done", { count: run.data.imported })}
          </p>
        ) : (
          <>
            <p className="subtle">
              {t("sprints.import.columns")}{" "}
              <a href={templateHref} download="sprints-template.csv">
                {t("sprints.import.template")}
              </a>
            </p>
            <label className="field">
              <span className="field__label">{t("sprints.import.file")}</span>
              <input type="file" accept=".csv,text/csv" onChange={readFile} />
            </label>
            <label className="field" htmlFor={textId}>
              <span className="field__label">{t("sprints.import.text")}</span>
              <textarea
                id={textId}
                className="textarea sprint-import__text"
                rows={5}
                spellCheck={false}
                value={csv}
                placeholder={SPRINT_CSV_TEMPLATE}
                onChange={(e) => setCsv(e.target.value)}
              />
            </label>
            <FileProblems error={preview.error} />
            {current && <Preview report={current} />}
            <FailureAlert error={run.error} onRetry={importAll} busy={run.isPending} noFields />
          </>
        )}
      </div>
      <div className="dialog__footer">
        <button type="button" className="btn btn--ghost" onClick={close}>
          {run.isSuccess ? t("common.close") : t("common.cancel")}
        </button>
        {!run.isSuccess && (
          <>
            <button type="button" className="btn" disabled={csv.trim() === "" || preview.isPending} onClick={check}>
              {preview.isPending ? t("common.working") : t("sprints.import.preview")}
            </button>
            <button
              type="button"
              className="btn btn--primary"
              disabled={!current?.valid || run.isPending}
              onClick={importAll}
            >
              {run.isPending
                ? t("common.working")
                : current?.valid
                  ? t("sprints.import.run", { count: current.rows.length })
                  : t("sprints.import.runUnchecked")}
            </button>
          </>
        )}
      </div>
    </Dialog>
  );
}

/** A file Grove could not read at all (no header, a broken quote): what and where. */
function FileProblems({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const refusal = refusalOf(error);
  if (!refusal) return <FailureAlert error={error} noFields />;
  return (
    <div className="alert" role="alert">
      <p>{t("sprints.import.unreadable")}</p>
      <ul>
        {refusal.details.map((detail) => (
          <li key={`${detail.field}-${detail.rule}`}>
            {lineOf(detail.field) && <strong>{t("sprints.import.line", { line: lineOf(detail.field) })}: </strong>}
            {sprintIssueText(t, detail)}
          </li>
        ))}
      </ul>
    </div>
  );
}

const lineOf = (field: string) => /^csv\.line\.(\d+)$/.exec(field)?.[1];

function Preview({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const bad = report.rows.filter((row) => row.issues.length > 0).length;
  return (
    <section className="sprint-import__preview" aria-label={t("sprints.import.previewLabel")}>
      <p
        role="status"
        className={bad > 0 ? "sprint-import__summary sprint-import__summary--bad" : "sprint-import__summary"}
      >
        {bad > 0
          ? t("sprints.import.summaryBad", { count: report.rows.length, bad })
          : t("sprints.import.summaryOk", { count: report.rows.length })}
      </p>
      <div className="sprint-import__table-wrap">
        <table className="sprint-import__table">
          <TableHead
            columns={[
              t("sprints.import.lineHeader"),
              t("sprints.form.name"),
              t("sprints.import.dates"),
              t("sprints.form.goal"),
              <>
                {t("sprints.import.keyResult")} <RuleId id="P3" />
              </>,
              t("sprints.import.check"),
            ]}
          />
          <tbody>
            {report.rows.map((row) => (
              <tr key={row.index} className={row.issues.length > 0 ? "sprint-import__row--bad" : undefined}>
                <td className="num">{row.index + 2}</td>
                <td className="user-text">{row.name}</td>
                <td className="num">
                  {row.startsOn} – {row.endsOn}
                </td>
                <td className="user-text">{row.goal}</td>
                <td className="user-text">{row.keyResultMatch?.title ?? (row.keyResult || "–")}</td>
                <td>
                  {row.issues.length === 0 ? (
                    <span className="sprint-import__ok">{t("sprints.import.ok")}</span>
                  ) : (
                    <ul className="sprint-import__issues">
                      {row.issues.map((issue) => (
                        <li key={`${issue.column}-${issue.rule}`}>
                          <code>{issue.column}</code>: {sprintIssueText(t, issue)}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

import { type ChangeEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  OKR_TABLE_COLUMNS,
  type OkrTableColumn,
  REQUIRED_COLUMNS,
  TEMPLATE_HEADERS,
} from "../../../domain/okr-table.ts";
import { refusalOf } from "../../api/failure.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { PageHeader } from "../../layout/PageHeader.tsx";
import { Card } from "../../ui/Card.tsx";
import { FailureAlert } from "../../ui/FailureAlert.tsx";
import { RuleId } from "../../ui/RuleId.tsx";
import { SelectField } from "../../ui/SelectField.tsx";
import { useManageOrganisation } from "../auth/usePermissions.ts";
import {
  type ColumnMapping,
  download,
  fetchExport,
  fetchTemplate,
  fileBody,
  type ImportBody,
  type ImportPlan,
  useApplyImport,
  useImportMappings,
  usePreviewImport,
  useSaveMapping,
} from "./queries.ts";
import "./import-export.css";

/** The API's limit on an uploaded file (MAX_IMPORT_BYTES), checked here first so nothing is sent in vain. */
const MAX_BYTES = 512 * 1024;

/**
 * `/import-export`: a period's OKRs out as CSV, XLSX or YAML, and in from the template, another
 * tool's spreadsheet (through a saved column mapping) or an OKR file: previewed with grove apply's
 * plan and the coach's findings, applied in one transaction (docs/import-export.md).
 */
export function ImportExportPage() {
  const { t } = useTranslation();
  const { org, periods } = useOrg();
  const manage = useManageOrganisation(org);
  return (
    <div className="stack stack--4 import-export">
      {/* A new organisation has no period yet: an import can bring its first. */}
      <PageHeader
        title={t("importExport.title")}
        subtitle={t("importExport.subtitle")}
        showPeriod={periods.length > 0}
      />
      <ExportCard />
      {manage.allowed ? <ImportCard /> : <p className="muted">{t("importExport.adminsImport")}</p>}
    </div>
  );
}

function ExportCard() {
  const { t } = useTranslation();
  const { org, period } = useOrg();
  const [format, setFormat] = useState<"csv" | "xlsx" | "yaml">("xlsx");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    if (!period) return;
    setBusy(true);
    setError(null);
    try {
      download(await fetchExport(org, period.name, format));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t("importExport.export.title")} hint={t("importExport.export.hint")}>
      <div className="card__body stack stack--3">
        <div className="import-export__row cluster">
          <SelectField
            label={t("importExport.format")}
            value={format}
            onChange={setFormat}
            options={[
              { value: "xlsx", label: "XLSX" },
              { value: "csv", label: "CSV" },
              { value: "yaml", label: t("importExport.yaml") },
            ]}
          />
          <button type="button" className="btn btn--primary" disabled={!period || busy} onClick={run}>
            {busy ? t("common.working") : t("importExport.export.run", { period: period?.name ?? "" })}
          </button>
        </div>
        {!period && <p className="muted">{t("importExport.export.noPeriod")}</p>}
        <FailureAlert error={error} onRetry={run} busy={busy} noFields />
      </div>
    </Card>
  );
}

type Chosen = Pick<ImportBody, "format" | "fileName" | "content">;

function ImportCard() {
  const { t, i18n } = useTranslation();
  const { org } = useOrg();
  const locale = i18n.language.startsWith("zh") ? "zh" : "en";
  const preview = usePreviewImport(org, locale);
  const apply = useApplyImport(org, locale);
  const mappings = useImportMappings(org, true);
  const [file, setFile] = useState<Chosen | null>(null);
  const [tooBig, setTooBig] = useState(false);
  const [mappingId, setMappingId] = useState("");
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [plan, setPlan] = useState<ImportPlan | null>(null);

  const body = (): ImportBody | null =>
    file && { ...file, ...(mapping ? { mapping } : mappingId ? { mappingId } : {}) };
  const reset = () => {
    setPlan(null);
    preview.reset();
    apply.reset();
  };
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    reset();
    setMapping(null);
    setTooBig(Boolean(chosen && chosen.size > MAX_BYTES));
    setFile(chosen && chosen.size <= MAX_BYTES ? await fileBody(chosen) : null);
  };
  const check = (withMapping: ColumnMapping | null = mapping) => {
    if (!file) return;
    apply.reset();
    const request = { ...file, ...(withMapping ? { mapping: withMapping } : mappingId ? { mappingId } : {}) };
    preview.mutate(request, { onSuccess: setPlan, onError: () => setPlan(null) });
  };
  const run = () => {
    const request = body();
    if (request) apply.mutate(request, { onSuccess: () => setPlan(null) });
  };
  const template = async (format: "csv" | "xlsx", language: "en" | "zh") =>
    download(await fetchTemplate(org, format, language));

  return (
    <Card title={t("importExport.import.title")} hint={t("importExport.import.hint")}>
      <div className="card__body stack stack--3">
        <p className="subtle">
          {t("importExport.import.template")}{" "}
          <button type="button" className="btn btn--link" onClick={() => template("xlsx", "en")}>
            XLSX (English)
          </button>{" "}
          ·{" "}
          <button type="button" className="btn btn--link" onClick={() => template("csv", "en")}>
            CSV (English)
          </button>{" "}
          ·{" "}
          <button type="button" className="btn btn--link" onClick={() => template("xlsx", "zh")}>
            XLSX（中文）
          </button>{" "}
          ·{" "}
          <button type="button" className="btn btn--link" onClick={() => template("csv", "zh")}>
            CSV（中文）
          </button>
        </p>
        <div className="import-export__row cluster">
          <label className="field">
            <span className="field__label">{t("importExport.import.file")}</span>
            <input type="file" accept=".xlsx,.csv,.yaml,.yml" onChange={choose} />
          </label>
          {(mappings.data?.length ?? 0) > 0 && (
            <SelectField
              label={t("importExport.import.mapping")}
              value={mappingId}
              none={t("importExport.import.templateColumns")}
              onChange={(id) => {
                setMappingId(id);
                setMapping(null);
                reset();
              }}
              options={(mappings.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
            />
          )}
        </div>
        {tooBig && (
          <p className="alert" role="alert">
            {t("importExport.import.tooBig")}
          </p>
        )}
        <div>
          <button type="button" className="btn" disabled={!file || preview.isPending} onClick={() => check()}>
            {preview.isPending ? t("common.working") : t("importExport.import.preview")}
          </button>
        </div>
        <Problems error={preview.error ?? apply.error} onRetry={run} busy={apply.isPending} />
        {plan?.needsMapping && (
          <MappingEditor
            headers={plan.headers}
            onUse={(chosen) => {
              setMapping(chosen);
              check(chosen);
            }}
          />
        )}
        {plan && !plan.needsMapping && <Plan plan={plan} />}
        {plan && !plan.needsMapping && plan.steps.length > 0 && (
          <div>
            <button type="button" className="btn btn--primary" disabled={apply.isPending} onClick={run}>
              {apply.isPending ? t("common.working") : t("importExport.import.apply")}
            </button>
          </div>
        )}
        {apply.isSuccess && (
          <p className="import-export__done" role="status">
            {apply.data.summary}
          </p>
        )}
      </div>
    </Card>
  );
}

/** What Grove refused: each cell by row and column with the rule, or the step a method rule refused. */
function Problems({ error, onRetry, busy }: { error: unknown; onRetry: () => void; busy: boolean }) {
  const { t, i18n } = useTranslation();
  const refusal = refusalOf(error);
  if (!refusal) return <FailureAlert error={error} onRetry={onRetry} busy={busy} noFields />;
  return (
    <div className="alert" role="alert">
      <p>
        <strong>{t("importExport.import.nothing")}</strong>
        {/* The cells below say it in the page's words; a refusal of another kind says it here. */}
        {(refusal.details ?? []).some((detail) => detail.field.startsWith("row.")) ? null : ` ${refusal.message}`}
      </p>
      <ul>
        {(refusal.details ?? []).map((detail) => {
          const cell = /^row\.(\d+)\.(\w+)$/.exec(detail.field);
          return (
            <li key={`${detail.field}-${detail.rule}`}>
              {cell ? (
                <strong>
                  {t("importExport.import.cell", {
                    row: cell[1],
                    column: columnLabel(cell[2] as OkrTableColumn, i18n.language),
                  })}{" "}
                </strong>
              ) : null}
              {cell ? detail.message.replace(/^row \d+, \w+: /, "") : detail.message}{" "}
              <span className="subtle">({detail.rule})</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** A Grove column in the words of the template of the page's language. */
const columnLabel = (column: OkrTableColumn, language: string) =>
  (language.startsWith("zh") ? TEMPLATE_HEADERS.zh : TEMPLATE_HEADERS.en)[column] ?? column;

function Plan({ plan }: { plan: ImportPlan }) {
  const { t } = useTranslation();
  return (
    <section className="stack stack--2" aria-label={t("importExport.import.planLabel")}>
      <p role="status" className="import-export__summary">
        {plan.summary}
      </p>
      {plan.steps.length > 0 && (
        <ul className="import-export__steps">
          {plan.steps.map((step) => (
            <li key={step.description}>
              <code>{step.description}</code>
            </li>
          ))}
        </ul>
      )}
      <h3>{t("importExport.import.findings", { count: plan.findings.length })}</h3>
      {plan.findings.length === 0 ? (
        <p className="muted">{t("importExport.import.noFindings")}</p>
      ) : (
        <ul className="import-export__findings">
          {plan.findings.map((finding) => (
            <li
              key={`${finding.rule}-${finding.path}-${finding.message}`}
              className={`finding finding--${finding.severity}`}
            >
              <RuleId id={finding.rule} />{" "}
              {finding.row !== null && <strong>{t("importExport.import.row", { row: finding.row })} </strong>}
              {finding.message} <span className="subtle">{finding.suggestion}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Another tool's spreadsheet: which of its columns holds each of Grove's, saved under a name. */
function MappingEditor({ headers, onUse }: { headers: string[]; onUse: (mapping: ColumnMapping) => void }) {
  const { t, i18n } = useTranslation();
  const { org } = useOrg();
  const save = useSaveMapping(org);
  const [columns, setColumns] = useState<ColumnMapping>({});
  const [name, setName] = useState("");
  const ready = REQUIRED_COLUMNS.every((column) => columns[column]);
  const locale = i18n.language;
  const use = () => {
    if (name.trim()) save.mutate({ name: name.trim(), columns }, { onSuccess: () => onUse(columns) });
    else onUse(columns);
  };
  return (
    <section className="stack stack--2 import-export__mapping" aria-label={t("importExport.mapping.title")}>
      <h3>{t("importExport.mapping.title")}</h3>
      <p className="muted">{t("importExport.mapping.intro")}</p>
      <div className="import-export__grid">
        {OKR_TABLE_COLUMNS.map((column) => (
          <SelectField
            key={column}
            label={`${columnLabel(column, locale)}${REQUIRED_COLUMNS.includes(column) ? " *" : ""}`}
            value={columns[column] ?? ""}
            none={t("importExport.mapping.none")}
            onChange={(header) => setColumns((before) => ({ ...before, [column]: header || undefined }))}
            options={headers.filter(Boolean).map((header) => ({ value: header, label: header }))}
          />
        ))}
      </div>
      <label className="field">
        <span className="field__label">{t("importExport.mapping.name")}</span>
        <input className="input" value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
      </label>
      <FailureAlert error={save.error} noFields />
      <div>
        <button type="button" className="btn" disabled={!ready || save.isPending} onClick={use}>
          {name.trim() ? t("importExport.mapping.saveAndPreview") : t("importExport.mapping.preview")}
        </button>
      </div>
    </section>
  );
}

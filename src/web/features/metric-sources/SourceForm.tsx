import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type CreateMetricSource,
  type MetricSource,
  type ScheduleEvery,
  type SourceKind,
  useCreateMetricSource,
  useSourceHosts,
  useUpdateMetricSource,
} from "../../api/metric-sources.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { ChoiceGroup } from "../../ui/ChoiceGroup.tsx";
import { DialogForm } from "../../ui/DialogForm.tsx";
import { useDialogClose } from "../../ui/dialogClose.ts";
import { RuleId } from "../../ui/RuleId.tsx";
import { SelectField } from "../../ui/SelectField.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useFieldErrors } from "../editor/useFieldErrors.ts";

const KINDS: readonly SourceKind[] = ["http_json", "csv", "sql"];
const EVERY: readonly ScheduleEvery[] = ["hourly", "daily", "weekly"];
const WEEKDAYS = ["1", "2", "3", "4", "5", "6", "7"] as const;

/** A header as the form holds it: a stored secret has no value here and is sent without one to keep it. */
interface HeaderRow {
  name: string;
  value: string;
  secret: boolean;
  /** A secret the server holds: shown as "set", replaced only when a value is typed. */
  stored: boolean;
}

/** Why a KR takes its number from a source, with the rules in words and links to their cards. */
export function SourceHelp() {
  const { t } = useTranslation();
  const { link } = useOrg();
  return (
    <span className="kr-source__help">
      {(["K1", "K2"] as const).map((rule) => (
        <span key={rule}>
          <RuleId id={rule} href={`${link("/settings/coach")}#rule-${rule}-title`} /> {t(`methodRules.${rule}`)}.{" "}
        </span>
      ))}
      {t("source.help")}
    </span>
  );
}

/** Attach a source to a KR, or change the one it has; secrets are typed, never shown back. */
export function SourceForm({ keyResultId, source }: { keyResultId: string; source: MetricSource | null }) {
  const { t } = useTranslation();
  const close = useDialogClose();
  const { org } = useOrg();
  const create = useCreateMetricSource(org, keyResultId);
  const update = useUpdateMetricSource(org, source?.id ?? "");
  const save = source ? update : create;
  const hosts = useSourceHosts(org);
  const { errors, bind, fix } = useFieldErrors(save.error);
  const [kind, setKind] = useState<SourceKind>(source?.kind ?? "http_json");
  const [url, setUrl] = useState(source?.url ?? "");
  const [jsonPath, setJsonPath] = useState(source?.jsonPath ?? "");
  const [column, setColumn] = useState(source?.column ?? "");
  const [row, setRow] = useState<"last" | "date">(source?.row ?? "last");
  const [dateColumn, setDateColumn] = useState(source?.dateColumn ?? "");
  const [query, setQuery] = useState(source?.query ?? "");
  const [every, setEvery] = useState<ScheduleEvery>(source?.schedule.every ?? "daily");
  const [at, setAt] = useState(source?.schedule.at ?? "06:00");
  const [weekday, setWeekday] = useState(String(source?.schedule.weekday ?? 1));
  const [headers, setHeaders] = useState<HeaderRow[]>(
    (source?.headers ?? []).map((h) => ({ name: h.name, value: h.value ?? "", secret: h.secret, stored: h.secret })),
  );
  const changeHeader = (i: number, change: Partial<HeaderRow>) => {
    setHeaders(headers.map((h, j) => (j === i ? { ...h, ...change } : h)));
    for (const field of Object.keys(change)) fix(`headers.${i}.${field}`);
  };

  const body = (): CreateMetricSource => ({
    kind,
    url: url.trim(),
    ...(kind === "http_json" ? { jsonPath: jsonPath.trim() } : {}),
    ...(kind === "csv"
      ? { column: column.trim(), row, ...(row === "date" ? { dateColumn: dateColumn.trim() } : {}) }
      : {}),
    ...(kind === "sql" ? { query } : {}),
    ...(kind === "sql"
      ? {}
      : {
          headers: headers.map((h) =>
            h.stored && h.value === ""
              ? { name: h.name.trim(), secret: true }
              : { name: h.name.trim(), value: h.value, secret: h.secret },
          ),
        }),
    schedule: { every, at, weekday: Number(weekday) },
  });

  return (
    <DialogForm
      mutation={save}
      submit={source ? t("common.save") : t("source.attach")}
      onSubmit={() => save.mutate(body() as never, { onSuccess: close })}
      className="stack source-form"
      noValidate
    >
      <ChoiceGroup
        legend={t("source.kind")}
        name="source-kind"
        choices={KINDS}
        value={kind}
        onChange={(k) => {
          setKind(k);
          fix("url");
        }}
        label={(k) => t(`source.kinds.${k}`)}
        help={(k) => t(`source.kindHelp.${k}`)}
      />
      <TextField
        label={kind === "sql" ? t("source.connection") : t("source.url")}
        hint={
          kind === "sql"
            ? source?.kind === "sql"
              ? t("source.connectionStoredHint")
              : t("source.connectionHint")
            : t("source.urlHint", {
                hosts: hosts.data && hosts.data.length > 0 ? hosts.data.join(", ") : t("source.noHosts"),
              })
        }
        autoComplete="off"
        spellCheck={false}
        placeholder={kind === "sql" ? "postgresql://" : "https://"}
        {...bind("url", url, setUrl)}
        // The address rules are said in the reader's language, for the kind chosen.
        error={errors.has("url") ? t(kind === "sql" ? "source.badConnection" : "source.badUrl") : undefined}
      />
      {kind === "http_json" && (
        <TextField
          label={t("source.jsonPath")}
          hint={t("source.jsonPathHint")}
          autoComplete="off"
          spellCheck={false}
          placeholder="data.total"
          {...bind("jsonPath", jsonPath, setJsonPath)}
        />
      )}
      {kind === "csv" && (
        <>
          <TextField label={t("source.column")} autoComplete="off" {...bind("column", column, setColumn)} />
          <SelectField
            label={t("source.row")}
            options={[
              { value: "last", label: t("source.rows.last") },
              { value: "date", label: t("source.rows.date") },
            ]}
            {...bind("row", row, setRow)}
          />
          {row === "date" && (
            <TextField
              label={t("source.dateColumn")}
              autoComplete="off"
              {...bind("dateColumn", dateColumn, setDateColumn)}
            />
          )}
        </>
      )}
      {kind === "sql" && (
        <TextField
          label={t("source.query")}
          hint={t("source.queryHint")}
          rows={3}
          spellCheck={false}
          {...bind("query", query, setQuery)}
        />
      )}
      {kind !== "sql" && (
        <fieldset className="source-form__headers">
          <legend>{t("source.headers")}</legend>
          <p className="subtle">{t("source.headersHint")}</p>
          {headers.map((h, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the rows have no id; their order is the API's index
            <div className="source-form__header" key={i}>
              <TextField
                label={t("source.headerName")}
                autoComplete="off"
                value={h.name}
                error={errors.get(`headers.${i}.name`)}
                onChange={(name) => changeHeader(i, { name })}
              />
              <TextField
                label={t("source.headerValue")}
                type={h.secret ? "password" : "text"}
                autoComplete="off"
                placeholder={h.stored ? t("source.secretSet") : ""}
                hint={h.stored ? t("source.secretKept") : undefined}
                value={h.value}
                error={errors.get(`headers.${i}.value`)}
                onChange={(value) => changeHeader(i, { value })}
              />
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={h.secret}
                  disabled={h.stored}
                  onChange={(e) => changeHeader(i, { secret: e.target.checked })}
                />{" "}
                {t("source.secret")}
              </label>
              <button
                type="button"
                className="btn btn--ghost btn--small"
                aria-label={t("source.removeHeader", { name: h.name || i + 1 })}
                onClick={() => setHeaders(headers.filter((_, j) => j !== i))}
              >
                {t("source.remove")}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="btn btn--small"
            onClick={() => setHeaders([...headers, { name: "", value: "", secret: false, stored: false }])}
          >
            {t("source.addHeader")}
          </button>
        </fieldset>
      )}
      <div className="source-form__schedule">
        <SelectField
          label={t("source.every")}
          options={EVERY.map((e) => ({ value: e, label: t(`source.everyNames.${e}`) }))}
          {...bind("schedule.every", every, setEvery)}
        />
        <TextField
          label={t("source.at")}
          hint={every === "hourly" ? t("source.atHourlyHint") : t("source.atHint")}
          type="time"
          {...bind("schedule.at", at, setAt)}
        />
        {every === "weekly" && (
          <SelectField
            label={t("source.weekday")}
            options={WEEKDAYS.map((d) => ({ value: d, label: t(`source.weekdays.${d}`) }))}
            {...bind("schedule.weekday", weekday, setWeekday)}
          />
        )}
      </div>
    </DialogForm>
  );
}

import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSetSourceHosts, useSourceHosts } from "../../api/metric-sources.ts";
import { useOrg } from "../../layout/OrgContext.ts";
import { Card } from "../../ui/Card.tsx";
import { InlineForm } from "../../ui/InlineForm.tsx";
import { LoadError, loadFailed } from "../../ui/LoadError.tsx";
import { Skeleton } from "../../ui/Skeleton.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { useFieldErrors } from "../editor/useFieldErrors.ts";

/**
 * The hosts metric sources may fetch from (docs/metric-sources.md): nothing else is reached, so a
 * KR's source cannot be used to probe the server's own network. Admins only (the Settings page
 * shows it to them; the API refuses everyone else), one host per line.
 */
export function SourceHostsCard() {
  const { t } = useTranslation();
  const { org } = useOrg();
  const hosts = useSourceHosts(org);
  const save = useSetSourceHosts(org);
  const [text, setText] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { errors, fix } = useFieldErrors(save.error);
  useEffect(() => {
    if (hosts.data && text === null) setText(hosts.data.join("\n"));
  }, [hosts.data, text]);
  const lines = (text ?? "")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  // The API names the bad line as hosts.N: say which host it is.
  const bad = [...errors.keys()]
    .filter((field) => field.startsWith("hosts."))
    .map((field) => t("sourceHosts.badHost", { host: lines[Number(field.slice(6))] ?? "", why: errors.get(field) }));
  return (
    <Card titleId="source-hosts-title" title={t("sourceHosts.title")}>
      <div className="card__body stack">
        <p className="muted">{t("sourceHosts.intro")}</p>
        {loadFailed(hosts) ? (
          <LoadError queries={[hosts]} compact />
        ) : text === null ? (
          <Skeleton height={88} />
        ) : (
          <InlineForm
            block="source-hosts-form"
            submit={t("common.save")}
            mutation={save}
            primary
            onSubmit={() =>
              save.mutate(lines, {
                onSuccess: (made) => {
                  setText(made.hosts.join("\n"));
                  setSaved(true);
                },
              })
            }
          >
            <TextField
              label={t("sourceHosts.hosts")}
              hint={t("sourceHosts.hint")}
              rows={4}
              spellCheck={false}
              value={text}
              error={bad.length > 0 ? bad.join(" ") : undefined}
              onChange={(next) => {
                setText(next);
                setSaved(false);
                for (const field of errors.keys()) fix(field);
              }}
            />
          </InlineForm>
        )}
        {saved && (
          <p className="subtle" role="status">
            {t("sourceHosts.saved")}
          </p>
        )}
      </div>
    </Card>
  );
}

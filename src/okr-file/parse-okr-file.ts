import { isMap, LineCounter, type Node, parseDocument } from "yaml";
import type { z } from "zod";
import { type DraftOkrSet, quarterPeriod } from "../domain/coach/index.ts";
import { type OkrFile, okrFileSchema } from "./schema.ts";

export interface OkrFileError {
  file: string;
  /** 1-based; null when the problem has no place in the text (an empty file). */
  line: number | null;
  /** The field in path notation, e.g. "units[0].objectives[1].key_results[2].target". */
  field: string;
  message: string;
}

export type OkrFileResult =
  | { ok: true; set: DraftOkrSet; lineOf: (path: string) => number | null }
  | { ok: false; errors: OkrFileError[] };

type Path = ReadonlyArray<string | number>;

/** "units[0].objectives[1]" <-> ["units", 0, "objectives", 1] */
export function formatPath(path: Path): string {
  return path.reduce<string>(
    (text, part) => (typeof part === "number" ? `${text}[${part}]` : text === "" ? part : `${text}.${part}`),
    "",
  );
}
function parsePath(path: string): Path {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] ?? "")));
}

/** "file:line: field: message", the form `grove lint` prints for an invalid file. */
export function formatFileError(error: OkrFileError): string {
  const where = error.line === null ? error.file : `${error.file}:${error.line}`;
  return error.field === "" ? `${where}: ${error.message}` : `${where}: ${error.field}: ${error.message}`;
}

/**
 * Parses and validates an OKR file (docs/okr-as-code.md). Errors name the file, the line and
 * the field, because the person fixing them is looking at the YAML, not at our data model.
 */
export function parseOkrFile(text: string, file: string): OkrFileResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;

  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((error) => ({
        file,
        line: lineAt(error.pos[0]),
        field: "",
        message: `invalid YAML: ${error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "")}`,
      })),
    };
  }

  // The closest node that exists on the path: a missing field is reported at its parent.
  const nodeLine = (path: Path): number | null => {
    for (let length = path.length; length >= 0; length -= 1) {
      const node = doc.getIn(path.slice(0, length), true) as Node | undefined;
      if (node?.range) return lineAt(node.range[0]);
      if (length === 0 && doc.contents?.range) return lineAt(doc.contents.range[0]);
    }
    return null;
  };
  const keyLine = (path: Path, key: string): number | null => {
    const map = doc.getIn(path, true);
    if (isMap(map)) {
      const pair = map.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      const range = (pair?.key as Node | undefined)?.range;
      if (range) return lineAt(range[0]);
    }
    return nodeLine(path);
  };

  const parsed = okrFileSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.flatMap((issue) => toErrors(issue, file, nodeLine, keyLine)) };
  }
  return { ok: true, set: toDraft(parsed.data), lineOf: (path) => nodeLine(parsePath(path)) };
}

function toErrors(
  issue: z.core.$ZodIssue,
  file: string,
  nodeLine: (path: Path) => number | null,
  keyLine: (path: Path, key: string) => number | null,
): OkrFileError[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      file,
      line: keyLine(path, key),
      field: formatPath([...path, key]),
      message: "unknown field (allowed fields are listed in docs/okr-as-code.md)",
    }));
  }
  // zod words a missing field as a type error against undefined; say what the user must do.
  const missing = issue.code === "invalid_type" && issue.message.endsWith("received undefined");
  const message = missing ? "is required" : issue.message.replace(/^Invalid input: /, "");
  return [{ file, line: nodeLine(path), field: formatPath(path), message }];
}

function toDraft(file: OkrFile): DraftOkrSet {
  return {
    period: quarterPeriod(file.period),
    units: file.units.map((unit) => ({
      name: unit.name,
      parent: unit.parent ?? null,
      objectives: unit.objectives.map((objective) => ({
        title: objective.title,
        description: objective.description ?? null,
        keyResults: objective.key_results.map((kr) => ({
          title: kr.title,
          metric: kr.metric ?? null,
          unit: kr.unit ?? null,
          baseline: kr.baseline ?? null,
          target: kr.target ?? null,
          deadline: kr.deadline ?? null,
        })),
      })),
    })),
  };
}

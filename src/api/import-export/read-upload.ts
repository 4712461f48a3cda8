import { AppError } from "../../domain/errors.ts";
import { formatFileError, parseOkrFile } from "../../okr-file/index.ts";
import { type ImportOkrsInput, MAX_IMPORT_BYTES } from "../../schemas/import-export.ts";
import type { ImportSource } from "../../services/import-export/import-okrs.ts";

/**
 * The uploaded file as the import service takes it: its bytes (base64 for xlsx) within the limit,
 * and an OKR file parsed here, where the YAML format lives (src/okr-file serves the API and CLI).
 */
export function readUpload(input: ImportOkrsInput): ImportSource {
  const bytes = input.format === "xlsx" ? Buffer.from(input.content, "base64") : Buffer.from(input.content, "utf8");
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new AppError("payload_too_large", `The file is larger than ${MAX_IMPORT_BYTES} bytes (512 KiB)`, [
      {
        field: "content",
        rule: "max_bytes",
        message: `the file is ${bytes.length} bytes; at most ${MAX_IMPORT_BYTES} (512 KiB): split it by unit`,
      },
    ]);
  }
  if (input.format !== "yaml") {
    const { format, fileName, mapping, mappingId } = input;
    return {
      kind: "table",
      format,
      bytes,
      fileName,
      ...(mapping ? { mapping } : {}),
      ...(mappingId ? { mappingId } : {}),
    };
  }
  const parsed = parseOkrFile(bytes.toString("utf8"), input.fileName);
  if (!parsed.ok) {
    throw new AppError(
      "validation_failed",
      "The OKR file is not valid",
      parsed.errors.map((error) => ({ field: "content", rule: "okr_file", message: formatFileError(error) })),
    );
  }
  return { kind: "okrFile", set: parsed.set, fileName: input.fileName };
}

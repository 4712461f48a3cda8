/** OKRs as code: the YAML file format of docs/okr-as-code.md, read and written. */
export { formatFileError, type OkrFileError, type OkrFileResult, parseOkrFile } from "./parse-okr-file.ts";
export { okrFileSchema } from "./schema.ts";
export { toYaml } from "./to-yaml.ts";

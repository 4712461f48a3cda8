/** Where a command writes its words: standard output and standard error, or a test's collector. */
export type Print = (text: string) => void;

export const stdout: Print = (text) => process.stdout.write(text);
export const stderr: Print = (text) => process.stderr.write(text);

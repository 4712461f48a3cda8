// The embedded database's memory settings (docs/operations.md, "The embedded database's memory";
// docs/performance.md, "Memory"). PGlite runs PostgreSQL inside the server process, in a
// WebAssembly memory that grows and never shrinks, so PostgreSQL's caches are the server's resident
// memory: PostgreSQL's own default shared_buffers (128MB) alone took the memory from its initial
// 128 MiB to 189 MiB at start and filled as the reads went. They are passed as `-c name=value` at
// start-up, after PGlite's own start parameters, and an operator may change each with an
// environment variable.

const GiB = 1024 * 1024;

/**
 * The settings an operator may change, by environment variable, with PostgreSQL's minimum of each
 * and a maximum inside the WebAssembly memory's 2 GiB (effective_cache_size only guides the planner:
 * it allocates nothing).
 */
export const PGLITE_MEMORY_SETTINGS = [
  { variable: "GROVE_PGLITE_SHARED_BUFFERS", name: "shared_buffers", fallback: "32MB", minKiB: 128, maxKiB: GiB },
  { variable: "GROVE_PGLITE_WORK_MEM", name: "work_mem", fallback: "4MB", minKiB: 64, maxKiB: GiB },
  { variable: "GROVE_PGLITE_TEMP_BUFFERS", name: "temp_buffers", fallback: "8MB", minKiB: 800, maxKiB: GiB },
  {
    variable: "GROVE_PGLITE_MAINTENANCE_WORK_MEM",
    name: "maintenance_work_mem",
    fallback: "64MB",
    minKiB: 1024,
    maxKiB: GiB,
  },
  {
    variable: "GROVE_PGLITE_EFFECTIVE_CACHE_SIZE",
    name: "effective_cache_size",
    fallback: "4GB",
    minKiB: 8,
    maxKiB: 1024 * GiB,
  },
] as const;

export type PgliteSettingName = (typeof PGLITE_MEMORY_SETTINGS)[number]["name"];

/** Each setting's value as PostgreSQL reads it ("32MB"); a missing one takes its default above. */
export type PgliteSettings = Partial<Record<PgliteSettingName, string>>;

const UNITS_KIB: Record<string, number> = { kB: 1, MB: 1024, GB: 1024 * 1024 };
const SIZE = /^(\d+)(kB|MB|GB)$/;

/** Kibibytes of a size written as PostgreSQL writes memory ("512kB", "32MB", "1GB"), or null. */
export function sizeKiB(value: string): number | null {
  const match = SIZE.exec(value.trim());
  if (!match) return null;
  return Number(match[1]) * (UNITS_KIB[match[2] as string] as number);
}

/**
 * The settings the environment gives, checked: each must be a size PostgreSQL accepts for it
 * (PGlite itself only says "failed to initialize" for a wrong one). `fail` builds the error that
 * names the variable (config.ts makes it a UsageError, exit code 2).
 */
export function pgliteSettingsOf(env: NodeJS.ProcessEnv, fail: (message: string) => Error): PgliteSettings {
  const settings: PgliteSettings = {};
  for (const { variable, name, minKiB, maxKiB } of PGLITE_MEMORY_SETTINGS) {
    const value = env[variable]?.trim();
    if (!value) continue;
    const kib = sizeKiB(value);
    if (kib === null || kib < minKiB || kib > maxKiB) {
      throw fail(
        `${variable} must be a size from ${minKiB}kB to ${maxKiB / GiB}GB written as PostgreSQL writes it, e.g. 32MB or 512kB (got "${value}")`,
      );
    }
    settings[name] = value;
  }
  return settings;
}

/** PGlite's start parameters: its own, then every memory setting (the defaults where none is given). */
export function pgliteStartParams(defaults: readonly string[], settings: PgliteSettings = {}): string[] {
  const params = [...defaults];
  for (const { name, fallback } of PGLITE_MEMORY_SETTINGS) params.push("-c", `${name}=${settings[name] ?? fallback}`);
  return params;
}

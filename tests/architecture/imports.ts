import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

// Reads the import graph of src from the source text. Type-only imports count: a cycle of types
// still ties two modules together for the next reader. Tests are left out (they may import
// across layers to drive the real parts).

export interface SourceFile {
  path: string;
  text: string;
  /** Relative imports, as paths from the repository root. */
  imports: { path: string; typeOnly: boolean }[];
  /** Package and node: imports. */
  packages: string[];
}

const IMPORT = /^(import|export)\s+(type\s+)?[^;]*?from\s+"([^"]+)"/gms;

export function readSources(root: string, dir = "src"): SourceFile[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts"))
        files.push(path);
    }
  };
  walk(dir);
  return files.map((path) => {
    const text = readFileSync(join(root, path), "utf8");
    const imports: SourceFile["imports"] = [];
    const packages: string[] = [];
    for (const [, , typeOnly, target = ""] of text.matchAll(IMPORT)) {
      if (target.startsWith(".")) {
        imports.push({ path: relative(root, resolve(root, dirname(path), target)), typeOnly: Boolean(typeOnly) });
      } else packages.push(target);
    }
    return { path, text, imports, packages };
  });
}

/** The strongly connected groups of more than one file (Tarjan): each is an import cycle. */
export function importCycles(sources: SourceFile[]): string[][] {
  const edges = new Map(sources.map((s) => [s.path, s.imports.map((i) => i.path)]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v) ?? 0);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!edges.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w !== undefined) {
          onStack.delete(w);
          group.push(w);
        }
      } while (w !== undefined && w !== v);
      if (group.length > 1) cycles.push(group.sort());
    }
  };
  for (const v of edges.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

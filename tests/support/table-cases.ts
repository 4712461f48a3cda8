import { expect, it } from "vitest";

/**
 * The table of a one-argument function: one test per row `[input, expected]`, named by `title`
 * (vitest's `%s`, `%j` and `%i` take the input, then the expected answer), passing when `fn(input)`
 * equals `expected` (deeply for objects and lists, `Object.is` for the rest).
 */
export function itMaps<I, O>(title: string, fn: (input: I) => O, rows: readonly (readonly [I, O])[]): void {
  it.each(rows.map(([input, expected]): [I, O] => [input, expected]))(title, (input, expected) => {
    expect(fn(input)).toEqual(expected);
  });
}

import type { Locator, Page } from "playwright-core";

/**
 * Sends a form as a person does: types each of `values` into the field of `form` its key labels
 * (in order; `exact` matches the labels whole), then presses the button called `button`.
 */
export async function sendForm(
  form: Locator | Page,
  values: Record<string, string>,
  button: string | RegExp,
  options: { exact?: boolean } = {},
): Promise<void> {
  for (const [label, value] of Object.entries(values)) await form.getByLabel(label, options).fill(value);
  await form.getByRole("button", { name: button }).click();
}

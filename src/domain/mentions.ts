// @mentions in a discussion comment: "@Ada Lovelace, can you check?" names a person of the
// organisation by their full name. Names hold spaces and Chinese names are written without
// any, so the text is matched against the names (longest first) rather than split into words.

export interface Mentionable {
  id: string;
  name: string;
}

/** A Latin letter or digit right after a name means it was a longer word ("@Ann" in "@Anna"). */
const continuesWord = /[\p{Script=Latin}\p{Nd}]/u;

/** The people `text` mentions, each once, in the order they first appear. */
export function mentionedIn(text: string, people: Mentionable[]): string[] {
  const lower = text.toLocaleLowerCase();
  const byLength = people.filter((p) => p.name.trim() !== "").sort((a, b) => b.name.length - a.name.length);
  const found: { id: string; at: number }[] = [];
  const taken: boolean[] = [];
  for (const person of byLength) {
    const name = `@${person.name.toLocaleLowerCase()}`;
    for (let at = lower.indexOf(name); at !== -1; at = lower.indexOf(name, at + 1)) {
      const next = lower.charAt(at + name.length);
      if (taken[at] || (next && continuesWord.test(next))) continue;
      taken[at] = true;
      found.push({ id: person.id, at });
      break;
    }
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.id))];
}

/**
 * One named part of a thing in its definition list (`.parts`, or a page's facts): the name, then
 * the text as the person wrote it (issue 19: written once).
 */
export function Part({ term, text }: { term: string; text: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd className="user-text">{text}</dd>
    </div>
  );
}

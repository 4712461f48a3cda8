/** A person's name with their initials; names are shown as the organisation wrote them. */
export function Person({ name }: { name: string }) {
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join("");
  return (
    <span className="person">
      <span className="avatar" aria-hidden="true">
        {initials}
      </span>
      <span>{name}</span>
    </span>
  );
}

import type { ReactNode } from "react";

/** A column's heading, with a class of its own where it has one (`num` for figures). */
export type Column = ReactNode | { label: ReactNode; className: string };

const classed = (column: Column) =>
  typeof column === "object" && column !== null && "className" in column
    ? column
    : { label: column, className: undefined };

/**
 * A table's header row: one `th scope="col"` a column, in order (issue 19: the header row every
 * table of the app wrote by hand, written once).
 */
export function TableHead({ columns }: { columns: Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column, index) => {
          const { label, className } = classed(column);
          return (
            // A header row never reorders: a column's place is its identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <th key={index} scope="col" className={className}>
              {label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

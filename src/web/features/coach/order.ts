/**
 * The report's units in the organisation's tree order (S3: never ranked by their findings);
 * units the tree does not list come last, in the report's order.
 */
export function inOrganisationOrder<T extends { unitId: string }>(units: T[], treeOrder: string[]): T[] {
  const position = new Map(treeOrder.map((id, i) => [id, i]));
  const at = (u: T) => position.get(u.unitId) ?? treeOrder.length;
  return units
    .map((unit, index) => ({ unit, index }))
    .sort((a, b) => at(a.unit) - at(b.unit) || a.index - b.index)
    .map(({ unit }) => unit);
}

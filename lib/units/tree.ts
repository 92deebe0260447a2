/** A record placed in a tree, with its depth for indentation: the unit tree and the section tree alike. */
export interface TreeRow<T> {
  item: T;
  depth: number;
}

/**
 * Flattens records with `parentId` into tree order (each parent followed by its children, siblings in the
 * order given). A record whose parent is not in the list is a root: a province user's tree starts at the
 * province, whose parent (the nation) is outside their scope.
 */
export function toTreeRows<T extends { id: string; parentId: string | null }>(items: T[]): TreeRow<T>[] {
  const ids = new Set(items.map((item) => item.id));
  const children = new Map<string | null, T[]>();
  for (const item of items) {
    const parent = item.parentId !== null && ids.has(item.parentId) ? item.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), item]);
  }
  const rows: TreeRow<T>[] = [];
  const visit = (parentId: string | null, depth: number) => {
    for (const item of children.get(parentId) ?? []) {
      rows.push({ item, depth });
      visit(item.id, depth + 1);
    }
  };
  visit(null, 0);
  return rows;
}

import type { UnitsQuery } from '@/gql/graphql';

export type UnitRow = UnitsQuery['units'][number];
export type UnitNode = UnitRow & { children?: UnitNode[] };

/** Units as a tree by parentCode; a unit whose parent is outside the caller's scope is a root. */
export function unitTree(units: readonly UnitRow[]): UnitNode[] {
  const nodes = new Map<string, UnitNode>(units.map((unit) => [unit.code, { ...unit }]));
  const roots: UnitNode[] = [];
  for (const node of [...nodes.values()].sort((a, b) => a.code.localeCompare(b.code))) {
    const parent = node.parentCode ? nodes.get(node.parentCode) : undefined;
    if (!parent) roots.push(node);
    else if (parent.children) parent.children.push(node);
    else parent.children = [node];
  }
  return roots;
}

import { ANY_NODE, type Flow, type FlowNode } from './flow-definition.js';
import { pathOf } from './flow-problems.js';

/** How the flow leaves a node by itself; jumps, made by an officer's hand, are kept apart. */
export type EdgeKind = 'NEXT' | 'TIMEOUT' | 'APPROVE' | 'REJECT' | 'BRANCH' | 'DEFAULT';

export interface Edge {
  to: string;
  kind: EdgeKind;
  /** Where the reference is written, for problems. */
  path: string;
  /** For a BRANCH, its index among the decision's branches. */
  branch?: number;
}

/** The configured edges of a node, in the order they are written. */
export function edgesOf(node: FlowNode, index: number): Edge[] {
  const at = (kind: EdgeKind, to: string | undefined, ...field: Array<string | number>): Edge[] => (to === undefined ? [] : [{ to, kind, path: pathOf('nodes', index, ...field) }]);
  switch (node.kind) {
    case 'TASK':
      return [...at('NEXT', node.next, 'next'), ...at('TIMEOUT', node.onTimeout, 'onTimeout')];
    case 'APPROVAL':
      return [...at('APPROVE', node.onApprove, 'onApprove'), ...at('REJECT', node.onReject, 'onReject')];
    case 'DECISION':
      return [
        ...node.branches.map((branch, b): Edge => ({ to: branch.next, kind: 'BRANCH', path: pathOf('nodes', index, 'branches', b, 'next'), branch: b })),
        ...at('DEFAULT', node.defaultNext, 'defaultNext'),
      ];
    case 'END':
      return [];
  }
}

/** A flow's nodes by code. With duplicate codes the first one wins; the duplicates are a problem of their own. */
export class FlowIndex {
  readonly byCode = new Map<string, { node: FlowNode; index: number }>();

  constructor(readonly flow: Flow) {
    flow.nodes.forEach((node, index) => {
      if (!this.byCode.has(node.code)) this.byCode.set(node.code, { node, index });
    });
  }

  has(code: string) {
    return this.byCode.has(code);
  }

  get(code: string): FlowNode | undefined {
    return this.byCode.get(code)?.node;
  }

  /** Codes the flow goes to from `code` by itself (known nodes only). */
  next(code: string): string[] {
    const entry = this.byCode.get(code);
    return entry ? edgesOf(entry.node, entry.index).map((e) => e.to).filter((to) => this.has(to)) : [];
  }

  /**
   * Codes an officer may send the application to from `code`, `*` spelled out: known nodes where the application
   * can rest, never the node itself nor a decision (nobody acts there; the flow passes it by itself).
   * With `named`, only the nodes the jumps name: `*` is a permission, not a way designed into the flow.
   */
  jumps(code: string, named = false): string[] {
    const jumps = this.get(code)?.jumps ?? [];
    const targets = jumps.includes(ANY_NODE) && !named ? [...this.byCode.keys()] : jumps;
    return targets.filter((to) => to !== code && this.has(to) && this.get(to)?.kind !== 'DECISION');
  }
}

/** Every code reachable from `from` (included) following `step`. */
export function closure(from: Iterable<string>, step: (code: string) => Iterable<string>): Set<string> {
  const seen = new Set<string>(from);
  const queue = [...seen];
  while (queue.length) {
    for (const to of step(queue.shift() as string)) {
      if (seen.has(to)) continue;
      seen.add(to);
      queue.push(to);
    }
  }
  return seen;
}

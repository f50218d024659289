import { checkApprovals } from './check-approvals.js';
import { checkCatalogues } from './check-catalogues.js';
import { checkDecisions } from './check-decisions.js';
import { checkNodeEdges, checkPaths, checkReferences } from './check-structure.js';
import type { FlowContext } from './flow-context.js';
import { FlowIndex } from './flow-graph.js';
import type { FlowProblem } from './flow-problems.js';
import { readFlow } from './read-flow.js';

/**
 * Every problem that keeps a flow from being published, in a stable order: the shape first (nothing else is
 * checked on a malformed definition), then codes and references, the paths through the flow, decisions, the
 * catalogues, and approval levels; within each rule, nodes in the order they are defined. An empty list means
 * the flow may be published. The definition is read as sent (JSON from the console), not trusted as typed.
 */
export function validateFlow(definition: unknown, context: FlowContext): FlowProblem[] {
  const read = readFlow(definition);
  if (!read.ok) return read.problems;
  const { flow } = read;
  const index = new FlowIndex(flow);
  return [
    ...checkReferences(flow, index),
    ...checkNodeEdges(flow),
    ...checkPaths(flow, index),
    ...checkDecisions(flow, context),
    ...checkCatalogues(flow, context),
    ...checkApprovals(flow, index),
  ];
}

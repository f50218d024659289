/**
 * The subgraphs behind the cross-subgraph views (`auditTrails`, `jobQueues`),
 * as officers read them. A new subgraph is one line here, plus its field in
 * the views' operations (documents stay static for the persisted safelist).
 */
export const SUBGRAPH_LABELS = {
  identity: '用户中心',
  traffic: '交通管理',
  payment: '缴费中心',
  queue: '排队取号',
} as const;

export type SubgraphKey = keyof typeof SUBGRAPH_LABELS;

export const SUBGRAPHS = Object.keys(SUBGRAPH_LABELS) as SubgraphKey[];

/** `@include(if:)` variables selecting exactly one subgraph's field of a view. */
export const onlySubgraph = (selected: SubgraphKey) => Object.fromEntries(SUBGRAPHS.map((key) => [key, key === selected])) as Record<SubgraphKey, boolean>;

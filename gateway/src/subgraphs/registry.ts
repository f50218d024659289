/** Every subgraph the gateway composes, with its default local URL (port table in the README). */
export const SUBGRAPHS = [
  { name: 'identity', port: 4001 },
  { name: 'traffic', port: 4002 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export const defaultSubgraphUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;

/** `IDENTITY_URL`, `TRAFFIC_URL`… override the defaults. */
export function subgraphUrls(env: NodeJS.ProcessEnv = process.env): Record<SubgraphName, string> {
  return Object.fromEntries(
    SUBGRAPHS.map((s) => [s.name, env[`${s.name.toUpperCase().replace(/-/g, '_')}_URL`] ?? defaultSubgraphUrl(s.port)]),
  ) as Record<SubgraphName, string>;
}

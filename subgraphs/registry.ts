/**
 * The one list of subgraphs: composition, the gateway's default URLs, `npm start`, the test kit and the
 * bench all read it. Adding a subgraph = its folder `subgraphs/<name>/` (exporting its definition from
 * `@jingtong/<name>/subgraph`) + one line here. Ports are the README's port table; partner scopes are
 * data here so identity can issue keys for any subgraph's scopes without knowing the subgraph.
 */
export const SUBGRAPHS = [
  { name: 'identity', port: 4001, scopes: { 'identity.person:verify': '核验人员身份（姓名与身份证号是否一致）' } },
  { name: 'traffic', port: 4002, scopes: { 'traffic.vehicle:read': '查询机动车信息', 'traffic.violation:read': '查询交通违法记录' } },
  { name: 'queue', port: 4005 },
  { name: 'payment', port: 4006 },
] as const satisfies ReadonlyArray<SubgraphEntry>;

export interface SubgraphEntry {
  name: string;
  port: number;
  /** What a partner key can be allowed to read here (`<subgraph>.<thing>:<verb>` → its Chinese label); the subgraph enforces it. */
  scopes?: Readonly<Record<string, string>>;
}

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export function portOf(name: string): number {
  const entry = SUBGRAPHS.find((s) => s.name === name);
  if (!entry) throw new Error(`subgraph ${name} is not in subgraphs/registry.ts`);
  return entry.port;
}

export const defaultSubgraphUrl = (port: number, host = '127.0.0.1') => `http://${host}:${port}/graphql`;

/** `IDENTITY_URL`, `TRAFFIC_URL`, `EXIT_ENTRY_URL`… override the defaults. */
export const urlEnvName = (name: string) => `${name.toUpperCase().replace(/-/g, '_')}_URL`;

export function subgraphUrls(env: NodeJS.ProcessEnv = process.env): Record<SubgraphName, string> {
  return Object.fromEntries(SUBGRAPHS.map((s) => [s.name, env[urlEnvName(s.name)] ?? defaultSubgraphUrl(s.port)])) as Record<SubgraphName, string>;
}

/** Where a subgraph's source entry lives (development: tsx) and the module that exports its definition. */
export const entryOf = (name: string) => `subgraphs/${name}/src/index.ts`;
export const definitionModule = (name: string) => `@jingtong/${name}/subgraph`;

import { portOf } from '../../../registry.js';

/** `PAYMENT_INTERNAL_URL`, `TRAFFIC_INTERNAL_URL`…: where a subgraph reaches another's internal routes. */
export const peerUrlEnvName = (name: string) => `${name.toUpperCase().replace(/-/g, '_')}_INTERNAL_URL`;

/** Another subgraph's base URL (no trailing slash): its env override, else its registry port on this host. */
export function peerBaseUrl(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[peerUrlEnvName(name)] ?? `http://127.0.0.1:${portOf(name)}`).replace(/\/+$/, '');
}

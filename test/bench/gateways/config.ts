// What the bench's comparison gateways share: where to listen, the supergraph, and the signed caller header
// our subgraphs require. They have no guard: the caller is fixed by the bench (the demo citizen), only the
// request id changes, taken from each incoming request's `x-request-id`.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CALLER_HEADER, REQUEST_ID_HEADER, signCaller, type CallerInput } from '@jingtong/kit';

export interface ComparisonGatewayConfig {
  port: number;
  supergraphSdl: string;
  /** The headers to add to one subgraph fetch made for the incoming request id `requestId`, signed over its `body`. */
  subgraphHeaders(requestId: string | undefined, body: string): Record<string, string>;
}

export function comparisonGatewayConfig(env: NodeJS.ProcessEnv = process.env): ComparisonGatewayConfig {
  const secret = required(env, 'CALLER_SIGNING_SECRET');
  const caller = JSON.parse(required(env, 'BENCH_CALLER')) as Omit<CallerInput, 'requestId'>;
  return {
    port: Number(required(env, 'PORT')),
    supergraphSdl: readFileSync(required(env, 'SUPERGRAPH_PATH'), 'utf8'),
    subgraphHeaders(requestId, body) {
      const id = requestId || randomUUID();
      return { [CALLER_HEADER]: signCaller({ ...caller, requestId: id }, secret, body), [REQUEST_ID_HEADER]: id };
    },
  };
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

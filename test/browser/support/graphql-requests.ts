import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const manifestPath = new URL('../../../web/src/gql/persisted-documents.json', import.meta.url);

/** The sha256 the web app sends for its operation `name` (from the manifest the gateway loads). */
export function persistedHashOf(name: string): string {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;
  const entry = Object.entries(manifest).find(([, document]) => new RegExp(`\\b(query|mutation) ${name}\\b`).test(document));
  if (!entry) throw new Error(`no persisted operation ${name}`);
  return entry[0];
}

export interface SentOperation {
  hash: string | undefined;
  operationName: unknown;
  /** Operation text, if the page sent any (it must not). */
  query: unknown;
}

/** Every GraphQL request the page makes from now on, as its body says (kept up to date in place). */
export function graphqlRequests(page: Page): SentOperation[] {
  const sent: SentOperation[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/api/graphql') || request.method() !== 'POST') return;
    const body = JSON.parse(request.postData() ?? '{}') as { query?: unknown; operationName?: unknown; extensions?: { persistedQuery?: { sha256Hash?: string } } };
    sent.push({ hash: body.extensions?.persistedQuery?.sha256Hash, operationName: body.operationName, query: body.query });
  });
  return sent;
}

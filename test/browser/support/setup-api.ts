import type { Stack } from '../../kit/stack.js';

/**
 * The stack's own calls (`graphql`, and the helpers built on it) through an extra gateway without the safelist:
 * what a test sets up and checks with ad-hoc documents while the web app's gateway enforces persisted operations.
 */
export async function setupApi(stack: Stack): Promise<{ api: Stack; close(): Promise<void> }> {
  const setup = await stack.extraGateway({ SAFELIST_ENFORCE: 'false' });
  const api: Stack = {
    ...stack,
    async graphql(query, variables, token, headers) {
      const res = await fetch(setup.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, headers: res.headers, body: (await res.json()) as never };
    },
  };
  return { api, close: setup.close };
}

import { loadGatewayEnv } from '@jingtong/gateway';
import { loadIdentityEnv } from '@jingtong/identity';
import { buildSubgraph, DEV_CALLER_SIGNING_SECRET, type AnySubgraphDefinition } from '@jingtong/kit';
import { loadTrafficEnv } from '@jingtong/traffic';
import type { HostileArea } from '../hostile-world.js';

const refusal = (load: () => unknown): string => {
  try {
    load();
  } catch (error) {
    return (error as Error).message;
  }
  return '';
};

/**
 * Issue 7 item 2: gateway, identity and traffic started in production with the public caller secret
 * (anyone reaching a subgraph could sign any caller), and an unset NODE_ENV meant development (dev
 * sign-in, demo officers). Now every secret without a safe default is required in production and refused
 * when it is a development value, and only an explicit `development` / `test` is development.
 */
export const productionDefaults: HostileArea = {
  title: 'insecure defaults in production (item 2)',
  define(world) {
    const loaders = { gateway: loadGatewayEnv, identity: loadIdentityEnv, traffic: loadTrafficEnv } as const;

    it('refuses to start any service in production, or with NODE_ENV unset, on development secrets', () => {
      for (const [name, load] of Object.entries(loaders)) {
        for (const source of [{}, { NODE_ENV: 'production' }, { NODE_ENV: 'production', CALLER_SIGNING_SECRET: DEV_CALLER_SIGNING_SECRET }]) {
          const message = refusal(() => load(source));
          expect({ name, source, refusesCallerSecret: message.includes('CALLER_SIGNING_SECRET') }).toEqual({ name, source, refusesCallerSecret: true });
        }
      }
    });

    it('lists every secret a subgraph needs in production', () => {
      const identity = refusal(() => loadIdentityEnv({}));
      for (const name of ['CALLER_SIGNING_SECRET', 'PII_KEYS', 'PII_INDEX_KEY', 'IDENTITY_JWT_PRIVATE_JWK', 'PARTNER_KEY_HASH_SECRET', 'WECHAT_APP_SECRET', 'ALIPAY_APP_PRIVATE_KEY_PATH', 'TRAFFIC_PASSWORD', 'AUDIT_CHAIN_KEY']) {
        expect({ name, listed: identity.includes(name) }).toEqual({ name, listed: true });
      }
      const traffic = refusal(() => loadTrafficEnv({}));
      for (const name of ['CALLER_SIGNING_SECRET', 'PII_KEYS', 'PII_INDEX_KEY', 'TRAFFIC_PASSWORD', 'AUDIT_CHAIN_KEY']) expect({ name, listed: traffic.includes(name) }).toEqual({ name, listed: true });
    });

    it('does not build a subgraph from an environment that forgot NODE_ENV', async () => {
      const { traffic } = (await import('@jingtong/traffic/subgraph')) as { traffic: AnySubgraphDefinition };
      await expect(buildSubgraph(traffic, { LOG_LEVEL: 'silent', ...traffic.legacy?.(world.stack.legacy.url) })).rejects.toThrow(/CALLER_SIGNING_SECRET/);
    });

    it('treats an unset NODE_ENV as production once real secrets are given (no dev sign-in, no demo officers)', () => {
      const key = (b: number) => Buffer.alloc(32, b).toString('base64');
      const env = loadTrafficEnv({ CALLER_SIGNING_SECRET: 'a-real-caller-secret-0123456789-abcdef', PII_KEYS: `k1:${key(1)}`, PII_INDEX_KEY: key(2), TRAFFIC_PASSWORD: 'real', AUDIT_CHAIN_KEY: 'a-real-audit-chain-key-0123456789-abcdef' });
      expect(env.NODE_ENV).toBe('production');
      expect(loadGatewayEnv({ CALLER_SIGNING_SECRET: 'a-real-caller-secret-0123456789-abcdef' }).NODE_ENV).toBe('production');
      // Identity gates devSignIn and the demo officers on NODE_ENV !== 'production'; DEMO_OFFICERS=on is refused there.
      expect(refusal(() => loadIdentityEnv({ DEMO_OFFICERS: 'on' }))).toContain('DEMO_OFFICERS');
    });
  },
};

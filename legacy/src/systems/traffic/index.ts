/** 省交管综合应用平台 — the provincial traffic management platform, at /traffic. */
import type { SystemModule } from '../../framework/system.js';
import { trafficEnv } from './env.js';
import { trafficOperations } from './operations.js';
import { PaymentLedger } from './payments.js';
import { SessionStore } from './sessions.js';

export const traffic = {
  id: 'traffic',
  title: '省交管综合应用平台',
  wsdlFile: new URL('./traffic.wsdl', import.meta.url),
  env: trafficEnv,
  create({ seed, env, overrides }) {
    const settings = trafficEnv.parse(env);
    const sessions = new SessionStore(overrides.sessionTtlSeconds ?? settings.LEGACY_TRAFFIC_SESSION_TTL_SECONDS);
    const credentials = { userId: settings.LEGACY_TRAFFIC_USER_ID, password: settings.LEGACY_TRAFFIC_PASSWORD };
    const payments = new PaymentLedger();
    return {
      operations: trafficOperations({ seed, sessions, payments, credentials }),
      reset: () => {
        sessions.clear();
        payments.clear();
      },
    };
  },
} as const satisfies SystemModule<'traffic'>;

import { readFileSync } from 'node:fs';
import {
  type AuditLog,
  type CacheStore,
  createShortLivedStore,
  createSoapClient,
  type FieldCipher,
  type Kysely,
  type LegacySoapClient,
  type Logger,
  MemoryStore,
  type Metrics,
  RedisStore,
} from '@jingtong/kit';
import {
  FACE_WSDL,
  FUGITIVE_WSDL,
  HttpWechatGateway,
  type PopulationGateway,
  SdkAlipayGateway,
  SMS_WSDL,
  SoapFaceGateway,
  SoapFugitiveGateway,
  SoapSmsGateway,
  SoapTrafficGateway,
  TRAFFIC_WSDL,
} from '@jingtong/legacy-clients';
import type { IdentityDatabase } from '../../db/identity-database.js';
import type { IdentityEnv } from '../../env.js';
import type { IdentityAuditAction } from '../audit/audit-actions.js';
import type { TokenIssuer } from '../tokens/token-issuer.js';
import { FugitiveScreening } from './alerts/fugitive-screening.js';
import { SqlFugitiveAlerts } from './alerts/sql-fugitive-alerts.js';
import { citizenSessions } from './citizen-sessions.js';
import type { CitizensDeps } from './citizens-deps.js';
import { CitizenProjections } from './projection/citizen-projections.js';
import { ProjectionVersions } from './projection/projection-versions.js';
import { SliderHumanCheck } from './sms/human-check.js';
import { SmsBudget } from './sms/sms-budget.js';
import { SmsCodes } from './sms/sms-codes.js';

/** What the citizens module takes from identity's container; its own legacy clients and stores it makes here. */
export interface CitizensShared {
  logger: Logger;
  metrics: Metrics;
  db: Kysely<IdentityDatabase>;
  cipher: FieldCipher;
  audit: AuditLog<IdentityAuditAction>;
  /** The subgraph's cache store (in-process LRU, or Redis behind a short in-process tier): projections live there. */
  cache: CacheStore;
  population: PopulationGateway;
  tokens: Pick<TokenIssuer, 'issue'>;
}

/**
 * A key file the environment must name. No default: a local stack (`npm start`, the test kit, the bench) hands
 * every subgraph the stand-ins' DEV ONLY files through `standInCredentialsEnv()`; production names real ones.
 */
function keyFile(path: string | undefined, name: string): string {
  if (!path) throw new Error(`identity: ${name} is not set`);
  return readFileSync(path, 'utf8');
}

export async function createCitizensDeps(env: IdentityEnv, shared: CitizensShared): Promise<CitizensDeps & { close(): Promise<void> }> {
  const { logger, metrics, db, cipher, audit, cache, population, tokens } = shared;
  const clients: LegacySoapClient[] = [];
  const soap = async (system: string, wsdlPath: string, endpoint: string) => {
    const client = await createSoapClient({ system, wsdlPath, endpoint, deadlineMs: env.LEGACY_DEADLINE_MS, maxInFlight: env.LEGACY_MAX_IN_FLIGHT, logger, metrics });
    clients.push(client);
    return client;
  };

  const sms = new SoapSmsGateway(await soap('sms', SMS_WSDL, env.SMS_ENDPOINT), env.SMS_SIGN_NAME);
  const fugitive = new SoapFugitiveGateway(await soap('fugitive', FUGITIVE_WSDL, env.FUGITIVE_ENDPOINT));
  const face = new SoapFaceGateway(await soap('face', FACE_WSDL, env.FACE_ENDPOINT));
  const traffic = new SoapTrafficGateway(await soap('traffic', TRAFFIC_WSDL, env.TRAFFIC_ENDPOINT), {
    userId: env.TRAFFIC_USER_ID,
    password: env.TRAFFIC_PASSWORD,
    sysCode: env.TRAFFIC_SYS_CODE,
  });
  const alipay = new SdkAlipayGateway({
    gatewayUrl: env.ALIPAY_GATEWAY_URL,
    appId: env.ALIPAY_APP_ID,
    appPrivateKeyPem: keyFile(env.ALIPAY_APP_PRIVATE_KEY_PATH, 'ALIPAY_APP_PRIVATE_KEY_PATH'),
    alipayPublicKeyPem: keyFile(env.ALIPAY_PUBLIC_KEY_PATH, 'ALIPAY_PUBLIC_KEY_PATH'),
    timeoutMs: env.LEGACY_DEADLINE_MS,
  });
  const wechat = new HttpWechatGateway({ apiUrl: env.WECHAT_API_URL, appId: env.WECHAT_APP_ID, appSecret: env.WECHAT_APP_SECRET, timeoutMs: env.LEGACY_DEADLINE_MS });

  const namespace = `jt:${env.DATABASE_SCHEMA ?? 'identity'}`;
  const store = createShortLivedStore({ redisUrl: env.REDIS_URL, prefix: `${namespace}:codes:` });
  const smsCodes = new SmsCodes(store, sms, cipher, env.SMS_SIGN_NAME);
  const smsBudget = new SmsBudget(store, cipher, new SliderHumanCheck(store, cipher), {
    freePerSource: env.SMS_FREE_PER_SOURCE,
    maxPerSource: env.SMS_MAX_PER_SOURCE,
    maxPerMinute: env.SMS_MAX_PER_MINUTE,
  });
  // Versions must not sit in the cache store's per-process tier (another replica's change would go
  // unseen there): Redis itself, which fails loudly when away, or this process when it is the only one.
  const versionStore = env.REDIS_URL ? new RedisStore(env.REDIS_URL, `${namespace}:versions:`) : new MemoryStore();
  const projections = new CitizenProjections(db, cipher, cache, new ProjectionVersions(versionStore));
  const alerts = new SqlFugitiveAlerts(db, cipher, sms, audit, logger, env.SMS_SIGN_NAME);
  const idNumberOf = async (citizenId: string) => {
    const row = await db.selectFrom('citizens').select('id_number_enc').where('id', '=', citizenId).executeTakeFirst();
    return row?.id_number_enc ? cipher.decrypt(row.id_number_enc) : null;
  };
  const screening = new FugitiveScreening(fugitive, alerts, idNumberOf);

  return {
    db,
    cipher,
    audit,
    logger,
    population,
    face,
    alipay,
    wechat,
    traffic,
    sessions: citizenSessions(tokens, env.CITIZEN_TOKEN_TTL_SECONDS),
    smsCodes,
    smsBudget,
    projections,
    screening,
    alerts,
    devSignInAllowed: env.NODE_ENV !== 'production',
    close: async () => {
      for (const c of clients) c.close();
      await store.close();
      await versionStore.close();
    },
  };
}

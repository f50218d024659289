import { readFileSync } from 'node:fs';
import { type AuditLog, createShortLivedStore, createSoapClient, type Database, type FieldCipher, type LegacySoapClient, type Logger, type Metrics } from '@jingtong/kit';
import {
  FACE_WSDL,
  FUGITIVE_WSDL,
  HttpWechatGateway,
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
import { FugitiveScreening } from './alerts/fugitive-screening.js';
import { SqlFugitiveAlerts } from './alerts/sql-fugitive-alerts.js';
import type { CitizenCentreDeps } from './citizen-centre-deps.js';
import { SmsCodes } from './sms/sms-codes.js';

/** DEV ONLY keys of the Alipay stand-in (legacy/src/systems/alipay/dev-keys): used when no key paths are set outside production. */
const DEV_KEYS = new URL('../../../../../legacy/src/systems/alipay/dev-keys/', import.meta.url);

export async function buildCitizenCentre(
  env: IdentityEnv,
  shared: { logger: Logger; database: Database<IdentityDatabase>; cipher: FieldCipher; audit: AuditLog; metrics: Metrics },
): Promise<CitizenCentreDeps & { close(): Promise<void> }> {
  const { logger, database, cipher, audit, metrics } = shared;
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
    appPrivateKeyPem: readFileSync(env.ALIPAY_APP_PRIVATE_KEY_PATH ?? new URL('app-private.pem', DEV_KEYS), 'utf8'),
    alipayPublicKeyPem: readFileSync(env.ALIPAY_PUBLIC_KEY_PATH ?? new URL('alipay-public.pem', DEV_KEYS), 'utf8'),
    timeoutMs: env.LEGACY_DEADLINE_MS,
  });
  const wechat = new HttpWechatGateway({ apiUrl: env.WECHAT_API_URL, appId: env.WECHAT_APP_ID, appSecret: env.WECHAT_APP_SECRET, timeoutMs: env.LEGACY_DEADLINE_MS });

  const store = createShortLivedStore({ redisUrl: env.REDIS_URL, prefix: `jt:${env.DATABASE_SCHEMA ?? 'identity'}:codes:` });
  const smsCodes = new SmsCodes(store, sms, cipher, env.SMS_SIGN_NAME);
  const alerts = new SqlFugitiveAlerts(database.db, cipher, sms, audit, logger, env.SMS_SIGN_NAME);
  const idNumberOf = async (citizenId: string) => {
    const row = await database.db.selectFrom('citizens').select('id_number_enc').where('id', '=', citizenId).executeTakeFirst();
    return row?.id_number_enc ? cipher.decrypt(row.id_number_enc) : null;
  };
  const screening = new FugitiveScreening(fugitive, alerts, idNumberOf);

  return {
    sms,
    fugitive,
    face,
    alipay,
    wechat,
    traffic,
    smsCodes,
    screening,
    alerts,
    close: async () => {
      for (const c of clients) c.close();
      await store.close();
    },
  };
}

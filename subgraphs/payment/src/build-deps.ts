import { readFileSync } from 'node:fs';
import { createDatabase, createLogger, createMetrics, FieldCipher, keyringFromEnv, peerBaseUrl, SqlAuditLog } from '@jingtong/kit';
import { SdkAlipayPayments } from '@jingtong/legacy-clients/alipay';
import { AxiosWechatPayments, HttpWechatGateway } from '@jingtong/legacy-clients/wechat';
import type { PaymentAuditAction } from './audit/audit-actions.js';
import { AlipayChannel } from './channels/alipay-channel.js';
import { WechatChannel } from './channels/wechat-channel.js';
import { migrations } from './db/migrations/index.js';
import type { PaymentDatabase } from './db/tables/payment-database.js';
import type { PaymentDeps } from './deps.js';
import type { PaymentEnv } from './env.js';

/** A credential file the environment must name (the stand-ins' DEV ONLY keys in `npm start`, the tests and the bench). */
function keyFile(env: PaymentEnv, name: keyof PaymentEnv): string {
  const path = env[name];
  if (typeof path !== 'string' || !path) throw new Error(`payment: ${String(name)} is not set`);
  return readFileSync(path, 'utf8');
}

function required(env: PaymentEnv, name: keyof PaymentEnv): string {
  const value = env[name];
  if (typeof value !== 'string' || !value) throw new Error(`payment: ${String(name)} is not set`);
  return value;
}

export async function buildDeps(env: PaymentEnv, processEnv: NodeJS.ProcessEnv = process.env): Promise<PaymentDeps & { close(): Promise<void> }> {
  const logger = createLogger('payment', env.LOG_LEVEL);
  const metrics = createMetrics('payment');
  const database = await createDatabase<PaymentDatabase>({ name: 'payment', databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, schema: env.DATABASE_SCHEMA, migrations });
  const cipher = new FieldCipher(keyringFromEnv(processEnv));
  const alipay = new AlipayChannel(
    new SdkAlipayPayments({
      gatewayUrl: env.ALIPAY_GATEWAY_URL,
      appId: env.ALIPAY_APP_ID,
      appPrivateKeyPem: keyFile(env, 'ALIPAY_APP_PRIVATE_KEY_PATH'),
      alipayPublicKeyPem: keyFile(env, 'ALIPAY_PUBLIC_KEY_PATH'),
      timeoutMs: env.LEGACY_DEADLINE_MS,
    }),
  );
  const mchid = required(env, 'WECHATPAY_MCHID');
  const wechat = new WechatChannel(
    new AxiosWechatPayments({
      apiUrl: env.WECHATPAY_API_URL,
      mchid,
      appId: required(env, 'WECHATPAY_APP_ID'),
      merchantSerial: required(env, 'WECHATPAY_MERCHANT_SERIAL'),
      merchantPrivateKeyPem: keyFile(env, 'WECHATPAY_MERCHANT_PRIVATE_KEY_PATH'),
      publicKeyId: required(env, 'WECHATPAY_PUBLIC_KEY_ID'),
      publicKeyPem: keyFile(env, 'WECHATPAY_PUBLIC_KEY_PATH'),
      apiV3Key: required(env, 'WECHATPAY_APIV3_KEY'),
      timeoutMs: env.LEGACY_DEADLINE_MS,
    }),
  );
  return {
    env,
    logger,
    metrics,
    database,
    cipher,
    audit: new SqlAuditLog<PaymentAuditAction>(database.db),
    channels: { ALIPAY: alipay, WECHAT: wechat },
    wechatAuth: new HttpWechatGateway({ apiUrl: env.WECHAT_API_URL, appId: env.WECHAT_APP_ID, appSecret: env.WECHAT_APP_SECRET, timeoutMs: env.LEGACY_DEADLINE_MS }),
    verifiers: { alipay: (form) => alipay.verify(form), wechat: (headers, body) => wechat.verify(headers, body) },
    merchantIds: { ALIPAY: env.ALIPAY_APP_ID, WECHAT: mchid },
    peerUrl: (name) => peerBaseUrl(name, processEnv),
    notifyBaseUrl: (env.PAYMENT_NOTIFY_BASE_URL ?? peerBaseUrl('payment', processEnv)).replace(/\/+$/, ''),
    ready: () => database.ping(),
    close: async () => {
      await database.close();
    },
  };
}

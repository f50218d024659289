import { z } from 'zod';
import { AUDIT_CHAIN_DEV_KEY, auditEnv, commonEnv, loadEnv, refuseDevelopmentSecrets } from '@jingtong/kit';
import { alipayEnv, legacyCallEnv, wechatEnv, wechatPayEnv } from '@jingtong/legacy-clients/env';

export const PaymentEnvSchema = z
  .object({
    ...commonEnv,
    ...auditEnv,
    ...alipayEnv,
    ...wechatPayEnv,
    // WeChat web authorisation (网页授权) of the payment's official account: a payer inside WeChat pays by JSAPI, for their openid.
    ...wechatEnv,
    ...legacyCallEnv,
    DATABASE_SCHEMA: z.string().optional(),
    /** Where the channels send their asynchronous notifications: this subgraph's public base URL (behind the bureau's ingress in production); default its internal URL. */
    PAYMENT_NOTIFY_BASE_URL: z.string().url().optional(),
    /** Where the cashier sends the payer back: the H5 result page. */
    PAYMENT_RETURN_URL: z.string().url().default('http://127.0.0.1:3000/h5/pay/result'),
    /** A trade with no notification is asked about this long after it was started, then with backoff until it closes. */
    PAYMENT_SETTLE_AFTER_MS: z.coerce.number().int().positive().default(60_000),
    /** How often the channels' bills of the day before are reconciled; default daily, 0 = never (the default under NODE_ENV=test, where tests ask for runs). */
    PAYMENT_RECONCILE_EVERY_MS: z.coerce.number().int().min(0).optional(),
    /** When the daily run starts, Beijing time (HH:mm): after the channels publish the day before's bills (Alipay and WeChat Pay from about 09:00–10:00). */
    PAYMENT_RECONCILE_AT: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:mm, Beijing time')
      .default('10:30'),
  })
  .superRefine((env, ctx) => {
    refuseDevelopmentSecrets({ published: { AUDIT_CHAIN_KEY: AUDIT_CHAIN_DEV_KEY } })(env, ctx);
    if (env.NODE_ENV === 'production' && env.WECHAT_APP_SECRET === 'wechat-dev-secret') ctx.addIssue({ code: 'custom', path: ['WECHAT_APP_SECRET'], message: 'set the real secret in production' });
    // A JSAPI payer's openid is per official account: the one that authorises must be the one the orders are for.
    if (env.WECHATPAY_APP_ID && env.WECHAT_APP_ID !== env.WECHATPAY_APP_ID) ctx.addIssue({ code: 'custom', path: ['WECHAT_APP_ID'], message: 'must equal WECHATPAY_APP_ID (JSAPI openids are per official account)' });
  });

export type PaymentEnv = z.infer<typeof PaymentEnvSchema>;

export const loadPaymentEnv = (source: NodeJS.ProcessEnv = process.env) => loadEnv(PaymentEnvSchema, source);

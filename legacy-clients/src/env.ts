/**
 * Env fragments for the legacy endpoints and credentials, spread into each subgraph's zod object so a
 * variable's name and default live once. Defaults point at the stand-ins (`legacy/`, port 4900).
 */
import { z } from 'zod';

/** Deadline and concurrency of every legacy call. */
export const legacyCallEnv = {
  LEGACY_DEADLINE_MS: z.coerce.number().int().positive().default(3000),
  LEGACY_MAX_IN_FLIGHT: z.coerce.number().int().positive().default(64),
};

/** The stand-in's supervision password: refused in production by every subgraph that uses the platform. */
export const STAND_IN_TRAFFIC_PASSWORD = 'jingtong-dev';

/** The traffic platform and the supervision credentials for serverHander (its login check). */
export const trafficPlatformEnv = {
  TRAFFIC_ENDPOINT: z.string().url().default('http://127.0.0.1:4900/traffic'),
  TRAFFIC_USER_ID: z.string().default('jingtong'),
  TRAFFIC_PASSWORD: z.string().default(STAND_IN_TRAFFIC_PASSWORD),
  TRAFFIC_SYS_CODE: z.string().default('JINGTONG'),
};

export const populationEnv = {
  POPULATION_ENDPOINT: z.string().url().default('http://127.0.0.1:4900/population'),
};

export const smsEnv = {
  SMS_ENDPOINT: z.string().url().default('http://127.0.0.1:4900/sms'),
  /** Signature the SMS gateway puts in 【】 before every text. */
  SMS_SIGN_NAME: z.string().min(2).default('许昌公安'),
};

export const fugitiveEnv = {
  FUGITIVE_ENDPOINT: z.string().url().default('http://127.0.0.1:4900/fugitive'),
};

export const faceEnv = {
  FACE_ENDPOINT: z.string().url().default('http://127.0.0.1:4900/face'),
};

/** The halls' queue machines (排队叫号系统). */
export const queueEnv = {
  QUEUE_ENDPOINT: z.string().url().default('http://127.0.0.1:4900/queue'),
};

export const alipayEnv = {
  ALIPAY_GATEWAY_URL: z.string().url().default('http://127.0.0.1:4900/alipay/gateway.do'),
  ALIPAY_APP_ID: z.string().default('2021000000000001'),
  /** PEM files; without them (not in production) the legacy stand-in's DEV ONLY keys are used. */
  ALIPAY_APP_PRIVATE_KEY_PATH: z.string().optional(),
  ALIPAY_PUBLIC_KEY_PATH: z.string().optional(),
};

export const wechatEnv = {
  WECHAT_API_URL: z.string().url().default('http://127.0.0.1:4900/wechat'),
  WECHAT_APP_ID: z.string().default('wx0000000000000001'),
  WECHAT_APP_SECRET: z.string().default('wechat-dev-secret'),
};

/**
 * WeChat Pay API v3 (merchant side). Without the key paths, id and APIv3 key (not in production), the WeChat
 * Pay stand-in's DEV ONLY merchant keys are used.
 */
export const wechatPayEnv = {
  WECHATPAY_API_URL: z.string().url().default('http://127.0.0.1:4900/wechat'),
  WECHATPAY_MCHID: z.string().optional(),
  /** The official account the orders are for (JSAPI payers' openids are per app). */
  WECHATPAY_APP_ID: z.string().optional(),
  WECHATPAY_MERCHANT_SERIAL: z.string().optional(),
  WECHATPAY_MERCHANT_PRIVATE_KEY_PATH: z.string().optional(),
  WECHATPAY_PUBLIC_KEY_ID: z.string().optional(),
  WECHATPAY_PUBLIC_KEY_PATH: z.string().optional(),
  WECHATPAY_APIV3_KEY: z.string().length(32).optional(),
};

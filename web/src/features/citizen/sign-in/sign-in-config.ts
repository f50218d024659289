/** What the H5 sign-in page needs to send a citizen to Alipay / WeChat, read per request. */
export interface CitizenSignInConfig {
  alipay: { authorizeUrl: string; appId: string };
  wechat: { authorizeUrl: string; appId: string };
  /** The development sign-in by a seeded ID number (identity refuses it in production anyway). */
  devSignIn: boolean;
}

const DEFAULT_LEGACY_PUBLIC_URL = 'http://127.0.0.1:4900';

/**
 * Read from the environment when the page is requested, not at build time, so
 * one build serves any deployment (and tests point it at their own stand-ins).
 * The authorise URLs default to the legacy stand-ins under LEGACY_PUBLIC_URL;
 * production sets them to Alipay's and WeChat's own pages. App ids must be the
 * ones identity exchanges the codes with (ALIPAY_APP_ID / WECHAT_APP_ID).
 */
export function citizenSignInConfig(env: NodeJS.ProcessEnv = process.env): CitizenSignInConfig {
  const legacy = (env.LEGACY_PUBLIC_URL || DEFAULT_LEGACY_PUBLIC_URL).replace(/\/+$/, '');
  return {
    alipay: {
      authorizeUrl: env.ALIPAY_AUTHORIZE_URL || `${legacy}/alipay/oauth2/publicAppAuthorize.htm`,
      appId: env.ALIPAY_APP_ID || '2021000000000001',
    },
    wechat: {
      authorizeUrl: env.WECHAT_AUTHORIZE_URL || `${legacy}/wechat/connect/oauth2/authorize`,
      appId: env.WECHAT_APP_ID || 'wx0000000000000001',
    },
    devSignIn: env.WEB_DEV_SIGN_IN === 'on',
  };
}

/** 支付宝开放平台 — the Alipay open platform stand-in (HTTP), at /alipay/gateway.do. */
import type { HttpSystemModule } from '../../framework/http-system.js';
import { TokenSource } from '../shared/tokens.js';
import { AlipayAccounts } from './accounts.js';
import { readDevKey } from './dev-keys.js';
import { alipayEnv } from './env.js';
import { ALIPAY_METHODS, gatewayRoute, systemBusy } from './gateway.js';

export { ALIPAY_DEV_KEYS, ALIPAY_DEV_APP_ID } from './dev-keys.js';
export { alipayUserIdOf, type AlipayAuthorization } from './accounts.js';

export const alipay = {
  id: 'alipay',
  title: '支付宝开放平台',
  protocol: 'http',
  env: alipayEnv,
  create({ seed, env, tokenSeed }) {
    const settings = alipayEnv.parse(env);
    const accounts = new AlipayAccounts(seed, new TokenSource(tokenSeed && `${tokenSeed}:alipay`), settings.LEGACY_ALIPAY_CODE_TTL_SECONDS);
    const alipayPrivateKeyPem = readDevKey('alipayPrivateKeyPath');
    const route = gatewayRoute({ appId: settings.LEGACY_ALIPAY_APP_ID, appPublicKeyPem: readDevKey('appPublicKeyPath'), alipayPrivateKeyPem, accounts });
    return {
      operations: ALIPAY_METHODS,
      routes: [route],
      internalError: (_call, operation) => systemBusy(operation, alipayPrivateKeyPem),
      reset: () => accounts.clear(),
      accounts,
    };
  },
} as const satisfies HttpSystemModule<'alipay'>;

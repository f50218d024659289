import { ALIPAY_DEV_KEYS, WECHAT_DEV_APP } from '@jingtong/legacy';
import type { Stack } from '../../kit/stack.js';

/**
 * What the built web app must know about a test stack at request time: where
 * the Alipay / WeChat authorise pages are (the legacy stand-in) and the app ids
 * identity exchanges codes with.
 */
export function webEnvFor(stack: Stack, extra: Record<string, string> = {}): Record<string, string> {
  return {
    LEGACY_PUBLIC_URL: stack.legacy.url,
    ALIPAY_APP_ID: ALIPAY_DEV_KEYS.appId,
    WECHAT_APP_ID: WECHAT_DEV_APP.appId,
    ...extra,
  };
}

/** Where a test keeps its screenshots (git-ignored). */
export const artifact = (name: string) => new URL(`../../.artifacts/${name}`, import.meta.url).pathname;

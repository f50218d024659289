import { MemoryShortLivedStore } from './memory-short-lived-store.js';
import { RedisShortLivedStore } from './redis-short-lived-store.js';
import type { ShortLivedStore } from './short-lived-store.js';

export const createShortLivedStore = ({ redisUrl, prefix }: { redisUrl?: string; prefix: string }): ShortLivedStore =>
  redisUrl ? new RedisShortLivedStore(redisUrl, prefix) : new MemoryShortLivedStore();

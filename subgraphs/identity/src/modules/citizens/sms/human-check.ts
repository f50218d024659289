import { randomInt, randomUUID } from 'node:crypto';
import type { FieldCipher, ShortLivedStore } from '@jingtong/kit';

/** What the page shows: drag a slider from 0 to `max` until it reads `target`. */
export interface HumanCheckChallenge {
  id: string;
  prompt: string;
  max: number;
}

/** A human check the SMS budget asks for; a real captcha service would implement the same two calls. */
export interface HumanCheck {
  /** A new challenge for this client address (`source`). */
  issue(source: string): Promise<HumanCheckChallenge>;
  /** True once per challenge, for the address it was issued to, with an answer within the tolerance. */
  verify(source: string, id: string, answer: number): Promise<boolean>;
}

export const HUMAN_CHECK_TTL_MS = 2 * 60_000;
const MAX = 100;
const TOLERANCE = 3;

/**
 * A STAND-IN for a slider / image captcha (no captcha library is installed here, and no third-party service is
 * wired): the server picks a position, keeps only a keyed digest of it with the challenge (single use, 2 minutes,
 * bound to the address that asked), and the page's slider must land within ±3 of it. It stops a plain script
 * that only replays `requestSmsCode`, not a determined bot that reads the prompt: replace it with the provider's
 * check behind `HumanCheck` before going live.
 */
export class SliderHumanCheck implements HumanCheck {
  constructor(
    private readonly store: ShortLivedStore,
    private readonly cipher: FieldCipher,
  ) {}

  private key = (id: string) => `human:${id}`;
  private digest = (source: string, id: string, target: number) => this.cipher.blindIndex(`${source}:${id}:${target}`, 'human-check');

  async issue(source: string): Promise<HumanCheckChallenge> {
    const id = randomUUID();
    const target = randomInt(10, MAX - 9);
    await this.store.set(this.key(id), `${target}:${this.digest(source, id, target)}`, HUMAN_CHECK_TTL_MS);
    return { id, prompt: `请拖动滑块至 ${target}`, max: MAX };
  }

  async verify(source: string, id: string, answer: number): Promise<boolean> {
    if (!/^[0-9a-f-]{36}$/.test(id) || !Number.isInteger(answer)) return false;
    const stored = await this.store.get(this.key(id));
    // Single use: whoever takes it first is the only one who may pass with it, right or wrong.
    if (!stored || !(await this.store.take(this.key(id)))) return false;
    const [target, digest] = stored.split(':');
    return digest === this.digest(source, id, Number(target)) && Math.abs(answer - Number(target)) <= TOLERANCE;
  }
}

import { FieldCipher, keyringFromEnv, MemoryShortLivedStore } from '@jingtong/kit';
import { SliderHumanCheck } from './human-check.js';
import { DEFAULT_SMS_BUDGET, SmsBudget } from './sms-budget.js';

function setup(limits = DEFAULT_SMS_BUDGET) {
  let now = Date.UTC(2026, 10, 28, 2, 0, 5);
  const store = new MemoryShortLivedStore(() => now);
  const cipher = new FieldCipher(keyringFromEnv({ NODE_ENV: 'test' }));
  const budget = new SmsBudget(store, cipher, new SliderHumanCheck(store, cipher), limits, () => now);
  return { budget, advance: (ms: number) => (now += ms) };
}
const solve = (prompt: string) => Number(/(\d+)$/.exec(prompt)![1]);

describe('SmsBudget', () => {
  it('gives an address 3 free codes, then one per solved check; parallel requests cannot slip under the limit', async () => {
    const { budget } = setup();
    const verdicts = await Promise.all(Array.from({ length: 10 }, () => budget.admit('a', null)));
    expect(verdicts.filter((v) => v.ok)).toHaveLength(3);
    const asked = verdicts.find((v) => !v.ok && v.code === 'HUMAN_CHECK_REQUIRED');
    if (!asked || asked.ok || asked.code === 'SMS_BUDGET_EXCEEDED') throw new Error('no challenge');
    expect(await budget.admit('a', { id: asked.humanCheck.id, answer: solve(asked.humanCheck.prompt) })).toEqual({ ok: true });
    expect((await budget.admit('b', null)).ok).toBe(true);
  });

  it('caps the whole service per minute, every address together, and opens again the next minute', async () => {
    const { budget, advance } = setup({ freePerSource: 5, maxPerSource: 5, maxPerMinute: 12 });
    const first = await Promise.all(Array.from({ length: 20 }, (_, i) => budget.admit(`src-${i}`, null)));
    expect(first.filter((v) => v.ok)).toHaveLength(12);
    expect(first.find((v) => !v.ok)).toMatchObject({ ok: false, code: 'SMS_BUDGET_EXCEEDED', retryAfterSeconds: 55 });
    advance(60_000);
    expect((await budget.admit('src-99', null)).ok).toBe(true);
  });

  it('holds an address to its hourly cap with checks, until the hour is over', async () => {
    const { budget, advance } = setup({ freePerSource: 0, maxPerSource: 2, maxPerMinute: 100 });
    let verdict = await budget.admit('a', null);
    let sent = 0;
    for (let i = 0; i < 6; i++) {
      if (verdict.ok) sent++;
      verdict = !verdict.ok && verdict.code !== 'SMS_BUDGET_EXCEEDED' ? await budget.admit('a', { id: verdict.humanCheck.id, answer: solve(verdict.humanCheck.prompt) }) : await budget.admit('a', null);
    }
    expect(sent).toBe(2);
    expect(verdict).toMatchObject({ ok: false });
    advance(3_600_001);
    const later = await budget.admit('a', null);
    if (later.ok || later.code === 'SMS_BUDGET_EXCEEDED') throw new Error('expected a check');
    expect(await budget.admit('a', { id: later.humanCheck.id, answer: solve(later.humanCheck.prompt) })).toEqual({ ok: true });
  });
});

import { createLogger } from '@jingtong/kit';
import type { FugitiveGateway, FugitiveHit } from '@jingtong/legacy-clients';
import type { FugitiveAlertSink } from './alert-sink.js';
import { FugitiveScreening } from './fugitive-screening.js';

const HIT: FugitiveHit = { idNumber: '41100219710731909X', caseNumber: 'A1', wantedBy: '某公安局', category: '盗窃', listedOn: '2021-04-28' };
const person = { citizenId: 'c1', idNumber: HIT.idNumber };

function setup(check: FugitiveGateway['check'], raise: FugitiveAlertSink['raise'] = async () => {}) {
  const raised: string[] = [];
  const screening = new FugitiveScreening({ check }, { raise: async (h, p, r) => { raised.push(`${p.citizenId}:${h.caseNumber}:${r}`); await raise(h, p, r); } }, createLogger('t', 'silent'));
  return { screening, raised };
}

describe('FugitiveScreening', () => {
  it('raises an alert for a hit, beside the caller: screen() returns before the check answers', async () => {
    let answer!: (hit: FugitiveHit | null) => void;
    const { screening, raised } = setup(() => new Promise((resolve) => (answer = resolve)));
    expect(screening.screen(person, 'r1')).toBeUndefined();
    expect(raised).toEqual([]);
    answer(HIT);
    await screening.drain();
    expect(raised).toEqual(['c1:A1:r1']);
  });

  it('raises nothing for a person not listed', async () => {
    const { screening, raised } = setup(async () => null);
    screening.screen(person, 'r2');
    await screening.drain();
    expect(raised).toEqual([]);
  });

  it('never lets a failing check or alert reach the caller', async () => {
    const failingCheck = setup(async () => {
      throw new Error('fugitive system down');
    });
    failingCheck.screening.screen(person, 'r3');
    await expect(failingCheck.screening.drain()).resolves.toBeUndefined();

    const failingSink = setup(async () => HIT, async () => {
      throw new Error('database down');
    });
    failingSink.screening.screen(person, 'r4');
    await expect(failingSink.screening.drain()).resolves.toBeUndefined();
    expect(failingSink.raised).toEqual(['c1:A1:r4']);
  });
});

import type { FugitiveGateway, FugitiveHit } from '@jingtong/legacy-clients';
import type { FugitiveAlertSink } from './alert-sink.js';
import { FugitiveScreening } from './fugitive-screening.js';

const HIT: FugitiveHit = { idNumber: '41100219710731909X', caseNumber: 'A1', wantedBy: '某公安局', category: '盗窃', listedOn: '2021-04-28' };
const ID_NUMBERS: Record<string, string> = { c1: HIT.idNumber, c2: '110105194912310021' };

function setup(check: FugitiveGateway['check'], raise: FugitiveAlertSink['raise'] = async () => {}) {
  const raised: string[] = [];
  const checked: string[] = [];
  const screening = new FugitiveScreening(
    {
      check: async (idNumber, ctx) => {
        checked.push(idNumber);
        return check(idNumber, ctx);
      },
    },
    {
      raise: async (h, p, r) => {
        raised.push(`${p.citizenId}:${h.caseNumber}:${r}`);
        return raise(h, p, r);
      },
    },
    async (citizenId) => ID_NUMBERS[citizenId] ?? null,
  );
  return { screening, raised, checked };
}

describe('FugitiveScreening (the fugitive.screen job)', () => {
  it('checks the ID number read when the job runs (the payload holds the citizen id only) and raises a hit', async () => {
    const { screening, raised, checked } = setup(async () => HIT);
    await screening.run({ citizenId: 'c1', requestId: 'r1' });
    expect(checked).toEqual([HIT.idNumber]);
    expect(raised).toEqual(['c1:A1:r1']);
  });

  it('raises nothing for a person not listed, and checks nothing for a record that is gone', async () => {
    const { screening, raised, checked } = setup(async () => null);
    await screening.run({ citizenId: 'c2', requestId: 'r2' });
    await screening.run({ citizenId: 'merged-away', requestId: 'r3' });
    expect(checked).toEqual(['110105194912310021']);
    expect(raised).toEqual([]);
  });

  it('fails (so the job is retried) while the fugitive system or the alert store fails', async () => {
    await expect(setup(async () => Promise.reject(new Error('fugitive system down'))).screening.run({ citizenId: 'c1', requestId: 'r4' })).rejects.toThrow('fugitive system down');
    const failingSink = setup(async () => HIT, async () => Promise.reject(new Error('database down')));
    await expect(failingSink.screening.run({ citizenId: 'c1', requestId: 'r5' })).rejects.toThrow('database down');
  });
});

import { FieldCipher, keyringFromEnv } from '@jingtong/kit';
import { openProjection, sealProjection, type CitizenProjection } from './citizen-projection.js';

const cipher = new FieldCipher(keyringFromEnv({ NODE_ENV: 'test' }));
const projection: CitizenProjection = {
  citizen: { id: 'c1', idNumber: '411002198001011235', name: '张三丰', phone: null, assuranceLevel: 2, createdAt: new Date('2026-01-02T03:04:05Z') },
  boundPlates: ['豫K·A1001'],
};

describe('a sealed citizen projection', () => {
  it('opens to what was sealed, and holds nothing of it in clear', () => {
    const sealed = sealProjection(cipher, projection);
    for (const secret of ['411002198001011235', '张三丰', '豫K·A1001']) expect(sealed).not.toContain(secret);
    expect(openProjection(cipher, 'c1', sealed)).toEqual(projection);
  });

  it('is refused under another citizen’s key, and unreadable values are misses', () => {
    const sealed = sealProjection(cipher, projection);
    expect(openProjection(cipher, 'c2', sealed)).toBeUndefined();
    expect(openProjection(cipher, 'c1', `${sealed.slice(0, -4)}AAAA`)).toBeUndefined();
    expect(openProjection(cipher, 'c1', JSON.stringify({ id: 'c1', boundPlates: [] }))).toBeUndefined();
  });
});

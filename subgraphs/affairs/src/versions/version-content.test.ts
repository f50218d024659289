import { normalizeDraft } from '../drafts/normalize-draft.js';
import { sampleFlow } from '../flows/testing/sample-flow.js';
import { draftFixture } from '../testing/draft-fixture.js';
import { versionContent } from './version-content.js';

/** The same value with the keys of every object in reverse order. */
const reversedKeys = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(reversedKeys) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)])) : value;

const contentOf = (draft: ReturnType<typeof draftFixture>) => normalizeDraft(draft as Parameters<typeof normalizeDraft>[0]);

describe('what a publication freezes', () => {
  it('digests the same content the same, whatever the order of keys, the spaces around text or the order of input', () => {
    const one = versionContent(contentOf(draftFixture()));
    const shuffled = draftFixture();
    shuffled.fields.reverse();
    shuffled.fields[0] = { ...shuffled.fields[0], label: ` ${shuffled.fields[0].label} ` };
    shuffled.flow = reversedKeys(sampleFlow);
    expect(JSON.stringify(shuffled.flow)).not.toBe(JSON.stringify(sampleFlow));
    expect(one).not.toBeNull();
    expect(versionContent(contentOf(shuffled))?.digest).toBe(one?.digest);
  });

  it('digests any change differently: an attribute, a material, a node', () => {
    const base = versionContent(contentOf(draftFixture()))!;
    const variants = [
      (d: ReturnType<typeof draftFixture>) => (d.fields[0].required = false),
      (d: ReturnType<typeof draftFixture>) => (d.materials[1].sizeLimitKb = 4096),
      (d: ReturnType<typeof draftFixture>) => ((d.flow as typeof sampleFlow).nodes[0].name = '初审'),
    ];
    for (const change of variants) {
      const draft = draftFixture();
      change(draft);
      const changed = versionContent(contentOf(draft))!;
      expect(changed.digest).not.toBe(base.digest);
    }
  });

  it('freezes the flow and is nothing while the flow cannot be read', () => {
    const content = versionContent(contentOf(draftFixture()))!;
    expect(Object.isFrozen(content.flow.nodes[0])).toBe(true);
    expect(versionContent(contentOf({ ...draftFixture(), flow: { start: 'X' } }))).toBeNull();
    expect(versionContent(contentOf({ ...draftFixture(), flow: null }))).toBeNull();
  });
});

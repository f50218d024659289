import type { Flow } from './flow-definition.js';
import { canonicalJson, snapshotFlow } from './flow-snapshot.js';
import { nodeOf, sampleFlow } from './testing/sample-flow.js';

/** The same value with the keys of every object in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)]));
  return value;
}

describe('canonicalJson', () => {
  it('sorts keys at every depth, keeps arrays in order, leaves undefined out', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null, e: undefined }, s: '预审' })).toBe('{"a":{"c":null,"d":[2,1]},"b":1,"s":"预审"}');
  });
});

describe('snapshotFlow', () => {
  it('gives the same digest to the same content, whatever the order of keys', () => {
    const first = snapshotFlow(sampleFlow);
    const shuffled = reversedKeys(sampleFlow) as Flow;
    expect(JSON.stringify(shuffled)).not.toBe(JSON.stringify(sampleFlow));
    expect(first.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(snapshotFlow(shuffled).digest).toBe(first.digest);
    expect(snapshotFlow(structuredClone(sampleFlow)).digest).toBe(first.digest);
  });

  it('changes the digest when the content changes, the order of nodes or of conditions included', () => {
    const digest = snapshotFlow(sampleFlow).digest;
    const renamed = structuredClone(sampleFlow);
    renamed.nodes[0].name = '材料预审';
    const longer = structuredClone(sampleFlow);
    nodeOf(longer, 'PAY', 'TASK').deadlineDays = 8;
    const reordered = { ...sampleFlow, nodes: [...sampleFlow.nodes].reverse() };
    const digests = [renamed, longer, reordered].map((flow) => snapshotFlow(flow).digest);
    expect(new Set([digest, ...digests]).size).toBe(4);
  });

  it('cannot be modified, at any depth, and does not follow later changes of the draft', () => {
    const draft = structuredClone(sampleFlow);
    const { flow, digest } = snapshotFlow(draft);
    expect(() => {
      (flow as Flow).start = 'ACCEPT';
    }).toThrow(TypeError);
    expect(() => (flow.nodes as Flow['nodes']).push(sampleFlow.nodes[0])).toThrow(TypeError);
    expect(() => {
      (nodeOf(flow as Flow, 'FEE_CHECK', 'DECISION').branches[0].subject as { kind: string }).kind = 'FIELD';
    }).toThrow(TypeError);
    draft.nodes[0].name = '改过的预审';
    expect(flow.nodes[0].name).toBe('预审');
    expect(snapshotFlow(flow as Flow).digest).toBe(digest);
  });

  it('keeps only the definition: a stray key is refused, not published', () => {
    expect(() => snapshotFlow({ ...sampleFlow, note: '草稿' } as Flow)).toThrow();
  });
});

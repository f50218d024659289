import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Safelist } from './safelist.js';

const DOCUMENT = 'query Mine { me { id } }';
const hash = createHash('sha256').update(DOCUMENT).digest('hex');

describe('the safelist (persisted-operation manifest)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jt-safelist-'));
  const path = join(dir, 'persisted-documents.json');
  writeFileSync(path, JSON.stringify({ [hash]: DOCUMENT }));
  const safelist = Safelist.fromFile(path);
  const persisted = (sha256Hash: unknown) => ({ extensions: { persistedQuery: { sha256Hash } } });

  it('resolves a known hash to its document, with or without the same text', () => {
    expect(safelist.size).toBe(1);
    expect(safelist.resolve(persisted(hash))).toBe(DOCUMENT);
    expect(safelist.resolve({ query: DOCUMENT, ...persisted(hash) })).toBe(DOCUMENT);
  });

  it('resolves nothing else: an unknown hash, other text with a known hash, free text, a hash that is not a string', () => {
    expect(safelist.resolve(persisted('0'.repeat(64)))).toBeNull();
    expect(safelist.resolve({ query: '{ me { id name } }', ...persisted(hash) })).toBeNull();
    expect(safelist.resolve({ query: DOCUMENT })).toBeNull();
    expect(safelist.resolve(persisted([hash]))).toBeNull();
  });

  it('is empty, not an error, when the manifest is missing', () => {
    const missing = Safelist.fromFile(join(dir, 'nope.json'));
    expect(missing.size).toBe(0);
    expect(missing.resolve(persisted(hash))).toBeNull();
  });
});

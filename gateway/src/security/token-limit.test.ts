import { overTokenLimit } from './token-limit.js';

describe('token limit before parsing', () => {
  const fields = (n: number) => `{ ${Array.from({ length: n }, () => '__typename').join(' ')} }`;

  it('counts every token and stops past the limit', () => {
    expect(overTokenLimit(fields(8), 10)).toBe(false); // 8 fields + 2 braces
    expect(overTokenLimit(fields(9), 10)).toBe(true);
  });

  it('leaves a lexing error to the parser', () => {
    expect(overTokenLimit('{ "unterminated', 1000)).toBe(false);
  });
});

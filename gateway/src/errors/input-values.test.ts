import { buildSchema, graphqlSync } from 'graphql';
import { withoutInputValues } from './input-values.js';

const schema = buildSchema(`
  enum Purpose { SIGN_IN REAL_NAME }
  input I { name: String! smsCode: String! tags: [Int!] }
  type Query { f(i: I, p: Purpose, s: String): Boolean }
`);
const messagesOf = (source: string, variableValues?: Record<string, unknown>) =>
  (graphqlSync({ schema, source, variableValues }).errors ?? []).map((e) => e.message);

describe('coercion messages without the submitted value', () => {
  const secret = '123456';
  const cases: Array<[string, string, Record<string, unknown>]> = [
    ['a variable field of the wrong type', 'query($i: I) { f(i: $i) }', { i: { name: 'a', smsCode: 123456 } }],
    ['a list element', 'query($i: I) { f(i: $i) }', { i: { name: 'a', smsCode: 'x', tags: ['123456'] } }],
    ['an unknown enum value', 'query($p: Purpose) { f(p: $p) }', { p: 'X123456' }],
    ['a whole variable of the wrong type', 'query($s: String) { f(s: $s) }', { s: 123456 }],
    ['a literal of the wrong type', '{ f(s: 123456) }', {}],
    ['a literal enum', '{ f(p: X123456) }', {}],
  ];

  it.each(cases)('%s: graphql-js echoes it, we do not', (_name, source, variables) => {
    const raw = messagesOf(source, variables);
    expect(raw.join(' ')).toContain(secret);
    const clean = raw.map(withoutInputValues);
    expect(clean.join(' ')).not.toContain(secret);
    expect(clean.every((m) => /[\u4e00-\u9fa5]/.test(m))).toBe(true);
  });

  it('names the variable and the field path', () => {
    const [message] = messagesOf('query($i: I) { f(i: $i) }', { i: { name: 'a', smsCode: 123456 } }).map(withoutInputValues);
    expect(message).toBe('变量 $i 的值无效（位置 i.smsCode）');
  });

  it('a string value that imitates the path cannot move it', () => {
    const [message] = messagesOf('query($s: String) { f(s: $s) }', { s: ['x at "s.secret"; y'] }).map(withoutInputValues);
    expect(message).toBe('变量 $s 的值无效');
  });

  it('leaves other messages alone', () => {
    expect(withoutInputValues('Cannot query field "mee" on type "Query". Did you mean "me"?')).toBe('Cannot query field "mee" on type "Query". Did you mean "me"?');
  });
});

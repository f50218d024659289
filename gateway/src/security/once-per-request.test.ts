import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { oncePerRequestFields, oncePerRequestRule } from './once-per-request.js';

const SUPERGRAPH = readFileSync(new URL('../../supergraph.graphql', import.meta.url), 'utf8');
const API = buildSchema(readFileSync(new URL('../../api-schema.graphql', import.meta.url), 'utf8'));

describe('@oncePerRequest (composed from the subgraphs, enforced by the gateway)', () => {
  const fields = oncePerRequestFields(SUPERGRAPH);
  const errorsOf = (doc: string) => validate(API, parse(doc), [oncePerRequestRule(fields)]);

  it('reads the marked fields from the supergraph, not from a list of names', () => {
    expect([...fields].sort()).toEqual(
      expect.arrayContaining(['Mutation.devSignIn', 'Mutation.officerSignIn', 'Mutation.requestSmsCode', 'Mutation.verifyRealNameBasic', 'Query.citizenByIdNumber', 'Query.verifyPerson']),
    );
    // A field that merely sounds like one is not marked.
    expect(fields.has('Query.me')).toBe(false);
  });

  it('refuses a marked field named twice (aliases), with ALIAS_LIMIT_EXCEEDED and the field', () => {
    const errors = errorsOf(`mutation { a: devSignIn(idNumber: "1") { token } b: devSignIn(idNumber: "2") { token } }`);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.extensions).toEqual({ code: 'ALIAS_LIMIT_EXCEEDED', field: 'devSignIn' });
  });

  it('lets a marked field through once, and unmarked fields any number of times', () => {
    expect(errorsOf(`mutation { devSignIn(idNumber: "1") { token } }`)).toEqual([]);
    expect(errorsOf(`{ a: me { id } b: me { id } }`)).toEqual([]);
  });
});

import { execute, parse } from 'graphql';
import { AppError } from '../errors/app-error.js';
import { defineErrorCodes } from '../errors/define-error-codes.js';
import { buildFederatedSchema } from '../schema/federated-schema.js';
import { Arg, Field, Mutation, ObjectType, Query, Resolver } from '../type-graphql.js';
import { requireIdNumber } from '../validation/id-number.js';
import { refuse } from './payload-error.js';
import { UserError } from './user-error.type.js';

const ProbeErrors = defineErrorCodes('probe', { PROBE_REFUSED: { message: '不予受理', description: 'test', where: 'payload' } });

@ObjectType()
class ProbePayload {
  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => String, { nullable: true })
  idNumber?: string;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}

const writes: string[] = [];

@Resolver()
class ProbeResolver {
  @Query(() => String)
  lookup(@Arg('idNumber', () => String) idNumber: string): string {
    return requireIdNumber(idNumber);
  }

  @Mutation(() => ProbePayload)
  apply(@Arg('idNumber', () => String) idNumber: string, @Arg('mode', () => String) mode: string): ProbePayload {
    const value = requireIdNumber(idNumber);
    if (mode === 'refuse') throw refuse(ProbeErrors, 'PROBE_REFUSED', 'mode');
    if (mode === 'forbidden') throw new AppError('FORBIDDEN');
    if (mode === 'bug') throw new Error('boom');
    writes.push(value);
    return { ok: true, idNumber: value };
  }
}

describe('the failure convention (payload errors on mutations, typed errors on queries)', () => {
  let run: (doc: string) => Promise<{ data?: any; errors?: readonly any[] }>;
  beforeAll(async () => {
    const schema = await buildFederatedSchema({ resolvers: [ProbeResolver] });
    run = async (doc) => (await execute({ schema, document: parse(doc), contextValue: {} })) as never;
  });

  it('returns refused input in the mutation payload, with its reason and field, and changes nothing', async () => {
    const before = writes.length;
    const result = await run(`mutation { apply(idNumber: "12345", mode: "ok") { ok idNumber error { code message field } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.apply).toEqual({ ok: false, idNumber: null, error: { code: 'ID_NUMBER_INVALID', message: '身份证号码格式不正确', field: 'idNumber' } });
    expect(writes.length).toBe(before);
  });

  it('returns business refusals in the payload with the catalogue’s message', async () => {
    const result = await run(`mutation { apply(idNumber: "11010519491231002X", mode: "refuse") { ok error { code message field } } }`);
    expect(result.data.apply).toEqual({ ok: false, error: { code: 'PROBE_REFUSED', message: '不予受理', field: 'mode' } });
  });

  it('still throws what is not an expected failure (authorisation, bugs)', async () => {
    const forbidden = await run(`mutation { apply(idNumber: "11010519491231002X", mode: "forbidden") { ok } }`);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bug = await run(`mutation { apply(idNumber: "11010519491231002X", mode: "bug") { ok } }`);
    expect(bug.errors?.[0]?.message).toBe('boom');
  });

  it('throws BAD_USER_INPUT with the reason from a query', async () => {
    const result = await run(`{ lookup(idNumber: "12345") }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ID_NUMBER_INVALID', field: 'idNumber' });
  });

  it('answers the successful mutation untouched', async () => {
    const result = await run(`mutation { apply(idNumber: "11010519491231002x", mode: "ok") { ok idNumber error { code } } }`);
    expect(result.data.apply).toEqual({ ok: true, idNumber: '11010519491231002X', error: null });
  });
});

import { execute, parse } from 'graphql';
import { UserError } from '../payload/user-error.type.js';
import { buildFederatedSchema } from '../schema/federated-schema.js';
import { Arg, Field, InputType, Mutation, ObjectType, Query, Resolver } from '../type-graphql.js';
import { findNul } from './refuse-nul.js';

@InputType()
class NoteInput {
  @Field(() => String)
  text!: string;

  @Field(() => [String], { nullable: true })
  tags?: string[];
}

@ObjectType()
class NotePayload {
  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}

const seen: unknown[] = [];

@Resolver()
class NoteResolver {
  @Query(() => String)
  echo(@Arg('text', () => String) text: string): string {
    seen.push(text);
    return text;
  }

  @Mutation(() => NotePayload)
  addNote(@Arg('input', () => NoteInput) input: NoteInput): NotePayload {
    seen.push(input);
    return { ok: true };
  }
}

describe('NUL characters in arguments', () => {
  let run: (doc: string, variables?: Record<string, unknown>) => Promise<{ data?: any; errors?: readonly any[] }>;
  beforeAll(async () => {
    const schema = await buildFederatedSchema({ resolvers: [NoteResolver] });
    run = async (doc, variableValues) => (await execute({ schema, document: parse(doc), variableValues, contextValue: {} })) as never;
  });

  it('finds the path of the first NUL, nested or in a list', () => {
    expect(findNul({ a: 'x', b: { c: ['ok', 'no\u0000'] } })).toBe('b.c');
    expect(findNul({ a: 'fine', n: 3, d: null })).toBeUndefined();
  });

  it('refuses a query argument with BAD_USER_INPUT, as a literal escape or a variable, before the resolver', async () => {
    const before = seen.length;
    const literal = await run('{ echo(text: "a\\u0000b") }');
    expect(literal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TEXT_INVALID', field: 'text' });
    expect(literal.errors?.[0]?.message).toBe('输入内容不能包含空字符');
    const variable = await run('query($t: String!) { echo(text: $t) }', { t: '\u0000' });
    expect(variable.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect(seen.length).toBe(before);
  });

  it('returns a mutation’s NUL input in its payload error, naming the nested field', async () => {
    const before = seen.length;
    const result = await run('mutation($i: NoteInput!) { addNote(input: $i) { ok error { code message field } } }', { i: { text: 'ok', tags: ['x', 'y\u0000'] } });
    expect(result.errors).toBeUndefined();
    expect(result.data.addNote).toEqual({ ok: false, error: { code: 'TEXT_INVALID', message: '输入内容不能包含空字符', field: 'input.tags' } });
    expect(seen.length).toBe(before);
  });

  it('lets clean input through', async () => {
    expect((await run('{ echo(text: "你好") }')).data).toEqual({ echo: '你好' });
    expect((await run('mutation { addNote(input: { text: "ok" }) { ok error { code } } }')).data).toEqual({ addNote: { ok: true, error: null } });
  });
});

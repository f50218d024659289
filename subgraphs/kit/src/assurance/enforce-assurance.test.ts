import { graphql } from 'graphql';
import { Directive, Field, ID, ObjectType, Query, Resolver } from '../type-graphql.js';
import type { Caller } from '../caller/caller.js';
import { buildFederatedSchema, printFederatedSchema } from '../schema/federated-schema.js';
import { Assurance } from './assurance-directive.js';
import { assuranceExtension } from './assurance-extension.js';

@Directive('@key(fields: "id")')
@ObjectType('Account')
class Account {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  open!: string;

  @Assurance(2)
  @Field(() => String)
  secret!: string;
}

@Resolver()
class AccountResolver {
  @Assurance(1)
  @Query(() => Account)
  account(): Account {
    return Object.assign(new Account(), { id: 'a1', open: 'o', secret: 's' });
  }
}

const caller = (kind: Caller['kind'], acr = 0): Caller => ({ kind, acr, sub: 'c1', roles: [], scopes: [], channel: 'direct', requestId: 'r1', iat: 0 });

describe('@assurance', () => {
  let schema: Awaited<ReturnType<typeof buildFederatedSchema>>;
  beforeAll(async () => {
    schema = await buildFederatedSchema({
      resolvers: [AccountResolver],
      references: { Account: (ref: { id: string }) => Object.assign(new Account(), { id: ref.id, open: 'o', secret: 's' }) },
      extensions: [assuranceExtension],
    });
  });
  const run = (source: string, c: Caller, variableValues?: Record<string, unknown>) => graphql({ schema, source, contextValue: { caller: c }, variableValues });

  it('is linked, defined and composed in the subgraph SDL', () => {
    const sdl = printFederatedSchema(schema);
    expect(sdl).toContain('@link(url: "https://jingtong.gov.cn/assurance/v1.0", import: ["@assurance"])');
    expect(sdl).toContain('@composeDirective(name: "@assurance")');
    expect(sdl).toContain('directive @assurance(level: Int!) on FIELD_DEFINITION');
    expect(sdl).toMatch(/account: Account! @assurance\(level: 1\)/);
    expect(sdl).toMatch(/secret: String! @assurance\(level: 2\)/);
  });

  it('refuses a citizen below the level with ASSURANCE_REQUIRED and the level needed', async () => {
    const r0 = await run('{ account { open } }', caller('citizen', 0));
    expect(r0.errors?.[0]?.extensions).toEqual({ code: 'ASSURANCE_REQUIRED', requiredLevel: 1, currentLevel: 0 });
    expect(r0.errors?.[0]?.message).toBe('该业务需要完成一级实名认证');

    const r1 = await run('{ account { open secret } }', caller('citizen', 1));
    expect(r1.data).toBeNull(); // secret is non-null: the error bubbles
    expect(r1.errors?.[0]).toMatchObject({ path: ['account', 'secret'], extensions: { code: 'ASSURANCE_REQUIRED', requiredLevel: 2, currentLevel: 1 } });
    expect(r1.errors?.[0]?.message).toBe('该业务需要完成二级实名认证');

    const r2 = await run('{ account { open secret } }', caller('citizen', 2));
    expect(r2).toEqual({ data: { account: { open: 'o', secret: 's' } } });
  });

  it('also guards fields reached through _entities', async () => {
    const q = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Account { secret } } }';
    const low = await run(q, caller('citizen', 1), { r: [{ __typename: 'Account', id: 'a1' }] });
    expect(low.errors?.[0]?.extensions?.code).toBe('ASSURANCE_REQUIRED');
    const high = await run(q, caller('citizen', 3), { r: [{ __typename: 'Account', id: 'a1' }] });
    expect(high.data).toEqual({ _entities: [{ secret: 's' }] });
  });

  it('asks anonymous callers to sign in and leaves officers to the resolvers role checks', async () => {
    expect((await run('{ account { open } }', caller('anonymous'))).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await run('{ account { secret } }', caller('officer'))).data).toEqual({ account: { secret: 's' } });
  });
});

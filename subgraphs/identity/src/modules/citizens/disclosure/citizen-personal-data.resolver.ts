import { RevealInput } from '@jingtong/kit';
import { Arg, Ctx, FieldResolver, Resolver, Root } from '@jingtong/kit/type-graphql';
import type { CitizensContext } from '../citizens-context.js';
import { Citizen } from '../schema/citizen.type.js';
import { assertCanRead } from '../access.js';
import { personalField } from './disclose.js';

const revealArg = { nullable: true, description: 'Unmasked, with a purpose (officers with WINDOW_OFFICER or REVIEWER; audited)' };

@Resolver(() => Citizen)
export class CitizenPersonalDataResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Name, masked (e.g. 张*); null before real-name verification' })
  name(@Root() citizen: Citizen, @Ctx() ctx: CitizensContext, @Arg('reveal', () => RevealInput, revealArg) reveal?: RevealInput): Promise<string | null> {
    assertCanRead(ctx, citizen.id);
    return personalField(ctx, { citizenId: citizen.id, field: 'name', value: citizen.model.name }, reveal);
  }

  @FieldResolver(() => String, { nullable: true, description: 'ID number, masked (e.g. 4110**********1234); null before real-name verification' })
  idNumber(@Root() citizen: Citizen, @Ctx() ctx: CitizensContext, @Arg('reveal', () => RevealInput, revealArg) reveal?: RevealInput): Promise<string | null> {
    assertCanRead(ctx, citizen.id);
    return personalField(ctx, { citizenId: citizen.id, field: 'idNumber', value: citizen.model.idNumber }, reveal);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Mobile phone, masked (e.g. 138****5678)' })
  phone(@Root() citizen: Citizen, @Ctx() ctx: CitizensContext, @Arg('reveal', () => RevealInput, revealArg) reveal?: RevealInput): Promise<string | null> {
    assertCanRead(ctx, citizen.id);
    return personalField(ctx, { citizenId: citizen.id, field: 'phone', value: citizen.model.phone }, reveal);
  }
}

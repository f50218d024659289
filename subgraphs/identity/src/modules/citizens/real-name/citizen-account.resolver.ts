import { Ctx, Field, FieldResolver, GraphQLISODateTime, Int, ObjectType, Resolver, Root } from '@jingtong/kit/type-graphql';
import type { CitizensContext } from '../citizens-context.js';
import { Citizen } from '../schema/citizen.type.js';
import { assertCanRead } from '../access.js';
import { RealNameMethodEnum, SignInChannelEnum } from '../enums.js';

@ObjectType('RealNameStatus', { description: 'The verification that gives the current real-name level' })
export class RealNameStatus {
  @Field(() => Int)
  level!: number;

  @Field(() => RealNameMethodEnum)
  method!: RealNameMethodEnum;

  @Field(() => GraphQLISODateTime)
  verifiedAt!: Date;

  @Field(() => Boolean, { nullable: true, description: 'Level 1 by SMS: the phone equals the population register\'s' })
  phoneMatched?: boolean | null;
}

@ObjectType('ChannelAccount', { description: 'A sign-in channel bound to the citizen (account ids are never shown)' })
export class ChannelAccount {
  @Field(() => SignInChannelEnum)
  channel!: SignInChannelEnum;

  @Field(() => GraphQLISODateTime)
  linkedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastSignInAt?: Date | null;
}

@Resolver(() => Citizen)
export class CitizenAccountResolver {
  @FieldResolver(() => RealNameStatus, { nullable: true, description: 'Null at level 0' })
  async realName(@Root() citizen: Citizen, @Ctx() ctx: CitizensContext): Promise<RealNameStatus | null> {
    assertCanRead(ctx, citizen.id);
    const v = await ctx.citizenLoaders.verification.load(citizen.id);
    return v ? Object.assign(new RealNameStatus(), { ...v, method: v.method as RealNameMethodEnum }) : null;
  }

  @FieldResolver(() => [ChannelAccount], { description: 'Alipay, WeChat and phone accounts that sign in as this citizen (一点登录全网漫游)' })
  async channels(@Root() citizen: Citizen, @Ctx() ctx: CitizensContext): Promise<ChannelAccount[]> {
    assertCanRead(ctx, citizen.id);
    const links = await ctx.citizenLoaders.channels.load(citizen.id);
    return links.map((l) => Object.assign(new ChannelAccount(), { ...l, channel: l.channel.toUpperCase() as SignInChannelEnum }));
  }
}

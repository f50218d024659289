import { OncePerRequest, refuseInput } from '@jingtong/kit';
import { Arg, Ctx, Mutation, Resolver } from '@jingtong/kit/type-graphql';
import { ChannelAuthRefused, type WechatUser } from '@jingtong/legacy-clients';
import type { CitizensContext } from '../citizens-context.js';
import { SignInPayload } from '../payloads.js';
import { citizenForChannel } from './citizen-for-channel.js';
import { completeSignIn, refuseSignIn } from './complete-sign-in.js';

@Resolver()
export class WechatSignInResolver {
  @OncePerRequest()
  @Mutation(() => SignInPayload, { description: 'Sign in with a WeChat OAuth code (网页授权). WeChat knows no real name: level 0 until verified' })
  async signInWithWechat(@Arg('code', () => String) code: string, @Ctx() ctx: CitizensContext): Promise<SignInPayload> {
    const given = code.trim();
    if (!/^[A-Za-z0-9_-]{1,128}$/.test(given)) throw refuseInput('FORMAT_INVALID', 'code', '授权码格式不正确');
    let user: WechatUser;
    try {
      user = await ctx.citizens.wechat.userForCode(given, ctx);
    } catch (error) {
      if (error instanceof ChannelAuthRefused) return refuseSignIn(ctx, 'wechat', 'CHANNEL_AUTH_FAILED');
      throw error;
    }
    // unionid is the same person across the bureau's WeChat apps; openid only within this one.
    const { citizenId, created } = await citizenForChannel(ctx.citizens, 'wechat', user.unionid ?? `openid:${user.openid}`);
    return completeSignIn(ctx, citizenId, 'wechat', { created });
  }
}

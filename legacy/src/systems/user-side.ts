/**
 * The citizen's side of the SMS, Alipay and WeChat stand-ins, for tests and demos: read the
 * messages a phone received, agree to an Alipay or WeChat authorisation and get the code the
 * H5 page would be redirected with. In process on LegacyServer, and as admin routes:
 *   GET  /__legacy/sms?phone=<phone>     -> [{ messageId, phone, content, signName, sentAt }] newest first
 *   POST /__legacy/alipay/authorize      { idNumber, name?, mobile? } -> { authCode, userId }
 *   POST /__legacy/wechat/authorize      { wechatUser } -> { code, openid, unionid }
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { HttpSystemInstance } from '../framework/http-system.js';
import type { SystemInstance } from '../framework/system.js';
import type { alipay } from './alipay/index.js';
import type { AlipayAuthorization } from './alipay/accounts.js';
import type { sms } from './sms/index.js';
import type { SentSms } from './sms/outbox.js';
import type { wechat } from './wechat/index.js';
import type { WechatAuthorization } from './wechat/users.js';

export interface SmsUserSide {
  /** What was sent (to `phone` only, if given), newest first. */
  sent(phone?: string): SentSms[];
}

export interface AlipayUserSide {
  /**
   * The citizen agrees in the Alipay app: an auth_code (single use, 5 min) and their stable
   * user_id. A seeded person by default; name and mobile make anyone with a valid ID number
   * an Alipay user (e.g. someone the population register does not know). Throws a RangeError
   * for a malformed ID number, or an unseeded one without name and mobile.
   */
  authorize(idNumber: string, profile?: { name?: string; mobile?: string }): AlipayAuthorization;
}

export interface WechatUserSide {
  /** The WeChat user (any 1-64 character handle, e.g. wx-user-1) agrees: a code (single use, 5 min). */
  authorize(wechatUser: string): WechatAuthorization;
}

export interface UserSide {
  sms: SmsUserSide;
  alipay: AlipayUserSide;
  wechat: WechatUserSide;
}

export function userSide(soap: ReadonlyMap<string, SystemInstance>, http: ReadonlyMap<string, HttpSystemInstance>): UserSide {
  const { outbox } = soap.get('sms') as ReturnType<typeof sms.create>;
  const { accounts } = http.get('alipay') as ReturnType<typeof alipay.create>;
  const { users } = http.get('wechat') as ReturnType<typeof wechat.create>;
  return {
    sms: { sent: (phone) => outbox.sent(phone) },
    alipay: { authorize: (idNumber, profile) => accounts.authorize(idNumber, profile) },
    wechat: { authorize: (wechatUser) => users.authorize(wechatUser) },
  };
}

const alipayBody = z.strictObject({ idNumber: z.string(), name: z.string().min(1).optional(), mobile: z.string().min(1).optional() });
const wechatBody = z.strictObject({ wechatUser: z.string() });

/** Registered inside the admin plugin (its JSON error handling applies). */
export function userSideRoutes(side: UserSide) {
  return (app: FastifyInstance) => {
    app.get('/__legacy/sms', async (request) => {
      const { phone } = request.query as { phone?: unknown };
      return side.sms.sent(typeof phone === 'string' && phone !== '' ? phone : undefined);
    });
    app.post('/__legacy/alipay/authorize', async (request, reply) => {
      const body = alipayBody.safeParse(request.body);
      if (!body.success) return reply.code(400).send({ error: 'INVALID_REQUEST', message: z.prettifyError(body.error) });
      return attempt(reply, () => side.alipay.authorize(body.data.idNumber, body.data));
    });
    app.post('/__legacy/wechat/authorize', async (request, reply) => {
      const body = wechatBody.safeParse(request.body);
      if (!body.success) return reply.code(400).send({ error: 'INVALID_REQUEST', message: z.prettifyError(body.error) });
      return attempt(reply, () => side.wechat.authorize(body.data.wechatUser));
    });
  };
}

function attempt<T>(reply: { code(status: number): { send(body: object): unknown } }, run: () => T) {
  try {
    return run();
  } catch (error) {
    if (error instanceof RangeError) return reply.code(400).send({ error: 'INVALID_REQUEST', message: error.message });
    throw error;
  }
}

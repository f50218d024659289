import { acceptedBody, type Reply } from './message.js';
import { SessionKeys } from './session-keys.js';
import { legacyFaultString, type LegacySoapClient, type SoapCallContext } from './soap-client.js';

export interface SupervisionCredentials {
  userId: string;
  password: string;
  sysCode: string;
}

/**
 * The tender's exchange standard (2.6.1.1): `serverHander` with supervision credentials returns a session key,
 * then business calls (`serverEntrance` style) carry it in the message head. One retry with a fresh key when
 * the platform has forgotten ours (SOAP Fault `SESSION_INVALID`).
 */
export class SessionSoapChannel {
  private readonly sessions: SessionKeys;

  constructor(
    private readonly client: LegacySoapClient,
    private readonly credentials: SupervisionCredentials,
    private readonly refusal: string,
  ) {
    this.sessions = new SessionKeys(async () => {
      const reply = await this.client.call<Reply<{ sessionKey: string; expiresIn: string | number }>>(
        'serverHander',
        { head: { sysCode: credentials.sysCode, requestId: 'session' }, body: { supervisionSynauth: credentials } },
        { requestId: 'session' },
      );
      const body = acceptedBody(reply, refusal);
      return { key: String(body?.sessionKey), expiresInSeconds: Number(body?.expiresIn ?? 60) };
    });
  }

  async call<B>(operation: string, body: object, ctx: SoapCallContext): Promise<B | undefined> {
    for (let attempt = 0; ; attempt++) {
      const sessionKey = await this.sessions.get();
      try {
        const head = { sysCode: this.credentials.sysCode, requestId: ctx.requestId, sessionKey };
        return acceptedBody(await this.client.call<Reply<B>>(operation, { head, body }, ctx), this.refusal);
      } catch (error) {
        if (attempt === 0 && legacyFaultString(error) === 'SESSION_INVALID') {
          this.sessions.invalidate(sessionKey);
          continue;
        }
        throw error;
      }
    }
  }
}

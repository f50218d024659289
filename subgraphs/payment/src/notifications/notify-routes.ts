import type { FastifyInstance } from 'fastify';
import type { PaymentDeps } from '../deps.js';
import { recordPayment } from '../orders/record-payment.js';
import { recordRefund } from '../refunds/record-refund.js';
import type { VerifiedNotification } from './notification-verifiers.js';

type Outcome = { acknowledge: boolean; reason?: string };

/**
 * The channels' asynchronous notifications (public: the channels call them). Trusted only when the signature
 * verifies (the client's check), the merchant is ours, the trade is one we opened and the amount is the
 * order's; then the payment is recorded once however many copies arrive. A notification that fails any check
 * changes nothing, is audited, and is not acknowledged (a genuine one is then re-sent by the channel).
 */
export function registerNotifyRoutes(app: FastifyInstance, deps: PaymentDeps): void {
  const merchantOf = deps.merchantIds;

  const handle = async (notification: VerifiedNotification | undefined, channel: 'ALIPAY' | 'WECHAT', requestId: string): Promise<Outcome> => {
    if (!notification) return { acknowledge: false, reason: 'SIGNATURE_INVALID' };
    if (notification.merchantId !== merchantOf[channel]) return { acknowledge: false, reason: 'MERCHANT_MISMATCH' };
    if (notification.kind === 'REFUNDED') {
      const recorded = await recordRefund(deps, notification.outRequestNo, requestId);
      return recorded === 'UNKNOWN' ? { acknowledge: false, reason: 'UNKNOWN_REFUND' } : { acknowledge: true };
    }
    if (notification.kind !== 'PAID') return { acknowledge: true };
    const result = await recordPayment(deps, notification, requestId);
    return result.ok ? { acknowledge: true } : { acknowledge: false, reason: result.reason };
  };

  const refused = async (channel: string, reason: string, requestId: string) => {
    deps.logger.warn({ channel, reason }, 'payment notification refused');
    await deps.audit.record({ action: 'PAYMENT_NOTIFICATION_REFUSED', actorKind: 'anonymous', targetKind: 'payment_channel', targetId: channel, requestId, details: { reason } });
  };

  app.register(async (scope) => {
    // Alipay posts a form; its parser is this route's only (the GraphQL server never accepts forms).
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });
    scope.post('/notify/alipay', async (request, reply) => {
      const form = (request.body ?? {}) as Record<string, string>;
      const outcome = await handle(deps.verifiers.alipay(form), 'ALIPAY', request.id);
      if (!outcome.acknowledge) await refused('ALIPAY', outcome.reason ?? 'REFUSED', request.id);
      // Alipay stops re-sending only on exactly `success`.
      return reply.type('text/plain').send(outcome.acknowledge ? 'success' : 'fail');
    });
  });

  app.post('/notify/wechat', { bodyLimit: 64 * 1024 }, async (request, reply) => {
    const outcome = await handle(deps.verifiers.wechat(request.headers, request.rawBody ?? ''), 'WECHAT', request.id);
    if (outcome.acknowledge) return reply.code(204).send();
    await refused('WECHAT', outcome.reason ?? 'REFUSED', request.id);
    // WeChat Pay v3: any answer but 2xx is a failure, with { code, message } in the body.
    return reply.code(outcome.reason === 'SIGNATURE_INVALID' ? 401 : 400).send({ code: 'FAIL', message: '失败' });
  });
}

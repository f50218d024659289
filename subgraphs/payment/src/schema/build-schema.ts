import { buildFederatedSchema } from '@jingtong/kit';
import { PaymentOrderResolver } from '../resolvers/payment-order.resolver.js';
import { PaymentStatisticsResolver } from '../resolvers/payment-statistics.resolver.js';
import { ReconciliationResolver } from '../resolvers/reconciliation.resolver.js';
import { RefundResolver } from '../resolvers/refund.resolver.js';
import { StartPaymentResolver } from '../resolvers/start-payment.resolver.js';
import { resolvePaymentOrderReference } from './payment-order.reference.js';
import { PaymentOrder } from './payment-order.type.js';

export const buildPaymentSchema = () =>
  buildFederatedSchema({
    resolvers: [PaymentOrderResolver, StartPaymentResolver, RefundResolver, ReconciliationResolver, PaymentStatisticsResolver],
    orphanedTypes: [PaymentOrder],
    references: { PaymentOrder: resolvePaymentOrderReference },
    auditTrail: 'payment',
    jobQueue: 'payment',
  });

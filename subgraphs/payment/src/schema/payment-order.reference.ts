import type { PaymentContext } from '../context.js';
import { loadOrder } from '../resolvers/payment-order.resolver.js';
import type { PaymentOrder } from './payment-order.type.js';

export const resolvePaymentOrderReference = (reference: { id: string }, ctx: PaymentContext): Promise<PaymentOrder | null> => loadOrder(ctx, reference.id);

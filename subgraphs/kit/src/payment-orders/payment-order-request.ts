import { createHash } from 'node:crypto';
import { z } from 'zod';

/** What can be paid, and the non-tax revenue item (非税收入项目) its money settles into. */
export const BUSINESS_KINDS = {
  TRAFFIC_FINE: '交通违法罚款',
  TRAFFIC_FEE: '交管业务收费',
  EXIT_ENTRY_FEE: '出入境证件费',
  HOUSEHOLD_FEE: '户政业务收费',
  POSTAGE: '证件邮寄费',
} as const;
export type BusinessKind = keyof typeof BUSINESS_KINDS;

/**
 * An owning subgraph's request for a payment order, sent through its outbox (`enqueuePaymentOrder`) and
 * checked again by the payment subgraph. Amounts are integer fen, everywhere.
 */
export const PaymentOrderRequestSchema = z.strictObject({
  orderId: z.uuid(),
  /** The owner's entity this order pays (resolved through federation by `subgraph`'s `type`). */
  payable: z.strictObject({ subgraph: z.string().regex(/^[a-z][a-z-]{1,30}$/), type: z.string().regex(/^[A-Z][A-Za-z]{1,40}$/), id: z.string().min(1).max(100) }),
  citizenId: z.string().min(1).max(64),
  businessKind: z.enum(Object.keys(BUSINESS_KINDS) as [BusinessKind, ...BusinessKind[]]),
  /** What the payer sees on the cashier and the bill, e.g. 交通违法罚款（豫K·A1234）. */
  subject: z.string().min(1).max(128),
  /** What the amount is made of (罚款, 滞纳金…); their sum is `amountFen`. */
  lines: z.array(z.strictObject({ label: z.string().min(1).max(32), amountFen: z.number().int().nonnegative() })).min(1).max(10),
  amountFen: z.number().int().positive().max(100_000_000),
  /** The county (6-digit administrative code) whose account the money goes to. */
  countyCode: z.string().regex(/^\d{6}$/),
  revenueItem: z.strictObject({ code: z.string().regex(/^\d{6,12}$/), name: z.string().min(1).max(64) }),
  expiresAt: z.iso.datetime({ offset: true }),
}).refine((r) => r.lines.reduce((sum, line) => sum + line.amountFen, 0) === r.amountFen, { message: 'lines must add up to amountFen', path: ['amountFen'] });

export type PaymentOrderRequest = z.infer<typeof PaymentOrderRequestSchema>;

/**
 * The order's id, known to the owner before the payment subgraph has the order: derived from what is paid
 * and an attempt number, so a retried request names the same order (UUID shape, version nibble 8: custom).
 */
export function paymentOrderId(owner: string, payableType: string, payableId: string, attempt = 1): string {
  const hex = createHash('sha256').update(`${owner}\u0000${payableType}\u0000${payableId}\u0000${attempt}`).digest('hex');
  const variant = ((Number.parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

import { z } from 'zod';
import { AUDIT_CHAIN_DEV_KEY, auditEnv, commonEnv, loadEnv, refuseDevelopmentSecrets } from '@jingtong/kit';
import { legacyCallEnv, queueEnv } from '@jingtong/legacy-clients/env';

/** Published here: a QR code signed with it proves nothing, so production refuses it. */
export const QUEUE_TICKET_QR_DEV_KEY = 'dev-only-queue-ticket-qr-key-change-me';

const count = (fallback: number) => z.coerce.number().int().positive().default(fallback);

export const QueueEnvSchema = z
  .object({
    ...commonEnv,
    ...auditEnv,
    ...queueEnv,
    ...legacyCallEnv,
    LEGACY_BREAKER_VOLUME: count(10),
    LEGACY_BREAKER_RESET_MS: count(10_000),
    DATABASE_SCHEMA: z.string().optional(),
    /** HMAC key of the ticket QR codes the window officers scan. */
    QUEUE_TICKET_QR_KEY: z.string().min(32, 'must be at least 32 characters').default(QUEUE_TICKET_QR_DEV_KEY),
    /** Bookable dates: from this many working days of the hall ahead… */
    QUEUE_BOOKING_MIN_DAYS: z.coerce.number().int().min(0).default(1),
    /** …to this many. */
    QUEUE_BOOKING_MAX_DAYS: count(5),
    /** A citizen cancels up to this long before the slot begins. */
    QUEUE_CANCEL_BEFORE_MINUTES: z.coerce.number().int().min(0).default(120),
    /** This many no-shows within QUEUE_NO_SHOW_WINDOW_DAYS bar online booking for QUEUE_BAR_DAYS. */
    QUEUE_NO_SHOW_LIMIT: count(3),
    QUEUE_NO_SHOW_WINDOW_DAYS: count(90),
    QUEUE_BAR_DAYS: count(30),
    /** A newly synced hall's defaults (officers change them per hall): numbers per item and slot, and the share bookable online. */
    QUEUE_SLOT_CAPACITY: count(20),
    QUEUE_ONLINE_SHARE_PERCENT: z.coerce.number().int().min(0).max(100).default(50),
    /** A day's queue from the machine is served this long without asking again (a page polls every few seconds)… */
    QUEUE_STATUS_CACHE_MS: count(3_000),
    /** …and kept this much longer, flagged stale, for when the machine does not answer. */
    QUEUE_STATUS_STALE_MS: z.coerce.number().int().nonnegative().default(60_000),
    /** How often the halls are read again from the machines (once per period across replicas). */
    QUEUE_HALL_SYNC_MS: count(3_600_000),
    /** A booking still waiting for its number this long after it was made is finished (or released) by a job. */
    QUEUE_SETTLE_AFTER_MS: count(60_000),
    /** Where a hall's address opens on a map; `{keyword}` is replaced by the hall's name and address. */
    QUEUE_MAP_URL: z.string().default('https://uri.amap.com/search?keyword={keyword}&src=jingtong&callnative=1'),
  })
  .superRefine(refuseDevelopmentSecrets({ published: { AUDIT_CHAIN_KEY: AUDIT_CHAIN_DEV_KEY, QUEUE_TICKET_QR_KEY: QUEUE_TICKET_QR_DEV_KEY } }));

export type QueueEnv = z.infer<typeof QueueEnvSchema>;

export const loadQueueEnv = (source: NodeJS.ProcessEnv = process.env) => loadEnv(QueueEnvSchema, source);

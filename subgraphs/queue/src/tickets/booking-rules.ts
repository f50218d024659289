import type { QueueEnv } from '../env.js';
import type { BookingWindow } from '../halls/hall-calendar.js';
import type { NoShowRule } from './no-show-bar.js';

/** How far ahead a citizen may book (working days of the hall), from the environment. */
export const bookingWindow = (env: QueueEnv): BookingWindow => ({ minDays: env.QUEUE_BOOKING_MIN_DAYS, maxDays: env.QUEUE_BOOKING_MAX_DAYS });

/** When no-shows bar online booking, from the environment. */
export const noShowRule = (env: QueueEnv): NoShowRule => ({ limit: env.QUEUE_NO_SHOW_LIMIT, windowDays: env.QUEUE_NO_SHOW_WINDOW_DAYS, barDays: env.QUEUE_BAR_DAYS });

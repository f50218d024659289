import { pino, type Logger } from 'pino';

/**
 * Structured JSON logs. Paths that could hold personal data are redacted
 * as a second line of defence; call sites must not log payloads at all.
 */
export function createLogger(name: string, level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name,
    level,
    redact: {
      paths: ['req.headers.authorization', 'req.headers["x-jt-caller"]', '*.idNumber', '*.phone', '*.name', 'variables'],
      censor: '[redacted]',
    },
  });
}

export type { Logger };

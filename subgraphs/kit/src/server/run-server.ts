import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';

/** Listen, then close gracefully on SIGINT/SIGTERM (in-flight requests finish, new ones are refused). */
export async function runServer(
  app: FastifyInstance,
  { port, host, logger, onClose }: { port: number; host: string; logger: Logger; onClose?: () => Promise<void> },
): Promise<void> {
  await app.listen({ port, host });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000).unref();
    try {
      await app.close();
      await onClose?.();
    } finally {
      clearTimeout(force);
      process.exit(0);
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

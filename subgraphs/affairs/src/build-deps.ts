import { createDatabase, createLogger, createMetrics, FieldCipher, keyringFromEnv, SqlAuditLog } from '@jingtong/kit';
import type { AffairsAuditAction } from './audit/audit-actions.js';
import { migrations } from './db/migrations/index.js';
import type { AffairsDatabase } from './db/tables/affairs-database.js';
import type { AffairsDeps } from './deps.js';
import type { AffairsEnv } from './env.js';

export async function buildDeps(env: AffairsEnv, processEnv: NodeJS.ProcessEnv = process.env): Promise<AffairsDeps & { close(): Promise<void> }> {
  const logger = createLogger('affairs', env.LOG_LEVEL);
  const metrics = createMetrics('affairs');
  const database = await createDatabase<AffairsDatabase>({ name: 'affairs', databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, schema: env.DATABASE_SCHEMA, migrations });
  return {
    env,
    logger,
    metrics,
    database,
    // The configuration holds no personal data; the cipher opens the remarks the kit's audit view shows.
    cipher: new FieldCipher(keyringFromEnv(processEnv)),
    audit: new SqlAuditLog<AffairsAuditAction>(database.db),
    ready: () => database.ping(),
    close: async () => {
      await database.close();
    },
  };
}

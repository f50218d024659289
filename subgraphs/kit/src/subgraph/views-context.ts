import type { Kysely } from 'kysely';
import type { AuditLog } from '../audit/audit-log.js';
import type { AuditTrailContext } from '../audit/graphql/index.js';
import type { JobQueueContext } from '../jobs/graphql/index.js';
import type { Logger } from '../log/logger.js';
import type { FieldCipher } from '../pii/index.js';

/**
 * What the kit's cross-subgraph views need in every subgraph's request context: the audit trail resolvers
 * read this subgraph's own rows and open the remarks `disclose()` sealed into them (for the audit
 * administrator); the job queue resolvers read its jobs and audit their retries.
 */
// biome-ignore lint/suspicious/noExplicitAny: Kysely is invariant in the database type, so only `any` takes every subgraph's database
export function viewsContext<A extends string>(deps: { database: { db: Kysely<any> }; cipher: FieldCipher; audit: AuditLog<A>; logger: Logger }) {
  return {
    auditDb: deps.database.db,
    unseal: (sealed: string) => deps.cipher.decrypt(sealed),
    jobsDb: deps.database.db,
    audit: deps.audit,
    logger: deps.logger,
  } satisfies Omit<AuditTrailContext & JobQueueContext, 'caller' | 'requestId'>;
}

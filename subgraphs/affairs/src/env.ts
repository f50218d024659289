import { z } from 'zod';
import { AUDIT_CHAIN_DEV_KEY, auditEnv, commonEnv, loadEnv, refuseDevelopmentSecrets } from '@jingtong/kit';

/** The affairs subgraph has no legacy system of its own yet: only the shared variables and the audit trail. */
export const AffairsEnvSchema = z
  .object({
    ...commonEnv,
    ...auditEnv,
    DATABASE_SCHEMA: z.string().optional(),
  })
  .superRefine(refuseDevelopmentSecrets({ published: { AUDIT_CHAIN_KEY: AUDIT_CHAIN_DEV_KEY } }));

export type AffairsEnv = z.infer<typeof AffairsEnvSchema>;

export const loadAffairsEnv = (source: NodeJS.ProcessEnv = process.env) => loadEnv(AffairsEnvSchema, source);

import type { AuditLog, FieldCipher, Kysely, Logger } from '@jingtong/kit';
import type { AlipayGateway, FaceGateway, PopulationGateway, TrafficGateway, WechatGateway } from '@jingtong/legacy-clients';
import type { IdentityDatabase } from '../../db/identity-database.js';
import type { IdentityAuditAction } from '../audit/audit-actions.js';
import type { IssuedToken } from '../tokens/token-issuer.js';
import type { FugitiveScreening } from './alerts/fugitive-screening.js';
import type { SqlFugitiveAlerts } from './alerts/sql-fugitive-alerts.js';
import type { CitizenProjections } from './projection/citizen-projections.js';
import type { SmsBudget } from './sms/sms-budget.js';
import type { SmsCodes } from './sms/sms-codes.js';

/** Citizen session tokens, carrying the real-name level the gateway passes on as `caller.acr`. */
export interface CitizenSessions {
  issue(citizenId: string, level: number): Promise<IssuedToken>;
}

/** What the citizen user centre works with, built once per process (`createCitizensDeps`). */
export interface CitizensDeps {
  db: Kysely<IdentityDatabase>;
  cipher: FieldCipher;
  audit: AuditLog<IdentityAuditAction>;
  logger: Logger;
  population: PopulationGateway;
  face: FaceGateway;
  alipay: AlipayGateway;
  wechat: WechatGateway;
  traffic: TrafficGateway;
  sessions: CitizenSessions;
  smsCodes: SmsCodes;
  /** Per client address and global SMS budgets, with a human check after the free codes. */
  smsBudget: SmsBudget;
  /** Cached citizen rows + bound plates; every write that changes them invalidates here. */
  projections: CitizenProjections;
  /** The `fugitive.screen` job's body. */
  screening: FugitiveScreening;
  /** Stored alerts and the duty-officer SMS job. */
  alerts: SqlFugitiveAlerts;
  /** `devSignIn` (demo convenience) answers outside production only. */
  devSignInAllowed: boolean;
}

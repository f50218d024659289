import type { AuditDatabase, AuditIntegrityDatabase, JobDatabase } from '@jingtong/kit';
import type { CitizensDatabase } from '../modules/citizens/tables/citizens-database.js';
import type { OfficersDatabase } from '../modules/officers/tables/officers-database.js';
import type { PartnersDatabase } from '../modules/partners/tables/partners-database.js';

/** Identity's whole schema: each module's tables, the kit's audit and job tables. */
export interface IdentityDatabase extends AuditDatabase, AuditIntegrityDatabase, JobDatabase, CitizensDatabase, OfficersDatabase, PartnersDatabase {}

import { auditModule } from './audit/index.js';
import { citizensModule } from './citizens/index.js';
import type { IdentityModule } from './identity-module.js';
import { officersModule } from './officers/index.js';
import { partnersModule } from './partners/index.js';

/** Identity's areas; tokens have no schema or tables of their own. */
export const IDENTITY_MODULES: readonly IdentityModule[] = [citizensModule, officersModule, partnersModule, auditModule];

/** The traffic platform's own variables. */
import { z } from 'zod';
import { unsetIfBlank } from '../../framework/env-vars.js';

export const trafficEnv = z.object({
  /** Lifetime of a serverHander sessionKey. */
  LEGACY_TRAFFIC_SESSION_TTL_SECONDS: unsetIfBlank(z.coerce.number().positive().max(86_400).default(1800)),
  LEGACY_TRAFFIC_USER_ID: unsetIfBlank(z.string().default('jingtong')),
  LEGACY_TRAFFIC_PASSWORD: unsetIfBlank(z.string().default('jingtong-dev')),
});

import { z } from 'zod';

/** `FOO=` in a .env file means "not set", so the default applies. */
export const unsetIfBlank = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema);

import { defineSubgraph } from '@jingtong/kit';
import { buildDeps } from './build-deps.js';
import { buildContext } from './context.js';
import { loadAffairsEnv } from './env.js';
import { buildAffairsSchema } from './schema/build-schema.js';

/** Online affairs (网上办事, 2.7.5): businesses configured by officers, each published as an immutable version. */
export const affairs = defineSubgraph({
  name: 'affairs',
  env: loadAffairsEnv,
  buildDeps,
  schema: buildAffairsSchema,
  context: buildContext,
  audit: true,
});

// Writes schema.graphql (committed; the input to composition).
import { writeFileSync } from 'node:fs';
import { printFederatedSchema } from '@jingtong/kit';
import { buildAffairsSchema } from '../src/schema/build-schema.js';

writeFileSync(new URL('../schema.graphql', import.meta.url), printFederatedSchema(await buildAffairsSchema()));

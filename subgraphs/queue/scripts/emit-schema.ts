// Writes schema.graphql (committed; the input to composition).
import { writeFileSync } from 'node:fs';
import { printFederatedSchema } from '@jingtong/kit';
import { buildQueueSchema } from '../src/schema/build-schema.js';

writeFileSync(new URL('../schema.graphql', import.meta.url), printFederatedSchema(await buildQueueSchema()));

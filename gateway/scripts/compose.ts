// Composes the committed subgraph schemas into gateway/supergraph.graphql and gateway/api-schema.graphql.
import { readFileSync, writeFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';
import { defaultSubgraphUrl, SUBGRAPHS } from '../src/subgraphs/registry.js';
import { withComposedDirectives } from './composed-directives.js';

const root = new URL('../../', import.meta.url);
const services = SUBGRAPHS.map((s) => ({
  name: s.name,
  url: defaultSubgraphUrl(s.port),
  typeDefs: parse(readFileSync(new URL(`subgraphs/${s.name}/schema.graphql`, root), 'utf8')),
}));

const result = composeServices(services);
if (result.errors) {
  for (const e of result.errors) console.error(e.message);
  process.exit(1);
}
writeFileSync(new URL('gateway/supergraph.graphql', root), `${result.supergraphSdl.trim()}\n`);
const apiSdl = `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema())}\n`;
// Composed directives (`@assurance`) are dropped by toAPISchema(); put them back (see composed-directives.ts).
writeFileSync(new URL('gateway/api-schema.graphql', root), withComposedDirectives(apiSdl, result.supergraphSdl, ['assurance', 'oncePerRequest']));
for (const hint of result.hints ?? []) console.log(`hint: ${hint.definition.code}: ${hint.message}`);
console.log(`composed ${services.length} subgraphs`);

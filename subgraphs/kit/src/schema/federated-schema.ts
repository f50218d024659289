import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, specifiedDirectives, type GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, type NonEmptyArray } from '../type-graphql.js';
import { assuranceExtension } from '../assurance/assurance-extension.js';
import { AuditTrail, auditTrailResolvers, auditTrailsEntity, resolveAuditTrailsReference } from '../audit/graphql/audit-trail.resolver.js';
import { jobQueueResolvers, resolveJobQueuesReference } from '../jobs/graphql/job-queue.resolver.js';
import { JobQueue, jobQueuesEntity } from '../jobs/graphql/job-queue.type.js';
import { oncePerRequestExtension } from '../once-per-request/once-per-request.js';
import { payloadErrors } from '../payload/payload-errors-transform.js';
import { refuseNulCharacters } from '../validation/refuse-nul.js';
import type { SchemaExtension } from './schema-extension.js';

const FEDERATION_IMPORTS = ['@key', '@external', '@requires', '@provides', '@shareable', '@inaccessible', '@tag'];

// biome-ignore lint/suspicious/noExplicitAny: entities' references differ, and parameters are contravariant: `unknown` would reject each resolver's own types
export type ReferenceResolver = (reference: any, context: any, info: any) => unknown;

export interface FederatedSchemaOptions {
  // biome-ignore lint/complexity/noBannedTypes: type-graphql's buildSchema takes resolver classes as `Function`
  resolvers: NonEmptyArray<Function>;
  /** Entities this subgraph only extends, and types reached only through them. */
  // biome-ignore lint/complexity/noBannedTypes: type-graphql's buildSchema takes orphaned type classes as `Function`
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity type name. */
  references?: Record<string, ReferenceResolver>;
  /** This subgraph keeps an audit trail: add its field on `AuditTrails` (the audit administrator's view). */
  auditTrail?: string;
  /** This subgraph runs durable jobs: add its field on `JobQueues` and `retry<Subgraph>Job` (the system administrator's view). */
  jobQueue?: string;
  /** Custom directive specs beyond the kit's own (`@assurance`, `@oncePerRequest`): linked, defined, composed and applied. */
  extensions?: SchemaExtension[];
}

const KIT_EXTENSIONS: readonly SchemaExtension[] = [assuranceExtension, oncePerRequestExtension];

const quoted = (names: readonly string[]) => names.map((d) => `"${d}"`).join(', ');

/** `extend schema @link(...)…`: federation first, then each extension's spec (and `@composeDirective`s). */
function schemaLinks(extensions: readonly SchemaExtension[]): string {
  const composes = extensions.some((e) => e.compose);
  const federation = composes ? [...FEDERATION_IMPORTS, '@composeDirective'] : FEDERATION_IMPORTS;
  const parts = [`@link(url: "https://specs.apollo.dev/federation/v2.3", import: [${quoted(federation)}])`];
  for (const e of extensions) {
    parts.push(`@link(url: "${e.link.url}", import: [${quoted(e.link.import)}])`);
    if (e.compose) for (const name of e.link.import) parts.push(`@composeDirective(name: "${name}")`);
  }
  return `extend schema ${parts.join(' ')}\n`;
}

/**
 * The one place that glues type-graphql to Apollo Federation 2:
 * build with type-graphql, print with directives, re-build as a subgraph.
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const audit = options.auditTrail ? auditTrailResolvers(options.auditTrail) : [];
  const jobs = options.jobQueue ? jobQueueResolvers(options.jobQueue) : [];
  const schema = await buildSchema({
    resolvers: [...options.resolvers, ...audit, ...jobs] as unknown as FederatedSchemaOptions['resolvers'],
    orphanedTypes: [
      ...(options.orphanedTypes ?? []),
      ...(options.auditTrail ? [auditTrailsEntity(options.auditTrail), AuditTrail] : []),
      ...(options.jobQueue ? [jobQueuesEntity(options.jobQueue), JobQueue] : []),
    ],
    directives: [...specifiedDirectives],
    skipCheck: true,
    validate: false,
  });
  // Every subgraph links the kit's directives, so each may use them and composition sees one definition.
  const extensions = [...KIT_EXTENSIONS, ...(options.extensions ?? []).filter((e) => !KIT_EXTENSIONS.includes(e))];
  const sdl = printSchemaWithDirectives(schema);
  const link = schemaLinks(extensions) + extensions.map((e) => `${e.typeDefs}\n`).join('');
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  const references = {
    ...options.references,
    ...(options.auditTrail ? { AuditTrails: resolveAuditTrailsReference } : {}),
    ...(options.jobQueue ? { JobQueues: resolveJobQueuesReference } : {}),
  };
  for (const [typeName, resolveReference] of Object.entries(references)) {
    resolvers[typeName] = { ...resolvers[typeName], __resolveReference: resolveReference };
  }
  // biome-ignore lint/suspicious/noExplicitAny: @apollo/subgraph does not export its GraphQLResolverMap type; this map has that shape
  const subgraph = buildSubgraphSchema({ typeDefs: parse(link + sdl), resolvers: resolvers as any });
  // The failure convention (mutations: payload errors) applies to every subgraph, after its own extensions;
  // it wraps the NUL check, so a NUL in a mutation's input comes back in its payload.
  return payloadErrors(refuseNulCharacters(extensions.reduce((s, e) => (e.transform ? e.transform(s) : s), subgraph)));
}

/** The SDL committed as `schema.graphql` and fed to composition. */
export const printFederatedSchema = (schema: GraphQLSchema): string => `${printSubgraphSchema(schema).trim()}\n`;

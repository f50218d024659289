import { GraphQLError, Kind, parse, TypeInfo, visitWithTypeInfo, type ValidationRule } from 'graphql';

/**
 * `Type.field` of every field a subgraph marked `@oncePerRequest` (composed into the supergraph):
 * sign-ins, SMS codes, checks of secrets, look-ups by ID number.
 */
export function oncePerRequestFields(supergraphSdl: string): ReadonlySet<string> {
  const fields = new Set<string>();
  for (const def of parse(supergraphSdl).definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const field of def.fields ?? []) {
      if (field.directives?.some((d) => d.name.value === 'oncePerRequest')) fields.add(`${def.name.value}.${field.name.value}`);
    }
  }
  return fields;
}

/** Aliases would otherwise let one request try many passwords, codes or ID numbers. */
export function oncePerRequestRule(fields: ReadonlySet<string>): ValidationRule {
  return (context) => {
    const seen = new Map<string, number>();
    const typeInfo = new TypeInfo(context.getSchema());
    return visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const key = parent ? `${parent.name}.${node.name.value}` : '';
        if (!fields.has(key)) return;
        const count = (seen.get(key) ?? 0) + 1;
        seen.set(key, count);
        if (count === 2) {
          context.reportError(new GraphQLError(`字段 ${node.name.value} 每次请求只能调用一次`, { nodes: [node], extensions: { code: 'ALIAS_LIMIT_EXCEEDED', field: node.name.value } }));
        }
      },
    });
  };
}


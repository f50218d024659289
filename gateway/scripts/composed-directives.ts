// Puts `@composeDirective`d directives back into the API schema text.
//
// Why: Federation's `toAPISchema()` (checked with @apollo/composition 2.14.4) drops composed custom
// directives: both their definitions and their usages. The supergraph keeps them, but clients read
// gateway/api-schema.graphql, and they should see which fields need which real-name level
// (`@assurance(level: n)`). graphql-js's printSchema does not print applied directives either, so we
// insert them into the printed text at each field's end (from the parsed locations), leaving every
// other byte of the file as printSchema wrote it.
import { Kind, parse, print, type DirectiveDefinitionNode, type DirectiveNode } from 'graphql';

/** `apiSdl` plus the definitions and field usages of `names` (without `@`) found in `supergraphSdl`. */
export function withComposedDirectives(apiSdl: string, supergraphSdl: string, names: readonly string[]): string {
  const wanted = new Set(names);
  const supergraph = parse(supergraphSdl);
  const definitions: DirectiveDefinitionNode[] = [];
  const usages = new Map<string, readonly DirectiveNode[]>();
  for (const def of supergraph.definitions) {
    if (def.kind === Kind.DIRECTIVE_DEFINITION && wanted.has(def.name.value)) definitions.push(def);
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    for (const field of def.fields ?? []) {
      const found = (field.directives ?? []).filter((d) => wanted.has(d.name.value));
      if (found.length) usages.set(`${def.name.value}.${field.name.value}`, found);
    }
  }
  if (definitions.length === 0) return apiSdl;

  const inserts: Array<{ at: number; text: string }> = [];
  for (const def of parse(apiSdl).definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    for (const field of def.fields ?? []) {
      const found = usages.get(`${def.name.value}.${field.name.value}`);
      if (found && field.loc) inserts.push({ at: field.loc.end, text: found.map((d) => ` ${print(d)}`).join('') });
    }
  }
  let out = apiSdl;
  for (const { at, text } of inserts.sort((a, b) => b.at - a.at)) out = out.slice(0, at) + text + out.slice(at);
  return `${definitions.map((d) => print(d)).join('\n\n')}\n\n${out}`;
}

// @ts-check
'use strict';

/**
 * Build-time twin of the client preset's babel plugin, as a Turbopack (webpack)
 * loader for `*.operations.ts`: each graphql(`…`) call of an operation becomes
 * the document codegen generated for it, which holds only `__meta__.hash`
 * (codegen.yml, replaceDocumentWithHash), plus the operation's name for the
 * gateway's per-operation metrics. The object is written in place rather than
 * imported from src/gql/graphql.ts, which Turbopack would bundle whole (every
 * hash) into each page. So a page ships its own hashes and nothing else:
 * neither its operation text nor gql.ts's map of every operation. Types still
 * come from gql.ts's overloads; only the bundle changes.
 *
 * Turbopack's persistent cache (web/.next/cache) does not notice edits to this
 * file: delete that folder after changing it. It does follow src/gql/graphql.ts.
 */
const { readFileSync } = require('node:fs');
const path = require('node:path');

const GENERATED = path.join(__dirname, '../src/gql/graphql.ts');
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const FIRST_DEFINITION = /^\s*(query|mutation|subscription|fragment)\s+([_A-Za-z][_0-9A-Za-z]*)/m;
const TAG_IMPORT = /^import\s*\{\s*graphql\s*\}\s*from\s*['"]@\/gql['"];?[ \t]*\r?\n/m;

/** codegen's default naming (change-case-all pascalCase) for the names we write: letters and digits. */
function pascal(name) {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
}

/** @this {{ resourcePath: string; addDependency(file: string): void }} */
module.exports = function operationsLoader(source) {
  this.addDependency(GENERATED);
  const generated = readFileSync(GENERATED, 'utf8');
  const fragments = new Set();
  let replaced = 0;
  const output = source.replace(CALL, (_call, text) => {
    const match = FIRST_DEFINITION.exec(text);
    if (!match) throw new Error(`${this.resourcePath}: graphql() needs a named operation or fragment`);
    const [, kind, name] = match;
    replaced += 1;
    if (kind === 'fragment') {
      // Operations carry their fragments in the manifest; a fragment document is only ever imported on purpose.
      const identifier = `${pascal(name)}FragmentDoc`;
      if (!generated.includes(`export const ${identifier} =`)) throw stale(this.resourcePath, identifier);
      fragments.add(identifier);
      return identifier;
    }
    const identifier = `${pascal(name)}Document`;
    const document = new RegExp(`^export const ${identifier} = \\{"__meta__":\\{"hash":"([0-9a-f]{64})"\\}\\} as unknown as `, 'm').exec(generated);
    // A call codegen has not seen (or a document with its text still in) must not reach a page.
    if (!document) throw stale(this.resourcePath, identifier);
    // The name rides along for the gateway's per-operation metrics (it only counts names of the manifest).
    return JSON.stringify({ __meta__: { hash: document[1], operationName: name } });
  });
  if (replaced === 0) return source;
  const rest = output.replace(TAG_IMPORT, '');
  return fragments.size ? `import { ${[...fragments].join(', ')} } from '@/gql/graphql';\n${rest}` : rest;
};

function stale(file, identifier) {
  return new Error(`${file}: no hash-only ${identifier} in src/gql/graphql.ts; run \`npm run codegen\``);
}

#!/usr/bin/env node
// `npm run build:services`: the server packages compiled to JavaScript in `.build/`, the repository's tree
// preserved, so that relative imports (`./x.js`, `../../../registry.js`) and the assets read through
// `import.meta.url` (WSDLs, the supergraph, the persisted-operation manifest, dev keys) stay where the
// source expects them. Run a service with plain node: `node .build/subgraphs/traffic/src/index.js`.
//
// Workspace imports (`@jingtong/kit`) resolve inside the build: each package gets a `package.json`
// whose `exports` point at the compiled files, and `.build/node_modules/@jingtong/<name>` links to it.
// Everything else (fastify, graphql…) resolves, as always, from the repository's `node_modules`.
//
// SWC, not tsc: legacy decorators + decorator metadata (type-graphql infers `String`/`Float` from it),
// the same options as jest.config.js, a few hundred files in about a second.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transformFile } from '@swc/core';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const BUILD_DIR = join(ROOT, '.build');

/** Every folder under subgraphs/ with a package.json: the kit and each subgraph (a new one needs no edit here). */
const subgraphPackages = () =>
  readdirSync(join(ROOT, 'subgraphs'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(ROOT, 'subgraphs', entry.name, 'package.json')))
    .map((entry) => `subgraphs/${entry.name}`)
    .sort((a, b) => (a === 'subgraphs/kit' ? -1 : b === 'subgraphs/kit' ? 1 : a.localeCompare(b)));

/** The server packages, in the order they depend on each other (the order only matters to a reader). */
export const SERVICE_PACKAGES = ['legacy', 'legacy-clients', ...subgraphPackages(), 'gateway'];
/** Source files outside any package that the packages import relatively. */
const LOOSE_FILES = ['subgraphs/registry.ts'];
/** Files outside the packages that they read at run time. */
const LOOSE_ASSETS = ['web/src/gql/persisted-documents.json'];

const SWC_OPTIONS = {
  swcrc: false,
  configFile: false,
  sourceMaps: true,
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'es6' },
};

const SKIP_DIRS = new Set(['node_modules', '.data', '.turbo', 'coverage', '__fixtures__']);
const isTest = (file) => /\.test\.tsx?$/.test(file);
const isSource = (file) => file.endsWith('.ts') && !file.endsWith('.d.ts');

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) yield* walk(join(dir, entry.name));
    } else if (entry.isFile()) yield join(dir, entry.name);
  }
}

async function compile(file) {
  const out = join(BUILD_DIR, relative(ROOT, file)).replace(/\.ts$/, '.js');
  const { code, map } = await transformFile(file, { ...SWC_OPTIONS, filename: file, sourceFileName: relative(dirname(out), file) });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${code}\n//# sourceMappingURL=${out.split('/').pop()}.map\n`);
  if (map) writeFileSync(`${out}.map`, map);
}

function copy(file) {
  const out = join(BUILD_DIR, relative(ROOT, file));
  mkdirSync(dirname(out), { recursive: true });
  copyFileSync(file, out);
}

/** `./src/x.ts` -> `./src/x.js` in every `exports` target, conditions included. */
const compiledTarget = (target) =>
  typeof target === 'string' ? target.replace(/\.ts$/, '.js') : Object.fromEntries(Object.entries(target).map(([k, v]) => [k, compiledTarget(v)]));

function writePackageJson(pkgDir) {
  const pkg = JSON.parse(readFileSync(join(ROOT, pkgDir, 'package.json'), 'utf8'));
  const exports = Object.fromEntries(Object.entries(pkg.exports ?? {}).map(([k, v]) => [k, compiledTarget(v)]));
  const out = join(BUILD_DIR, pkgDir, 'package.json');
  mkdirSync(dirname(out), { recursive: true });
  // No `name`: resolution only needs `exports`, and a second package of the same name would collide in
  // Jest's module map (it crawls the whole repository, `.build/` included).
  writeFileSync(out, `${JSON.stringify({ private: true, type: 'module', exports }, null, 2)}\n`);
  return pkg.name;
}

function link(target, path) {
  mkdirSync(dirname(path), { recursive: true });
  rmSync(path, { recursive: true, force: true });
  symlinkSync(relative(dirname(path), target), path);
}

/**
 * Compiles `packages` (repository-relative folders; their `src/` and top-level assets) plus `extraDirs`
 * (folders compiled whole, e.g. the bench's own gateways) into `.build/`.
 */
export async function buildServices({ packages = SERVICE_PACKAGES, extraDirs = [], quiet = false } = {}) {
  const started = performance.now();
  for (const dir of [...packages, ...extraDirs]) rmSync(join(BUILD_DIR, dir), { recursive: true, force: true });
  mkdirSync(BUILD_DIR, { recursive: true });
  writeFileSync(join(BUILD_DIR, 'package.json'), `${JSON.stringify({ private: true, type: 'module' }, null, 2)}\n`);

  const sources = [];
  const assets = [];
  const sort = (file) => (isSource(file) ? (isTest(file) ? null : sources.push(file)) : assets.push(file));
  for (const pkgDir of packages) {
    const abs = join(ROOT, pkgDir);
    for (const file of walk(join(abs, 'src'))) sort(file);
    // Package-level assets read at run time (the supergraph, each subgraph's schema.graphql).
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.graphql')) assets.push(join(abs, entry.name));
    }
    const name = writePackageJson(pkgDir);
    link(join(BUILD_DIR, pkgDir), join(BUILD_DIR, 'node_modules', name));
    // Versions npm nested under the workspace (e.g. kit's own @graphql-tools) must stay visible to it.
    if (existsSync(join(abs, 'node_modules'))) link(join(abs, 'node_modules'), join(BUILD_DIR, pkgDir, 'node_modules'));
  }
  for (const dir of extraDirs) for (const file of walk(join(ROOT, dir))) sort(file);
  for (const file of LOOSE_FILES) sources.push(join(ROOT, file));
  for (const file of LOOSE_ASSETS) if (existsSync(join(ROOT, file))) assets.push(join(ROOT, file));

  // Bounded parallelism: SWC's transformFile runs on libuv's thread pool.
  const queue = [...sources];
  await Promise.all(Array.from({ length: 8 }, async () => {
    for (let file = queue.shift(); file; file = queue.shift()) await compile(file);
  }));
  for (const file of assets) copy(file);
  const ms = Math.round(performance.now() - started);
  if (!quiet) console.log(`build:services: ${sources.length} files compiled, ${assets.length} assets copied to ${relative(ROOT, BUILD_DIR)}/ in ${ms} ms`);
  return { files: sources.length, assets: assets.length, ms };
}

/** The compiled entry of a source entry: `gateway/src/index.ts` -> `<root>/.build/gateway/src/index.js`. */
export const compiledEntry = (sourceEntry) => join(BUILD_DIR, sourceEntry.replace(/\.ts$/, '.js'));

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildServices();
}

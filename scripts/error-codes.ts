// `npm run errors`: writes the README's "Error codes" table from every package's catalogue
// (`defineErrorCodes(owner, { CODE: { message, description, where, http? } })`).
// `npm run errors:check` runs it and fails when README.md changed (part of `npm test`).
import { type Dirent, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GatewayErrors } from '../gateway/src/errors/reply-error.js';
import { AffairsErrors } from '../subgraphs/affairs/src/errors.js';
import { IdentityErrors } from '../subgraphs/identity/src/errors.js';
import { PaymentErrors } from '../subgraphs/payment/src/errors.js';
import { QueueErrors } from '../subgraphs/queue/src/errors.js';
import { TrafficErrors } from '../subgraphs/traffic/src/errors.js';
import type { ErrorCatalogue, ErrorCodeSpec } from '../subgraphs/kit/src/errors/define-error-codes.js';
import { KitErrors } from '../subgraphs/kit/src/errors/codes.js';
import { JobErrors } from '../subgraphs/kit/src/jobs/graphql/job-errors.js';
import { InputErrors } from '../subgraphs/kit/src/validation/messages.js';

/**
 * Every catalogue, and the file that defines it. A new subgraph adds its `src/errors.ts` here;
 * the script refuses to run while a `defineErrorCodes(` call in `subgraphs/*\/src` or `gateway/src` is missing.
 */
const CATALOGUES: ReadonlyArray<{ source: string; catalogue: ErrorCatalogue }> = [
  { source: 'gateway/src/errors/reply-error.ts', catalogue: GatewayErrors },
  { source: 'subgraphs/kit/src/errors/codes.ts', catalogue: KitErrors },
  { source: 'subgraphs/kit/src/validation/messages.ts', catalogue: InputErrors },
  { source: 'subgraphs/kit/src/jobs/graphql/job-errors.ts', catalogue: JobErrors },
  { source: 'subgraphs/identity/src/errors.ts', catalogue: IdentityErrors },
  { source: 'subgraphs/traffic/src/errors.ts', catalogue: TrafficErrors },
  { source: 'subgraphs/payment/src/errors.ts', catalogue: PaymentErrors },
  { source: 'subgraphs/queue/src/errors.ts', catalogue: QueueErrors },
  { source: 'subgraphs/affairs/src/errors.ts', catalogue: AffairsErrors },
];

/** Table order: these owners first, in this order; any other owner after them, alphabetically. */
const OWNER_ORDER = ['gateway', 'subgraphs', 'validation', 'jobs', 'identity', 'traffic', 'payment'];

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const README = join(ROOT, 'README.md');
const START = '<!-- error-codes:start -->';
const END = '<!-- error-codes:end -->';

const problems: string[] = [];

// --- every defineErrorCodes( call in the sources must be listed above -------------------------------

/** Source files (not tests) under `dir`, relative to the repo root, sorted. */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  let entries: Dirent[];
  try {
    entries = readdirSync(join(ROOT, dir), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== '__tests__') out.push(...sourceFiles(path));
    } else if (/\.(ts|tsx|mts|cts)$/.test(entry.name) && !/\.(test|spec)\.[cm]?tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      out.push(path);
    }
  }
  return out.sort();
}

const subgraphDirs = readdirSync(join(ROOT, 'subgraphs'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => `subgraphs/${e.name}/src`)
  .sort();
const scanned = [...subgraphDirs, 'gateway/src'].flatMap(sourceFiles);

const listed = new Map(CATALOGUES.map((c) => [c.source, c]));
const found = new Set<string>();
for (const file of scanned) {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed.startsWith('//') || trimmed.startsWith('*') || trimmed.startsWith('/*')) return;
    for (const call of line.matchAll(/\bdefineErrorCodes\s*\(\s*(?:(['"`])([^'"`]*)\1)?/g)) {
      const where = `${file}:${i + 1}`;
      const owner = call[2];
      if (owner === undefined) {
        problems.push(`${where}: defineErrorCodes( without a string literal owner; write the owner as a literal so this script can find it.`);
        continue;
      }
      found.add(`${file}#${owner}`);
      const entry = listed.get(file);
      if (!entry) {
        problems.push(`${where}: defineErrorCodes('${owner}', …) is not in the CATALOGUES list of scripts/error-codes.ts; import it there and add { source: '${file}', catalogue: … }.`);
      } else if (entry.catalogue.owner !== owner) {
        problems.push(`${where}: defineErrorCodes('${owner}', …) is not in the CATALOGUES list of scripts/error-codes.ts (the entry for ${file} is '${entry.catalogue.owner}').`);
      }
    }
  });
}
for (const { source, catalogue } of CATALOGUES) {
  if (!found.has(`${source}#${catalogue.owner}`)) {
    problems.push(`scripts/error-codes.ts: CATALOGUES says '${catalogue.owner}' is defined in ${source}, but no defineErrorCodes('${catalogue.owner}', …) is there.`);
  }
}

// --- one owner per catalogue, one message per code ---------------------------------------------------

const owners = new Map<string, string>();
for (const { source, catalogue } of CATALOGUES) {
  const other = owners.get(catalogue.owner);
  if (other) problems.push(`owner '${catalogue.owner}' is defined twice: ${other} and ${source}.`);
  owners.set(catalogue.owner, source);
}

const messages = new Map<string, { owner: string; message: string }>();
for (const { catalogue } of CATALOGUES) {
  for (const [code, spec] of Object.entries(catalogue.codes) as Array<[string, ErrorCodeSpec]>) {
    if (!/^[A-Z][A-Z0-9_]*$/.test(code)) problems.push(`${catalogue.owner}.${code}: codes are UPPER_SNAKE_CASE.`);
    for (const key of ['message', 'description'] as const) {
      if (typeof spec[key] !== 'string' || !spec[key].trim()) problems.push(`${catalogue.owner}.${code}: empty ${key}.`);
    }
    if (!['payload', 'query', 'both', 'http'].includes(spec.where)) problems.push(`${catalogue.owner}.${code}: unknown where '${String(spec.where)}'.`);
    if (spec.where === 'http' && spec.http === undefined) problems.push(`${catalogue.owner}.${code}: where 'http' needs an http status.`);
    const seen = messages.get(code);
    if (seen && seen.message !== spec.message) {
      problems.push(`${code} has two messages: '${seen.message}' (${seen.owner}) and '${spec.message}' (${catalogue.owner}); one code, one message.`);
    }
    if (!seen) messages.set(code, { owner: catalogue.owner, message: spec.message });
  }
}

if (problems.length) {
  console.error(`error-codes: ${problems.length} problem(s), README.md not written:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}

// --- the table ----------------------------------------------------------------------------------------

const rank = (owner: string) => {
  const i = OWNER_ORDER.indexOf(owner);
  return i === -1 ? OWNER_ORDER.length : i;
};
const ordered = [...CATALOGUES].sort((a, b) => rank(a.catalogue.owner) - rank(b.catalogue.owner) || (a.catalogue.owner < b.catalogue.owner ? -1 : a.catalogue.owner > b.catalogue.owner ? 1 : 0));

const cell = (text: string) => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const whereOf = (spec: ErrorCodeSpec) => (spec.where === 'http' ? `HTTP ${spec.http}` : spec.where === 'both' ? 'payload, query' : spec.where);

const rows = ordered.flatMap(({ catalogue }) =>
  (Object.entries(catalogue.codes) as Array<[string, ErrorCodeSpec]>).map(
    ([code, spec]) => `| \`${code}\` | ${whereOf(spec)} | ${catalogue.owner} | ${cell(spec.message)} | ${cell(spec.description)} |`,
  ),
);
const sources = ordered.map(({ source, catalogue }) => `\`${source}\` (${catalogue.owner})`).join(', ');

const block = [
  START,
  '<!-- generated by `npm run errors` from the catalogues listed in scripts/error-codes.ts; edit those, not this table -->',
  '',
  '| code | where | owner | message | meaning |',
  '| --- | --- | --- | --- | --- |',
  ...rows,
  '',
  `Catalogues: ${sources}.`,
  END,
].join('\n');

const readme = readFileSync(README, 'utf8');
const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start === -1 || end === -1 || end < start || readme.indexOf(START, start + 1) !== -1 || readme.indexOf(END, end + 1) !== -1) {
  console.error(`error-codes: README.md needs exactly one ${START} … ${END} pair, in that order.`);
  process.exit(1);
}
const next = readme.slice(0, start) + block + readme.slice(end + END.length);
if (next !== readme) writeFileSync(README, next);
const total = rows.length;
console.log(`error-codes: ${total} codes from ${CATALOGUES.length} catalogues ${next === readme ? 'already in' : 'written to'} ${relative(ROOT, README)}.`);

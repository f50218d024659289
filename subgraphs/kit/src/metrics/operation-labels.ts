import { readFileSync, existsSync } from 'node:fs';
import { Kind, parse } from 'graphql';

/** The label of every operation whose name is unknown, absent or not to be trusted. */
export const ANONYMOUS_OPERATION = 'anonymous';

/** The query planner names subgraph fetches `<client operation>__<subgraph>__<n>`. */
// Subgraph names have no double underscore (toValidGraphQLName), so the suffix is the last `__x__n`.
const PLANNER_SUFFIX = /__[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*__\d+$/;
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

export interface OperationLabelOptions {
  /** Only these names become labels (e.g. the persisted operations); others are `anonymous`. */
  known?: Iterable<string>;
  /** Without `known`: at most this many distinct names, first come; later ones are `anonymous`. */
  max?: number;
}

/**
 * Operation names are chosen by clients, so they are label values of unbounded cardinality
 * unless bounded here: a known set when there is one, otherwise a cap as a backstop.
 * Results are memoised per raw name, so a warm lookup is one map read.
 */
export class OperationLabels {
  private readonly known?: ReadonlySet<string>;
  private readonly max: number;
  private readonly admitted = new Set<string>();
  private readonly memo = new Map<string, string>();

  constructor(options: OperationLabelOptions = {}) {
    this.known = options.known ? new Set(options.known) : undefined;
    this.max = options.max ?? 200;
  }

  of(raw: unknown): string {
    if (typeof raw !== 'string' || raw.length === 0) return ANONYMOUS_OPERATION;
    const memo = this.memo.get(raw);
    if (memo !== undefined) return memo;
    const label = this.resolve(raw);
    if (this.memo.size < this.max * 8) this.memo.set(raw, label);
    return label;
  }

  private resolve(raw: string): string {
    // A subgraph is counted under the client's operation, not under each fetch of its plan.
    const name = raw.replace(PLANNER_SUFFIX, '');
    if (!GRAPHQL_NAME.test(name)) return ANONYMOUS_OPERATION;
    if (this.known) return this.known.has(name) ? name : ANONYMOUS_OPERATION;
    if (this.admitted.has(name)) return name;
    if (this.admitted.size >= this.max) return ANONYMOUS_OPERATION;
    this.admitted.add(name);
    return name;
  }
}

/** Operation names in a persisted-documents manifest (`{ sha256: document }`); none when it is missing. */
export function persistedOperationNames(manifestPath: string): string[] {
  if (!existsSync(manifestPath)) return [];
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;
  const names = new Set<string>();
  for (const document of Object.values(manifest)) {
    for (const definition of parse(document).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) names.add(definition.name.value);
    }
  }
  return [...names];
}

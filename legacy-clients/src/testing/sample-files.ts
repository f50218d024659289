/**
 * Loads `src/<system>/samples/<Operation>__<case>/` strictly: a folder missing a file, a stray entry or an
 * expected.json of the wrong shape fails the run instead of quietly dropping a case.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const SRC_DIR = fileURLToPath(new URL('../', import.meta.url));

export type Protocol = 'soap' | 'http';

/** SOAP samples hold XML; HTTP ones the raw request and the exact body (Alipay signs its exact text). */
export const SAMPLE_FILES: Record<Protocol, { request: string; response: string }> = {
  soap: { request: 'request.xml', response: 'response.xml' },
  http: { request: 'request.txt', response: 'response.json' },
};

const metaSchema = z.strictObject({
  system: z.string(),
  operation: z.string(),
  case: z.string(),
  status: z.number().int(),
  description: z.string(),
  /** Injected on the stand-in while recording (internal-error cases). */
  faults: z.strictObject({ errorRate: z.number() }).optional(),
  /**
   * HTTP: the parameter whose single-use credential a replay must obtain afresh (WeChat Pay: `token`, a bill
   * download token valid 30 s; `bill_date`, the recording's day, replayed as the day the replay's trades were made).
   */
  fresh: z.enum(['code', 'auth_token', 'bill_date', 'token']).optional(),
  /** The stand-in's environment while recording (e.g. the queue machine's clock): a replay starts one with it. */
  env: z.record(z.string(), z.string()).optional(),
  /** Samples of the same system (folder names) whose requests were sent first: the state this one was recorded in. */
  given: z.array(z.string()).optional(),
  /** Alipay trades: after the given samples (each brought about by its own given and buyer first), the payer pays at the cashier or opens it and leaves. */
  buyer: z.enum(['pay', 'cancel']).optional(),
});

const expectedSchema = z
  .strictObject({
    /** The interface method, its arguments (after the call context) and options for building the client. */
    call: z.string(),
    input: z.array(z.unknown()),
    client: z.record(z.string(), z.unknown()).optional(),
    /** The operations the client sent, in order (a retry shows twice). */
    sent: z.array(z.string()).min(1),
    /** Exactly one: the return value as JSON (maps as objects), the typed error code, or the refusal reason. */
    output: z.unknown().optional(),
    error: z.string().optional(),
    refused: z.string().optional(),
  })
  .refine((e) => ['output', 'error', 'refused'].filter((k) => k in e).length === 1, 'exactly one of output, error, refused');

export type SampleMeta = z.infer<typeof metaSchema>;
export type Expected = z.infer<typeof expectedSchema>;

export interface Sample {
  system: string;
  /** `<Operation>__<case>`, the folder name. */
  name: string;
  dir: string;
  meta: SampleMeta;
  expected: Expected;
  request: string;
  response: string;
}

/** Systems with a samples folder. */
export const systemsWithSamples = (): string[] =>
  readdirSync(SRC_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`${SRC_DIR}${d.name}/samples`))
    .map((d) => d.name)
    .sort();

function readJson<T>(path: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'} ${i.message}`).join('; ')}`);
  return parsed.data;
}

export function loadSamples(system: string, protocol: Protocol): Sample[] {
  const root = `${SRC_DIR}${system}/samples`;
  const files = SAMPLE_FILES[protocol];
  const wanted = [files.request, files.response, 'meta.json', 'expected.json'].sort();
  return readdirSync(root, { withFileTypes: true })
    .map((entry) => {
      const dir = `${root}/${entry.name}`;
      if (!entry.isDirectory() || !/^[\w.]+__[\w-]+$/.test(entry.name)) throw new Error(`${dir}: not a <Operation>__<case> folder`);
      const present = readdirSync(dir).sort();
      if (present.join() !== wanted.join()) throw new Error(`${dir}: holds [${present.join(', ')}], a ${protocol} sample holds exactly [${wanted.join(', ')}]`);
      const meta = readJson(`${dir}/meta.json`, metaSchema);
      if (meta.system !== system || !entry.name.endsWith(`__${meta.case}`)) throw new Error(`${dir}: meta.json describes ${meta.system} ${meta.operation}__${meta.case}`);
      return {
        system,
        name: entry.name,
        dir,
        meta,
        expected: readJson(`${dir}/expected.json`, expectedSchema),
        request: readFileSync(`${dir}/${files.request}`, 'utf8'),
        response: readFileSync(`${dir}/${files.response}`, 'utf8'),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

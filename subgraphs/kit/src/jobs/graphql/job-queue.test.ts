import { execute, parse, validate, type GraphQLSchema } from 'graphql';
import type { Kysely } from 'kysely';
import { OfficerRole } from '../../access/roles.js';
import type { AuditEntry, AuditLog, AuditRecordOptions } from '../../audit/audit-log.js';
import type { Caller } from '../../caller/caller.js';
import { buildFederatedSchema, printFederatedSchema } from '../../schema/federated-schema.js';
import { Query, Resolver } from '../../type-graphql.js';
import { enqueueJob } from '../enqueue-job.js';
import { PermanentJobError } from '../job-error.js';
import { silentLogger, testClock } from '../job-test-helpers.js';
import { pgliteStore, type TestDb } from '../job-test-stores.js';
import { startJobWorker, type JobWorker } from '../job-worker.js';
import type { JobQueueContext } from './job-queue.resolver.js';


@Resolver()
class ProbeResolver {
  @Query(() => String)
  ping(): string {
    return 'pong';
  }
}

const officer = (roles: OfficerRole[]): Caller => ({
  kind: 'officer',
  sub: 'o-1',
  unit: '411002000000',
  roles,
  acr: 0,
  scopes: [],
  channel: 'console',
  requestId: 'req-1',
  iat: 0,
});
const admin = officer([OfficerRole.SYSTEM_ADMIN]);

/** An AuditLog that keeps what it is given; `fail` makes the next record throw, as a full disk would. */
class FakeAuditLog implements AuditLog {
  readonly entries: Array<{ entry: AuditEntry; options?: AuditRecordOptions }> = [];
  fail = false;

  async record(entry: AuditEntry, options?: AuditRecordOptions): Promise<void> {
    if (this.fail) throw new Error('audit store unavailable');
    this.entries.push({ entry, options });
  }
}

const QUEUE = `{ _entities(representations: [{ __typename: "JobQueues", id: "jobs" }]) {
  ... on JobQueues { probe { subgraph counts { pending running done dead oldestDueAgeSeconds } jobs(state: DEAD) { id kind key state attempts maxAttempts lastError finishedAt } } } } }`;
const RETRY = `mutation ($id: ID!) { retryProbeJob(id: $id) { job { id kind state attempts lastError finishedAt } error { code message field } } }`;

describe('the job queue in GraphQL (JobQueues entity, retry<Subgraph>Job)', () => {
  const store = pgliteStore();
  const workers: JobWorker[] = [];
  let schema: GraphQLSchema;
  let db: Kysely<TestDb>;

  const run = async (document: string, context: Partial<JobQueueContext> = {}, variables?: Record<string, unknown>): Promise<{ data?: any; errors?: readonly any[] }> =>
    (await execute({ schema, document: parse(document), variableValues: variables, contextValue: { caller: admin, requestId: 'req-1', jobsDb: db, ...context } })) as never;

  /** Two jobs run: `probe.ok` done, `probe.fail` dead at once (PermanentJobError); resolves to the dead one's id. */
  async function deadLetter(): Promise<string> {
    await enqueueJob(db, { kind: 'probe.ok', key: 'ok-1', payload: { citizenId: 'c-1' } });
    await enqueueJob(db, { kind: 'probe.fail', key: 'fail-1', payload: { citizenId: 'c-2' } });
    const worker = startJobWorker<TestDb, Record<string, () => Promise<void>>>({
      db,
      logger: silentLogger,
      polling: false,
      now: testClock().now,
      handlers: {
        'probe.ok': async () => {},
        'probe.fail': async () => {
          throw new PermanentJobError('target 4101021990 gone');
        },
      },
    });
    workers.push(worker);
    expect(await worker.runOnce()).toBe(2);
    const row = await db.selectFrom('jobs').select(['id', 'state']).where('kind', '=', 'probe.fail').executeTakeFirstOrThrow();
    expect(row.state).toBe('dead');
    return String(row.id);
  }

  const stateOf = async (id: string) => (await db.selectFrom('jobs').select('state').where('id', '=', id).executeTakeFirstOrThrow()).state;

  beforeAll(async () => {
    schema = await buildFederatedSchema({ resolvers: [ProbeResolver], jobQueue: 'probe' });
  });
  beforeEach(async () => {
    await store.fresh();
    db = store.db();
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop()));
  });
  afterAll(() => store.closeAll());

  it('shows the subgraph’s counts and its dead letters through the JobQueues entity, without payloads', async () => {
    const id = await deadLetter();
    const result = await run(QUEUE);
    expect(result.errors).toBeUndefined();
    expect(result.data._entities).toEqual([
      {
        probe: {
          subgraph: 'probe',
          counts: { pending: 0, running: 0, done: 1, dead: 1, oldestDueAgeSeconds: null },
          jobs: [{ id, kind: 'probe.fail', key: 'fail-1', state: 'DEAD', attempts: 1, maxAttempts: 12, lastError: 'PermanentJobError: target [digits] gone', finishedAt: expect.any(String) }],
        },
      },
    ]);
    const all = await run(`{ _entities(representations: [{ __typename: "JobQueues", id: "jobs" }]) { ... on JobQueues { probe { jobs { kind state } } } } }`);
    expect(all.data._entities[0].probe.jobs.map((j: { kind: string }) => j.kind).sort()).toEqual(['probe.fail', 'probe.ok']);
    const byKind = await run(`{ _entities(representations: [{ __typename: "JobQueues", id: "jobs" }]) { ... on JobQueues { probe { jobs(kind: "probe.ok") { kind state } } } } }`);
    expect(byKind.data._entities[0].probe.jobs).toEqual([{ kind: 'probe.ok', state: 'DONE' }]);
    const payload = validate(schema, parse(`{ _entities(representations: [{ __typename: "JobQueues", id: "jobs" }]) { ... on JobQueues { probe { jobs { payload } } } } }`));
    expect(payload.map((e) => e.message)).toEqual(['Cannot query field "payload" on type "JobRecord".']);
  });

  it('bounds jobs(first:) with the kit’s page size check', async () => {
    const doc = (first: number) => `{ _entities(representations: [{ __typename: "JobQueues", id: "jobs" }]) { ... on JobQueues { probe { jobs(first: ${first}) { id } } } } }`;
    for (const first of [0, 201]) {
      const result = await run(doc(first));
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAGE_SIZE_INVALID', field: 'first' });
    }
    expect((await run(doc(200))).errors).toBeUndefined();
  });

  it('retries a dead job once: PENDING with fresh attempts, then JOB_NOT_DEAD; an unknown job is JOB_NOT_FOUND', async () => {
    const id = await deadLetter();
    const first = await run(RETRY, {}, { id });
    expect(first.errors).toBeUndefined();
    expect(first.data.retryProbeJob).toEqual({
      job: { id, kind: 'probe.fail', state: 'PENDING', attempts: 0, lastError: 'PermanentJobError: target [digits] gone', finishedAt: null },
      error: null,
    });
    expect(await stateOf(id)).toBe('pending');
    const counts = await run(`{ _entities(representations: [{ __typename: "JobQueues", id: "jobs" }]) { ... on JobQueues { probe { counts { pending dead oldestDueAgeSeconds } } } } }`);
    expect(counts.data._entities[0].probe.counts).toEqual({ pending: 1, dead: 0, oldestDueAgeSeconds: expect.any(Number) });

    const again = await run(RETRY, {}, { id });
    expect(again.data.retryProbeJob).toEqual({ job: null, error: { code: 'JOB_NOT_DEAD', message: '该任务未处于失败状态，无需重试', field: 'id' } });
    const unknown = await run(RETRY, {}, { id: '987654321' });
    expect(unknown.data.retryProbeJob.error).toMatchObject({ code: 'JOB_NOT_FOUND', field: 'id' });
  });

  it('refuses a malformed id with FORMAT_INVALID on field id, before touching the database', async () => {
    for (const id of ['abc', '0', '-1', '1.5', ' 1', '9223372036854775808', '']) {
      const result = await run(RETRY, {}, { id });
      expect(result.errors).toBeUndefined();
      expect(result.data.retryProbeJob).toEqual({ job: null, error: { code: 'FORMAT_INVALID', message: '任务编号格式不正确', field: 'id' } });
    }
  });

  it('is SYSTEM_ADMIN only: other officers are FORBIDDEN and change nothing; citizens are UNAUTHENTICATED', async () => {
    const id = await deadLetter();
    const window = officer([OfficerRole.WINDOW_OFFICER]);
    const retry = await run(RETRY, { caller: window }, { id });
    expect(retry.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await stateOf(id)).toBe('dead');
    // The subgraph's field refuses on its own, before any of the queue's fields is asked.
    const queue = await run(`{ _entities(representations: [{ __typename: "JobQueues", id: "jobs" }]) { ... on JobQueues { probe { subgraph } } } }`, { caller: officer([OfficerRole.AUDIT_ADMIN]) });
    expect(queue.errors?.map((e) => [e.path.join('.'), e.extensions?.code])).toEqual([['_entities.0.probe', 'FORBIDDEN']]);
    const counts = await run(QUEUE, { caller: window });
    expect(counts.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const citizen: Caller = { ...admin, kind: 'citizen', sub: 'c-1', unit: undefined, roles: [] };
    expect((await run(RETRY, { caller: citizen }, { id })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('audits the retry in the retry’s own transaction when the subgraph audits', async () => {
    const id = await deadLetter();
    const audit = new FakeAuditLog();
    const result = await run(RETRY, { audit, requestId: 'req-42' }, { id });
    expect(result.data.retryProbeJob.job.state).toBe('PENDING');
    expect(audit.entries).toHaveLength(1);
    expect(audit.entries[0].entry).toEqual({
      action: 'CONFIG_CHANGED',
      actorKind: 'officer',
      actorId: 'o-1',
      targetKind: 'job',
      targetId: id,
      requestId: 'req-42',
      details: { change: 'JOB_RETRIED', kind: 'probe.fail' },
    });
    expect(audit.entries[0].options?.trx).toBeDefined();
    // Refusals change nothing, so they write no row.
    await run(RETRY, { audit }, { id });
    expect(audit.entries).toHaveLength(1);
  });

  it('leaves the job dead when its audit row cannot be written', async () => {
    const id = await deadLetter();
    const audit = new FakeAuditLog();
    audit.fail = true;
    const result = await run(RETRY, { audit }, { id });
    expect(result.errors?.[0]?.message).toBe('audit store unavailable');
    expect(await stateOf(id)).toBe('dead');
  });

  it('names the field and the mutation after the subgraph', async () => {
    @Resolver()
    class OtherProbeResolver {
      @Query(() => String)
      other(): string {
        return 'other';
      }
    }
    const exitEntry = await buildFederatedSchema({ resolvers: [OtherProbeResolver], jobQueue: 'exit-entry' });
    const sdl = printFederatedSchema(exitEntry);
    expect(sdl).toMatch(/type JobQueues\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/exitEntry: JobQueue!/);
    expect(sdl).toMatch(/retryExitEntryJob\(id: ID!\): RetryJobPayload!/);
    expect(sdl).not.toMatch(/retryProbeJob|probe: JobQueue/);
    for (const type of ['JobQueue', 'JobStateCounts', 'JobRecord', 'RetryJobPayload']) expect(sdl).toMatch(new RegExp(`type ${type}\\s+@shareable`));
    expect(sdl).toMatch(/enum JobState \{[^}]*PENDING[^}]*RUNNING[^}]*DONE[^}]*DEAD[^}]*\}/);
    // Built after `probe` in the same process, and still only its own field.
    const answer = (await execute({
      schema: exitEntry,
      document: parse(`{ _entities(representations: [{ __typename: "JobQueues", id: "jobs" }]) { ... on JobQueues { id exitEntry { subgraph } } } }`),
      contextValue: { caller: admin, requestId: 'req-1', jobsDb: db },
    })) as { data?: any; errors?: unknown };
    expect(answer).toEqual({ data: { _entities: [{ id: 'jobs', exitEntry: { subgraph: 'exit-entry' } }] } });
    await expect(buildFederatedSchema({ resolvers: [OtherProbeResolver], jobQueue: 'Exit Entry' })).rejects.toThrow(/not a subgraph name/);
  });
});

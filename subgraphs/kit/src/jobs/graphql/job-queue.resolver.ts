import type { Kysely } from 'kysely';
import { requireOfficer } from '../../access/guards.js';
import { OfficerRole } from '../../access/roles.js';
import type { AuditLog } from '../../audit/audit-log.js';
import type { Caller } from '../../caller/caller.js';
import { refuse } from '../../payload/payload-error.js';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from '../../type-graphql.js';
import { refuseInput } from '../../validation/refuse-input.js';
import { requirePageSize, requireText } from '../../validation/text.js';
import { jobCounts, listJobs, retryDeadJob, type JobRecord } from '../job-admin.js';
import { JobErrors } from './job-errors.js';
import { JOB_QUEUES_ID, JobQueue, jobQueuesEntity, JobRecordNode, JobStateCounts, JobStateEnum, RetryJobPayload, type JobQueues } from './job-queue.type.js';

/**
 * Operations' view of every subgraph's jobs in one query:
 * `jobQueues { identity { counts { dead } jobs(state: DEAD) { … } } traffic { … } }`, and a retry per
 * subgraph. A root mutation cannot be routed by its arguments, so each subgraph has its own
 * `retry<Subgraph>Job`; the rows never leave their subgraph's database.
 */

/** What the queue's resolvers need from a subgraph's per-request context. */
export interface JobQueueContext {
  caller: Caller;
  requestId: string;
  // biome-ignore lint/suspicious/noExplicitAny: Kysely is invariant in the database type, so only `any` takes every subgraph's database
  jobsDb: Kysely<any>;
  /** The subgraph's trail, when it keeps one: a retry is then audited in its own transaction. */
  audit?: AuditLog;
}

/** Bound of `jobs(first:)`. */
export const JOB_PAGE_MAX = 200;

const KIND_MAX_LENGTH = 100;

// bigserial: 1 … 2^63 - 1. Checked here so a malformed id is a refusal, not a failed ::bigint cast.
const BIGSERIAL_MAX = 9223372036854775807n;

function requireJobId(raw: string): string {
  if (!/^[1-9][0-9]{0,18}$/.test(raw) || BigInt(raw) > BIGSERIAL_MAX) throw refuseInput('FORMAT_INVALID', 'id', '任务编号格式不正确');
  return raw;
}

const SUBGRAPH_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const camel = (name: string) => name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const pascal = (name: string) => camel(name).replace(/^./, (c) => c.toUpperCase());

/**
 * The resolvers a subgraph adds to its schema (with `jobQueuesEntity(subgraph)` and `JobQueue` in orphanedTypes): its field
 * on `JobQueues`, the queue's fields, and `retry<Subgraph>Job`. SYSTEM_ADMIN only: running the platform
 * is the system administrator's part of the three administrators.
 */
export function jobQueueResolvers(subgraph: string) {
  if (!SUBGRAPH_NAME.test(subgraph)) throw new Error(`jobQueueResolvers: "${subgraph}" is not a subgraph name (kebab-case)`);

  @Resolver(() => jobQueuesEntity(subgraph))
  class SubgraphJobQueueResolver {
    @FieldResolver(() => JobQueue, { name: camel(subgraph), description: `SYSTEM_ADMIN: the ${subgraph} subgraph’s jobs` })
    queue(@Ctx() ctx: JobQueueContext): JobQueue {
      requireOfficer(ctx.caller, OfficerRole.SYSTEM_ADMIN);
      return Object.assign(new JobQueue(), { subgraph });
    }
  }

  @Resolver(() => JobQueue)
  class JobQueueFieldsResolver {
    @FieldResolver(() => JobStateCounts)
    async counts(@Root() _queue: JobQueue, @Ctx() ctx: JobQueueContext): Promise<JobStateCounts> {
      requireOfficer(ctx.caller, OfficerRole.SYSTEM_ADMIN);
      return JobStateCounts.from(await jobCounts(ctx.jobsDb));
    }

    @FieldResolver(() => [JobRecordNode], { description: 'Most recently changed first: this morning’s dead letters before last month’s' })
    async jobs(
      @Root() _queue: JobQueue,
      @Ctx() ctx: JobQueueContext,
      @Arg('state', () => JobStateEnum, { nullable: true }) state: JobStateEnum | null,
      @Arg('kind', () => String, { nullable: true }) kind: string | null,
      @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    ): Promise<JobRecordNode[]> {
      requireOfficer(ctx.caller, OfficerRole.SYSTEM_ADMIN);
      requirePageSize(first, JOB_PAGE_MAX);
      const filter = { state: state ?? undefined, kind: kind == null ? undefined : requireText(kind, 'kind', { max: KIND_MAX_LENGTH }), limit: first };
      return (await listJobs(ctx.jobsDb, filter)).map(JobRecordNode.from);
    }
  }

  @Resolver()
  class RetryJobResolver {
    @Mutation(() => RetryJobPayload, {
      name: `retry${pascal(subgraph)}Job`,
      description: `SYSTEM_ADMIN: run a dead ${subgraph} job again (fresh attempts, due now). Fix the cause first`,
    })
    async retry(@Arg('id', () => ID) id: string, @Ctx() ctx: JobQueueContext): Promise<RetryJobPayload> {
      const officer = requireOfficer(ctx.caller, OfficerRole.SYSTEM_ADMIN);
      const jobId = requireJobId(id);
      const job = await ctx.jobsDb.transaction().execute(async (trx): Promise<JobRecord> => {
        const outcome = await retryDeadJob(trx, jobId);
        if (!outcome.retried) throw refuse(JobErrors, outcome.state ? 'JOB_NOT_DEAD' : 'JOB_NOT_FOUND', 'id');
        await ctx.audit?.record(
          {
            action: 'CONFIG_CHANGED',
            actorKind: 'officer',
            actorId: officer.id,
            targetKind: 'job',
            targetId: jobId,
            requestId: ctx.requestId,
            details: { change: 'JOB_RETRIED', kind: outcome.job.kind },
          },
          { trx },
        );
        return outcome.job;
      });
      return Object.assign(new RetryJobPayload(), { job: JobRecordNode.from(job), error: null });
    }
  }

  return [SubgraphJobQueueResolver, JobQueueFieldsResolver, RetryJobResolver] as const;
}

/** `__resolveReference` for the `JobQueues` entity: there is one. */
export const resolveJobQueuesReference = (): JobQueues => ({ id: JOB_QUEUES_ID });

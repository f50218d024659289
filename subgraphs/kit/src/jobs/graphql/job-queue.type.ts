import { UserError } from '../../payload/user-error.type.js';
import { Directive, Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '../../type-graphql.js';
import type { JobQueueCounts, JobRecord } from '../job-admin.js';

// Every subgraph's queue answers in these same types: @shareable, and the enum identical everywhere
// (composition requires an enum used as an argument and a result to match in every subgraph).

/** The GraphQL names of `JobState`; the values are the rows' own, so no mapping either way. */
export enum JobStateEnum {
  PENDING = 'pending',
  RUNNING = 'running',
  DONE = 'done',
  DEAD = 'dead',
}

registerEnumType(JobStateEnum, {
  name: 'JobState',
  description: 'Where a durable job is in its life',
  valuesConfig: {
    PENDING: { description: 'Waiting to run at runAt (new, or a retry after backoff)' },
    RUNNING: { description: 'Claimed by a worker, under its lease' },
    DONE: { description: 'Ran to completion' },
    DEAD: { description: 'Out of attempts or refused permanently: waits for an operator to fix the cause and retry it' },
  },
});

export const JOB_QUEUES_ID = 'jobs';

/** An instance of the `JobQueues` entity (there is one, id "jobs"). */
export interface JobQueues {
  id: string;
}

const entities = new Map<string, new () => JobQueues>();

/**
 * The `JobQueues` entity as `subgraph` declares it: one instance (id "jobs") that every subgraph running
 * jobs extends with a field named after itself, so the gateway sends each part to the subgraph whose
 * database holds the rows. A class per subgraph: type-graphql adds a field resolver's field to its
 * class's metadata for good, so with one shared class a second subgraph built in the same process (the
 * test stack builds them all in one) would also serve the first one's field.
 */
export function jobQueuesEntity(subgraph: string): new () => JobQueues {
  let entity = entities.get(subgraph);
  if (!entity) {
    @Directive('@key(fields: "id")')
    @ObjectType('JobQueues', { description: 'SYSTEM_ADMIN: one field per subgraph, each that subgraph’s own durable job queue' })
    class JobQueuesEntity implements JobQueues {
      @Field(() => ID)
      id!: string;
    }
    entity = JobQueuesEntity;
    entities.set(subgraph, entity);
  }
  return entity;
}

@Directive('@shareable')
@ObjectType('JobQueue', { description: 'One subgraph’s durable jobs and outbox' })
export class JobQueue {
  @Field(() => String, { description: 'The subgraph whose jobs these are' })
  subgraph!: string;
}

@Directive('@shareable')
@ObjectType('JobStateCounts', { description: 'Jobs per state, and the backlog alarm' })
export class JobStateCounts {
  @Field(() => Int)
  pending!: number;

  @Field(() => Int)
  running!: number;

  @Field(() => Int)
  done!: number;

  @Field(() => Int)
  dead!: number;

  @Field(() => Int, { nullable: true, description: 'How late the most overdue pending job is, in seconds (0: one is due right now); null when none is due. Growing: workers are not keeping up' })
  oldestDueAgeSeconds!: number | null;

  static from(counts: JobQueueCounts): JobStateCounts {
    return Object.assign(new JobStateCounts(), {
      ...counts.byState,
      oldestDueAgeSeconds: counts.oldestDueAgeMs == null ? null : Math.floor(counts.oldestDueAgeMs / 1000),
    });
  }
}

/** A job without its payload: payloads may carry references to personal data. */
@Directive('@shareable')
@ObjectType('JobRecord', { description: 'A durable job as operations see it (never its payload)' })
export class JobRecordNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The handler, e.g. fugitive.screen' })
  kind!: string;

  @Field(() => String, { description: 'What the job is about (a reference, unique per kind)' })
  key!: string;

  @Field(() => JobStateEnum)
  state!: JobStateEnum;

  @Field(() => Int, { description: 'Claims so far' })
  attempts!: number;

  @Field(() => Int)
  maxAttempts!: number;

  @Field(() => GraphQLISODateTime, { description: 'When a pending job is due' })
  runAt!: Date;

  @Field(() => String, { nullable: true, description: 'The last failure: its code and masked message' })
  lastError!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set when done or dead' })
  finishedAt!: Date | null;

  static from(job: JobRecord): JobRecordNode {
    return Object.assign(new JobRecordNode(), {
      id: job.id,
      kind: job.kind,
      key: job.key,
      state: job.state as JobStateEnum,
      attempts: job.attempts,
      maxAttempts: job.maxAttempts,
      runAt: job.runAt,
      lastError: job.lastError,
      createdAt: job.createdAt,
      updatedAt: job.updatedAt,
      finishedAt: job.finishedAt,
    });
  }
}

@Directive('@shareable')
@ObjectType('RetryJobPayload', { description: 'The retried job (pending, due now), or why not' })
export class RetryJobPayload {
  @Field(() => JobRecordNode, { nullable: true })
  job?: JobRecordNode | null;

  @Field(() => UserError, { nullable: true })
  error?: UserError | null;
}

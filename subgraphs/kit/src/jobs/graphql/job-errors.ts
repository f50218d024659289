import { defineErrorCodes } from '../../errors/define-error-codes.js';

/** Why the console's retry of a job was refused (`retry<Subgraph>Job`); every subgraph running jobs returns these. */
export const JobErrors = defineErrorCodes('jobs', {
  JOB_NOT_FOUND: { message: '未找到该任务', description: 'No job with this id in the subgraph the mutation was sent to.', where: 'payload' },
  JOB_NOT_DEAD: {
    message: '该任务未处于失败状态，无需重试',
    description: 'Only a dead-lettered job can be retried; this one is pending, running or done (perhaps already retried).',
    where: 'payload',
  },
});

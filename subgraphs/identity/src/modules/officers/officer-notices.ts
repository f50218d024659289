import { enqueueJob, type Kysely, type Logger } from '@jingtong/kit';
import type { IdentityDatabase } from '../../db/identity-database.js';
import type { OfficersDeps } from './officers-deps.js';
import { temporaryPassword } from './password-policy.js';

/** Texts to the officer's own phone, as durable jobs (retried while the SMS gateway fails). */
export const ONE_TIME_PASSWORD_JOB = 'officers.oneTimePassword';
export const LOCK_NOTICE_JOB = 'officers.lockNotice';

export interface OneTimePasswordJob {
  officerId: string;
  requestId: string;
  reason: 'created' | 'reset';
}
export interface LockNoticeJob {
  officerId: string;
  requestId: string;
}

type Db = Kysely<IdentityDatabase>;

/** In the transaction of the account change: the password is made and texted by the job, never shown to anyone. */
export const enqueueOneTimePassword = (trx: Db, job: OneTimePasswordJob, key: string) => enqueueJob(trx, { kind: ONE_TIME_PASSWORD_JOB, key, payload: job });

export const enqueueLockNotice = (db: Db, job: LockNoticeJob, key: string) => enqueueJob(db, { kind: LOCK_NOTICE_JOB, key, payload: job });

const phoneOf = async (deps: OfficersDeps, officerId: string) => {
  const row = await deps.db.selectFrom('officers').select(['phone_enc', 'password_changed_at']).where('id', '=', officerId).executeTakeFirst();
  return row && { phone: row.phone_enc ? deps.cipher.decrypt(row.phone_enc) : null, temporary: row.password_changed_at === null };
};

/**
 * A new one-time password, set and texted to the officer. Only while the account still waits for one
 * (`password_changed_at` null): once the officer has chosen their own, a late retry changes nothing.
 * A retry after a failed send makes a new password (the text is what counts), so none is ever stored.
 */
export async function sendOneTimePassword(deps: OfficersDeps, job: OneTimePasswordJob, logger?: Logger): Promise<void> {
  const target = await phoneOf(deps, job.officerId);
  if (!target?.temporary) return;
  if (!target.phone) {
    logger?.warn({ requestId: job.requestId, officerId: job.officerId }, 'officer has no phone: one-time password not sent');
    return;
  }
  const password = temporaryPassword();
  const updated = await deps.db
    .updateTable('officers')
    .set({ password_hash: await deps.passwords.hash(password) })
    .where('id', '=', job.officerId)
    .where('password_changed_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  if (!updated) return;
  const what = job.reason === 'created' ? '账号已开通，初始密码' : '密码已重置，临时密码';
  const content = `【${deps.smsSignName}】您的警务综合平台${what}为 ${password}，仅可用于下次登录并须立即修改。请勿告知任何人（包括管理员）。`;
  await deps.sms.send({ phone: target.phone, content }, { requestId: job.requestId });
}

/** The officer learns that their account was locked by failed sign-ins (from wherever they came). */
export async function sendLockNotice(deps: OfficersDeps, job: LockNoticeJob): Promise<void> {
  const target = await phoneOf(deps, job.officerId);
  if (!target?.phone) return;
  const content = `【${deps.smsSignName}】您的警务综合平台账号连续登录失败，已暂停陌生地址登录 30 分钟，常用电脑不受影响。如非本人操作，请联系安全管理员。`;
  await deps.sms.send({ phone: target.phone, content }, { requestId: job.requestId });
}

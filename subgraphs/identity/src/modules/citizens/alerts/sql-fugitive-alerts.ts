import { enqueueJob, type AuditLog, type FieldCipher, type Kysely, type Logger } from '@jingtong/kit';
import type { FugitiveHit, SmsGateway } from '@jingtong/legacy-clients';
import type { IdentityDatabase } from '../../../db/identity-database.js';
import type { FugitiveAlertSink, ScreenedPerson } from './alert-sink.js';

export const NOTIFY_DUTY_JOB = 'alerts.notifyDuty';

/** The bureau: alerts from outside its districts (or unmatched regions) go to its duty officer. */
export const BUREAU_UNIT = { code: '411000000000', name: '许昌市公安局', region_code: '411000' } as const;

export class SqlFugitiveAlerts implements FugitiveAlertSink {
  constructor(
    private readonly db: Kysely<IdentityDatabase>,
    private readonly cipher: FieldCipher,
    private readonly sms: SmsGateway,
    private readonly audit: AuditLog,
    private readonly logger: Logger,
    private readonly signName: string,
  ) {}

  /** The unit of the person's registered region (first 6 digits of the ID number), else the bureau. */
  private async unitFor(idNumber: string) {
    const regional = await this.db
      .selectFrom('units')
      .select(['code', 'duty_phone_enc'])
      .where('region_code', '=', idNumber.slice(0, 6))
      .orderBy('code')
      .limit(1)
      .executeTakeFirst();
    if (regional) return regional;
    await this.db.insertInto('units').values(BUREAU_UNIT).onConflict((oc) => oc.column('code').doNothing()).execute();
    return this.db.selectFrom('units').select(['code', 'duty_phone_enc']).where('code', '=', BUREAU_UNIT.code).executeTakeFirstOrThrow();
  }

  async raise(hit: FugitiveHit, person: ScreenedPerson, requestId: string): Promise<void> {
    const unit = await this.unitFor(person.idNumber);
    await this.db.transaction().execute(async (trx) => {
      // A retried screening job raises the same hit again: one alert per citizen and request.
      const existing = await trx.selectFrom('fugitive_alerts').select('id').where('citizen_id', '=', person.citizenId).where('request_id', '=', requestId).executeTakeFirst();
      if (existing) return;
      const { id: alertId } = await trx
        .insertInto('fugitive_alerts')
        .values({
          citizen_id: person.citizenId,
          id_number_enc: this.cipher.encrypt(person.idNumber),
          id_number_idx: this.cipher.blindIndex(person.idNumber, 'id_number'),
          case_number_enc: this.cipher.encrypt(hit.caseNumber),
          wanted_by: hit.wantedBy,
          category: hit.category,
          listed_on: hit.listedOn || null,
          unit_code: unit.code,
          request_id: requestId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const notify = unit.duty_phone_enc ? 'queued' : 'no-duty-phone';
      await this.audit.record(
        { action: 'ALERT_RAISED', actorKind: 'system', targetKind: 'citizen', targetId: person.citizenId, requestId, details: { alertId, stored: true, unitCode: unit.code, notify } },
        { trx },
      );
      if (unit.duty_phone_enc) await enqueueJob(trx, { kind: NOTIFY_DUTY_JOB, key: alertId, payload: { alertId, requestId } });
      else this.logger.warn({ requestId, alertId }, 'unit has no duty phone: fugitive alert not texted');
    });
  }

  /**
   * The duty-officer SMS job: a text without personal data (the officer reads the alert in the console).
   * Throws while the SMS gateway fails, so it is retried; the alert id is the key, so it is sent once.
   */
  async notifyDuty(job: { alertId: string; requestId: string }): Promise<void> {
    const row = await this.db
      .selectFrom('fugitive_alerts')
      .innerJoin('units', 'units.code', 'fugitive_alerts.unit_code')
      .select(['units.duty_phone_enc'])
      .where('fugitive_alerts.id', '=', job.alertId)
      .executeTakeFirst();
    if (!row?.duty_phone_enc) return;
    const content = `【${this.signName}】在逃人员比对预警：有新的比对命中（编号${job.alertId.slice(0, 8)}），请立即登录警务综合平台处理。`;
    await this.sms.send({ phone: this.cipher.decrypt(row.duty_phone_enc), content }, { requestId: job.requestId });
  }
}

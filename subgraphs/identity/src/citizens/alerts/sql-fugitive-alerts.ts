import type { AuditLog, FieldCipher, Kysely, Logger } from '@jingtong/kit';
import type { FugitiveHit, SmsGateway } from '@jingtong/legacy-clients';
import type { IdentityDatabase } from '../../db/tables/citizen.table.js';
import type { FugitiveAlertSink, ScreenedPerson } from './alert-sink.js';

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
    let alertId: string | undefined;
    let unitCode: string = BUREAU_UNIT.code;
    let notified = false;
    try {
      const unit = await this.unitFor(person.idNumber);
      unitCode = unit.code;
      alertId = (
        await this.db
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
          .executeTakeFirstOrThrow()
      ).id;
      notified = await this.notify(unit.duty_phone_enc, alertId, requestId);
    } catch (error) {
      this.logger.error({ requestId, citizenId: person.citizenId, alertId, err: { message: (error as Error).message } }, 'fugitive alert not stored');
    }
    try {
      await this.audit.record({
        action: 'ALERT_RAISED',
        actorKind: 'system',
        targetKind: 'citizen',
        targetId: person.citizenId,
        requestId,
        details: { alertId: alertId ?? null, stored: alertId !== undefined, unitCode, notified },
      });
    } catch (error) {
      this.logger.error({ requestId, alertId, err: { message: (error as Error).message } }, 'fugitive alert not audited');
    }
  }

  /** A text without personal data: the duty officer reads the alert in the console. */
  private async notify(dutyPhoneEnc: string | null, alertId: string, requestId: string): Promise<boolean> {
    if (!dutyPhoneEnc) {
      this.logger.warn({ requestId, alertId }, 'unit has no duty phone: fugitive alert not texted');
      return false;
    }
    try {
      const content = `【${this.signName}】在逃人员比对预警：有新的比对命中（编号${alertId.slice(0, 8)}），请立即登录警务综合平台处理。`;
      await this.sms.send({ phone: this.cipher.decrypt(dutyPhoneEnc), content }, { requestId });
      return true;
    } catch (error) {
      this.logger.error({ requestId, alertId, err: { code: (error as { extensions?: { code?: string } }).extensions?.code } }, 'fugitive alert SMS failed');
      return false;
    }
  }
}

import { type CodeOf, defineErrorCodes, UserError } from '@jingtong/kit';

/** Traffic's business codes, returned in mutation payloads; shared codes live in the kit. */
export const TrafficErrors = defineErrorCodes('traffic', {
  VEHICLE_NOT_BOUND: { message: '请先绑定该机动车，再办理缴款', description: 'The plate is not bound to the citizen (identity’s bindings).', where: 'payload' },
  VIOLATION_NOT_FOUND: { message: '未查到该违法记录', description: 'The platform has no violation with this id on this plate.', where: 'payload' },
  VIOLATION_UNPROCESSED: { message: '该违法尚未处理，请先通过交管12123或到窗口处理后再缴款', description: 'Status 0: no penalty decision yet, nothing to pay.', where: 'payload' },
  VIOLATION_ALREADY_PAID: { message: '该违法罚款已缴纳', description: 'The platform shows the fine paid.', where: 'payload' },
});

export type TrafficErrorCode = CodeOf<typeof TrafficErrors>;

export const toUserError = (failure: { code: TrafficErrorCode; message?: string; field?: string }) =>
  UserError.of(failure.code, failure.message ?? TrafficErrors.codes[failure.code].message, failure.field);

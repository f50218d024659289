/**
 * The operations (操作配置, 2.7.5.11) and posts (审批对象 / 岗位, 2.7.5.14) a flow's nodes may name. They are the same
 * for every business: an operation is a function of the console or the H5 pages, opened with the business number
 * (SBUSNO) and the application number (SDONO); a post is a kind of officer a task goes to. Kept as constants until
 * officers maintain them in the console; a flow naming anything else is refused (FLOW_UNKNOWN_OPERATION / _POST).
 */

/** Who performs an operation: a police officer in the console, or the applicant on the H5 pages. */
export type OperationActor = 'OFFICER' | 'CITIZEN';

export const OPERATIONS = {
  PRE_REVIEW: { label: '预审', actor: 'OFFICER' },
  REQUEST_SUPPLEMENT: { label: '要求补正材料', actor: 'OFFICER' },
  ACCEPT: { label: '受理', actor: 'OFFICER' },
  REVIEW: { label: '审核', actor: 'OFFICER' },
  APPROVE: { label: '审批', actor: 'OFFICER' },
  HAND_OVER: { label: '转办', actor: 'OFFICER' },
  ISSUE_CERTIFICATE: { label: '制发证件', actor: 'OFFICER' },
  REGISTER_RETURN_MAIL: { label: '登记回寄单号', actor: 'OFFICER' },
  UPLOAD_SUPPLEMENT: { label: '补正材料', actor: 'CITIZEN' },
  PAY: { label: '缴费', actor: 'CITIZEN' },
  SUBMIT_EXPRESS_NUMBER: { label: '填写快递单号', actor: 'CITIZEN' },
  CONFIRM_RECEIPT: { label: '确认收件', actor: 'CITIZEN' },
  RATE: { label: '评价', actor: 'CITIZEN' },
} as const satisfies Record<string, { label: string; actor: OperationActor }>;

export const POSTS = {
  WINDOW: '窗口受理岗',
  REVIEWER: '审核岗',
  CERTIFICATE: '制证岗',
  SECTION_CHIEF: '科（所、队）长',
  DIRECTOR: '分管局领导',
} as const satisfies Record<string, string>;

export type OperationCode = keyof typeof OPERATIONS;
export type PostCode = keyof typeof POSTS;

export const OPERATION_CODES = Object.keys(OPERATIONS) as OperationCode[];
export const POST_CODES = Object.keys(POSTS) as PostCode[];

export const operationOf = (code: string) => (Object.hasOwn(OPERATIONS, code) ? OPERATIONS[code as OperationCode] : undefined);

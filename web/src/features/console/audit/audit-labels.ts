/** Audit actions as the audit administrator reads them (the kit's AuditAction list, and each subgraph's own). */
export const ACTION_LABELS: Record<string, string> = {
  SIGN_IN: '登录',
  SIGN_IN_FAILED: '登录失败',
  SIGN_OUT: '退出登录',
  ACCOUNT_LOCKED: '账号锁定',
  CONFIG_CHANGED: '配置变更',
  DISCLOSURE: '查看明文信息',
  ALERT_RAISED: '触发预警',
  BINDING_CHANGED: '绑定变更',
  REAL_NAME_VERIFIED: '实名认证',
  API_KEY_ISSUED: '签发密钥',
  API_KEY_REVOKED: '吊销密钥',
  PASSWORD_CHANGED: '修改密码',
  AUDIT_ARCHIVED: '审计归档',
  AUDIT_TAMPER_DETECTED: '审计记录被篡改',
  // traffic
  VEHICLE_LOOKUP: '车辆查询',
  FINE_PAYMENT_ORDERED: '生成罚款缴费订单',
  FINE_PAYMENT_RECORDED: '罚款缴纳入账',
  FINE_PAYMENT_REFUSED: '罚款缴纳被拒',
  // payment
  PAYMENT_ORDER_CREATED: '创建缴费订单',
  PAYMENT_STARTED: '发起支付',
  PAYMENT_RECEIVED: '收到支付',
  PAYMENT_NOTIFICATION_REFUSED: '拒绝支付通知',
  PAYMENT_ORDER_CLOSED: '关闭缴费订单',
  PAYMENT_FULFILLED: '缴费业务办结',
  REFUND_REQUESTED: '发起退款',
  REFUND_SUCCEEDED: '退款成功',
  REFUND_FAILED: '退款失败',
  RECONCILIATION_REQUESTED: '发起对账',
  RECONCILIATION_COMPLETED: '完成对账',
  RECONCILIATION_DIFFERENCE_RESOLVED: '处理对账差异',
  // queue
  QUEUE_TICKET_BOOKED: '网上预约取号',
  QUEUE_NUMBER_ISSUED: '叫号机出号',
  QUEUE_BOOKING_RELEASED: '释放预约号源',
  QUEUE_NUMBER_VOIDED: '作废叫号机号码',
  QUEUE_TICKET_CANCELLED: '取消预约',
  QUEUE_TICKET_CHECKED_IN: '扫码签到',
  QUEUE_QR_REFUSED: '拒绝无效二维码',
  QUEUE_NUMBER_CALLED: '窗口叫号',
  QUEUE_NUMBER_MARKED: '标记办结/未到',
  QUEUE_TICKET_CLOSED: '预约号结束',
  QUEUE_HALL_SCHEDULE_UPDATED: '修改大厅排号设置',
};

/** CONFIG_CHANGED rows name the change in `details.change`. */
export const CONFIG_CHANGE_LABELS: Record<string, string> = {
  JOB_RETRIED: '重试任务',
};

export const ACTOR_KIND_LABELS: Record<string, string> = {
  citizen: '市民',
  officer: '民警',
  partner: '合作方',
  anonymous: '匿名',
  system: '系统',
  // Targets use the same words, plus what only ever is a target.
  unit: '单位',
  partner_key: '合作方密钥',
  audit_log: '审计日志',
  vehicle: '车辆',
  job: '任务',
  violation: '违法记录',
  payment_order: '缴费订单',
  payment_channel: '支付渠道',
  reconciliation_day: '对账日',
  reconciliation_run: '对账记录',
  reconciliation_difference: '对账差异',
  queue_ticket: '预约号',
  queue_number: '叫号机号码',
  queue_hall: '办事大厅',
};

export const CHAIN_REASON_LABELS: Record<string, string> = {
  HASH_MISMATCH: '记录内容被修改',
  LINK_BROKEN: '记录被删除或插入',
  ORDER_BROKEN: '记录顺序被打乱',
  CHECKPOINT_MISMATCH: '链尾被截断或改写',
};

export const FIELD_LABELS: Record<string, string> = { name: '姓名', idNumber: '身份证号', phone: '手机号' };

/** A disclosure's purpose is stored as `<code>` or `<code> <case number>` (RevealPurpose). */
export const REVEAL_PURPOSE_LABELS: Record<string, string> = {
  CASE_HANDLING: '办理业务',
  IDENTITY_VERIFICATION: '核验身份',
  CITIZEN_REQUEST: '群众申请',
  ALERT_HANDLING: '处置预警',
  INVESTIGATION: '案件调查',
};

export function purposeLabel(purpose: string | null | undefined): string {
  if (!purpose) return '';
  const [code, ...rest] = purpose.split(' ');
  return [REVEAL_PURPOSE_LABELS[code] ?? code, ...rest].join(' ');
}

import { registerEnumType } from '@jingtong/kit/type-graphql';

export enum BusinessClassStatusEnum {
  ACTIVE = 'ACTIVE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(BusinessClassStatusEnum, { name: 'BusinessClassStatus', description: '有效（1） / 已取消（0）' });

export enum BusinessTypeEnum {
  ONLINE = 'ONLINE',
  APPOINTMENT = 'APPOINTMENT',
  QUERY = 'QUERY',
}
registerEnumType(BusinessTypeEnum, { name: 'BusinessType', description: '网上办理（1） / 预约办理（2） / 业务查询（3）' });

export enum BusinessChannelEnum {
  ALIPAY = 'ALIPAY',
  WECHAT = 'WECHAT',
  APP = 'APP',
}
registerEnumType(BusinessChannelEnum, { name: 'BusinessChannel', description: '支付宝城市服务 / 微信 / 手机 APP: where the business is open (one configuration serves them all)' });

export enum BusinessStatusEnum {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(BusinessStatusEnum, { name: 'BusinessStatus', description: '开通 / 关闭 / 已取消 (by itself or with its class); a new business is CLOSED until published and opened' });

export enum FormControlEnum {
  TEXT = 'TEXT',
  TEXTAREA = 'TEXTAREA',
  NUMBER = 'NUMBER',
  DATE = 'DATE',
  SELECT = 'SELECT',
  RADIO = 'RADIO',
  CHECKBOX = 'CHECKBOX',
  SWITCH = 'SWITCH',
}
registerEnumType(FormControlEnum, { name: 'FormControl', description: '控件类型: 单行文本 / 多行文本 / 数字 / 日期 / 下拉选择 / 单选 / 多选 / 是否' });

export enum FieldValidationEnum {
  NONE = 'NONE',
  ID_NUMBER = 'ID_NUMBER',
  PHONE = 'PHONE',
  NAME = 'NAME',
  PLATE = 'PLATE',
  POSTCODE = 'POSTCODE',
  EMAIL = 'EMAIL',
}
registerEnumType(FieldValidationEnum, { name: 'FieldValidation', description: '属性类型（校验） of a single-line text: 不校验 / 公民身份号码 / 手机号码 / 姓名 / 号牌号码 / 邮政编码 / 电子邮箱' });

export enum MaterialModeEnum {
  UPLOAD = 'UPLOAD',
  CONFIRM = 'CONFIRM',
  BOTH = 'BOTH',
}
registerEnumType(MaterialModeEnum, { name: 'MaterialMode', description: '材料类型: 上传（1） / 确认，递交原件（2） / 上传并递交原件（3）' });

export enum FlowNodeKindEnum {
  TASK = 'TASK',
  APPROVAL = 'APPROVAL',
  DECISION = 'DECISION',
  END = 'END',
}
registerEnumType(FlowNodeKindEnum, { name: 'FlowNodeKind', description: '正常节点 / 审批节点 / 判断节点 / 结束节点' });

export enum FlowEdgeKindEnum {
  NEXT = 'NEXT',
  TIMEOUT = 'TIMEOUT',
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  BRANCH = 'BRANCH',
  DEFAULT = 'DEFAULT',
  JUMP = 'JUMP',
}
registerEnumType(FlowEdgeKindEnum, { name: 'FlowEdgeKind', description: 'How the flow leaves a node; JUMP is an officer’s manual move, drawn apart from the configured path' });

export enum OperationActorEnum {
  OFFICER = 'OFFICER',
  CITIZEN = 'CITIZEN',
}
registerEnumType(OperationActorEnum, { name: 'OperationActor', description: '操作类别: 民警 / 群众' });

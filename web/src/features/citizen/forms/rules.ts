import type { FormItemProps } from 'antd-mobile/es/components/form';

type Rules = NonNullable<FormItemProps['rules']>;

export const ID_NUMBER = /^\d{17}[\dX]$/;
export const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;
export const SMS_CODE = /^\d{6}$/;
/** Chinese names, including ethnic-minority names with the middle dot. */
export const PERSON_NAME = /^[\u4e00-\u9fff·]{2,20}$/;

export const idNumberRules: Rules = [
  { required: true, message: '请输入身份证号' },
  { pattern: ID_NUMBER, message: '请输入18位身份证号' },
];

export const phoneRules: Rules = [
  { required: true, message: '请输入手机号' },
  { pattern: MAINLAND_MOBILE, message: '请输入11位手机号' },
];

export const smsCodeRules: Rules = [
  { required: true, message: '请输入短信验证码' },
  { pattern: SMS_CODE, message: '验证码为6位数字' },
];

export const nameRules: Rules = [
  { required: true, message: '请输入姓名' },
  { pattern: PERSON_NAME, message: '请输入身份证上的中文姓名' },
];

/** ID numbers end in X, never x: accept what people type. */
export const upperCase = (value: string | undefined) => value?.toUpperCase();
export const trimmed = (value: string | undefined) => value?.trim();

/** GA 36-2018 plates, loosely: identity normalises and has the last word. */
export const PLATE = /^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z]·?[A-HJ-NP-Z0-9]{5,6}$/;
export const FILE_NUMBER = /^\d{12}$/;

export const plateRules: Rules = [
  { required: true, message: '请输入号牌号码' },
  { pattern: PLATE, message: '号牌号码格式不正确，例如：豫K·A12345' },
];

export const fileNumberRules: Rules = [
  { required: true, message: '请输入档案编号' },
  { pattern: FILE_NUMBER, message: '档案编号为驾驶证副页上的12位数字' },
];

/** `豫k a12345` → `豫KA12345`: people type plates every which way. */
export const plateInput = (value: string | undefined) => value?.replace(/[\s.•・-]/g, '').toUpperCase();

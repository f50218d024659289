/** ERROR texts of the SMS gateway (RESULT=1). */
export const SMS_MAX_CONTENT_LENGTH = 500;

export const SMS_ERRORS = {
  badPhone: (phone: string) => `手机号码格式不正确：${phone}`,
  emptyContent: '短信内容不能为空',
  contentTooLong: `短信内容不能超过${SMS_MAX_CONTENT_LENGTH}个字符`,
  badSignName: '短信签名须为2至12个字符',
} as const;

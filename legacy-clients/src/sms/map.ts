/** The only place that knows the SMS gateway's field names. */
export interface SendSmsXml {
  messageId: string;
}

export const toMessageId = (x: SendSmsXml | undefined): string => String(x?.messageId ?? '');

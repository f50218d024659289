/** Request elements of sms.wsdl as zod schemas (validated after node-soap parsed the XML). */
import { baseHead, soapRequest, text } from '../../framework/message.js';

/** An empty <content/> is parsed as null by node-soap (a business failure, not a malformed request). */
const maybeEmpty = () => text().nullable().transform((value) => value ?? '');

export const sendSmsRequest = soapRequest(baseHead, { phone: maybeEmpty(), content: maybeEmpty(), signName: maybeEmpty() });

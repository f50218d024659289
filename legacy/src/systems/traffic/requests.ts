/** Request elements of traffic.wsdl as zod schemas (validated after node-soap parsed the XML). */
import { z } from 'zod';
import { baseHead, element, repeated, soapRequest, text } from '../../framework/message.js';

/** sessionKey is optional in the XSD: its absence is answered with SESSION_INVALID, not INVALID_REQUEST. */
const head = { ...baseHead, sessionKey: text().optional() };

export const serverHanderRequest = soapRequest(head, {
  supervisionSynauth: element({ userId: text(), password: text(), sysCode: text() }),
});
export const idNumberRequest = soapRequest(head, { idNumber: text() });
export const platesRequest = soapRequest(head, { plate: repeated(text()) });
/** paidAmount is xs:int: node-soap hands over a number (NaN for text, which the schema refuses). */
export const violationPaymentRequest = soapRequest(head, { violationId: text(), paidAmount: z.number(), orderNumber: text(), paidAt: text() });

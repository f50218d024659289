/** Request elements of queue.wsdl as zod schemas (validated after node-soap parsed the XML). */
import { z } from 'zod';
import { baseHead, soapRequest, text } from '../../framework/message.js';

/** node-soap parses an empty element as null: the machine then refuses the value (a fault with its code), not the shape. */
const value = () => text().nullable().transform((v) => v ?? '');
/** An optional element sent empty counts as absent. */
const optional = () => value().optional().transform((v) => (v === '' ? undefined : v));

export const queryHallsRequest = soapRequest(baseHead, { hallCode: optional() });
export const issueNumberRequest = soapRequest(baseHead, {
  hallCode: value(),
  itemCode: value(),
  date: value(),
  slot: value(),
  channel: value(),
  reference: value(),
});
/** cancelNumber and checkIn name one number of a day. */
export const numberRequest = soapRequest(baseHead, { hallCode: value(), date: value(), number: value() });
/** xs:int: node-soap yields a number (NaN for text, refused here as not matching the WSDL). */
export const callNextRequest = soapRequest(baseHead, { hallCode: value(), windowNo: z.number(), itemCode: optional() });
export const markNumberRequest = soapRequest(baseHead, { hallCode: value(), date: value(), number: value(), status: value() });
export const queueStatusRequest = soapRequest(baseHead, { hallCode: value(), date: value(), itemCode: optional() });

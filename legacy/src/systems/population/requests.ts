/** Request elements of population.wsdl as zod schemas (validated after node-soap parsed the XML). */
import { baseHead, repeated, soapRequest, text } from '../../framework/message.js';

export const queryPersonsRequest = soapRequest(baseHead, { idNumber: repeated(text()) });
export const countSameNameRequest = soapRequest(baseHead, { name: text() });

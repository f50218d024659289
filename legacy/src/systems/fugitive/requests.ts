/** Request elements of fugitive.wsdl as zod schemas (validated after node-soap parsed the XML). */
import { baseHead, repeated, soapRequest, text } from '../../framework/message.js';

export const checkPersonsRequest = soapRequest(baseHead, { idNumber: repeated(text()) });

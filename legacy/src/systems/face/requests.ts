/** Request elements of face.wsdl as zod schemas (validated after node-soap parsed the XML). */
import { baseHead, soapRequest, text } from '../../framework/message.js';

/** An empty element is parsed as null by node-soap: a business failure, not a malformed request. */
const maybeEmpty = () => text().nullable().transform((value) => value ?? '');

export const compareFaceRequest = soapRequest(baseHead, { idNumber: maybeEmpty(), photo: maybeEmpty(), livenessData: maybeEmpty() });
export const verifyNetworkIdentityRequest = soapRequest(baseHead, {
  idNumber: maybeEmpty(),
  name: maybeEmpty(),
  networkIdCode: maybeEmpty().optional(),
  password: maybeEmpty(),
});

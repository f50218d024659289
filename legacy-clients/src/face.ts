/** Face comparison and CTID network identity (人脸比对 / 网证, SOAP). */
import { fileURLToPath } from 'node:url';

export * from './face/face-gateway.js';
export * from './face/soap-face-gateway.js';
export type { CallContext } from './call-context.js';

/** The pinned WSDL: clients never fetch one at start. */
export const FACE_WSDL = fileURLToPath(new URL('./face/face.wsdl', import.meta.url));

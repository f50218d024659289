/** 人像比对 / 网络身份认证 — face comparison and CTID network identity, at /face. */
import type { SystemModule } from '../../framework/system.js';
import { faceOperations } from './operations.js';

export { networkIdentityOf, type NetworkIdentity } from './network-identity.js';

export const face = {
  id: 'face',
  title: '人像比对',
  wsdlFile: new URL('./face.wsdl', import.meta.url),
  create: ({ seed }) => ({ operations: faceOperations(seed), reset: () => {} }),
} as const satisfies SystemModule<'face'>;

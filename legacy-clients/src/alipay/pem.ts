import { createPrivateKey, createPublicKey } from 'node:crypto';

// alipay-sdk wants the base64 body of a PKCS#8 private key / SPKI public key and adds the armour itself.
const body = (pem: string) => pem.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, '');

export const pkcs8Body = (pem: string) => body(createPrivateKey(pem).export({ type: 'pkcs8', format: 'pem' }).toString());

export const spkiBody = (pem: string) => body(createPublicKey(pem).export({ type: 'spki', format: 'pem' }).toString());

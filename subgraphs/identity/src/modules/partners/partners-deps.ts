import { PartnerKeyHasher } from './partner-key-secret.js';

/** What the partners module needs: the key that hashes API keys at rest. */
export const createPartnersDeps = (deps: { partnerKeyHashSecret: string }) => ({ partnerKeys: new PartnerKeyHasher(deps.partnerKeyHashSecret) });

import { SUBGRAPHS } from '../../../registry.js';
import { isPartnerScope, PARTNER_SCOPES } from './partner-scopes.js';

describe('partner scopes, registered per subgraph', () => {
  it('collects every subgraph’s scopes into one closed list', () => {
    expect(isPartnerScope('traffic.vehicle:read')).toBe(true);
    expect(isPartnerScope('identity.person:verify')).toBe(true);
    expect(isPartnerScope('traffic.everything:write')).toBe(false);
    expect(PARTNER_SCOPES['traffic.violation:read']).toMatch(/[\u4e00-\u9fff]/);
  });

  it('names each scope after the subgraph that enforces it', () => {
    for (const s of SUBGRAPHS) for (const scope of Object.keys((s as { scopes?: object }).scopes ?? {})) expect(scope).toMatch(new RegExp(`^${s.name}\\.[a-z-]+:(read|verify|write)$`));
  });
});

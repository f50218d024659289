/**
 * Everything a partner department can be allowed to read: a closed list, checked when a key is issued.
 * The gateway puts a key's scopes in the caller; the subgraph that owns the data checks them.
 */
export const PARTNER_SCOPES = {
  'traffic.vehicle:read': '查询机动车信息',
  'traffic.violation:read': '查询交通违法记录',
  'identity.person:verify': '核验人员身份（姓名与身份证号是否一致）',
} as const;

export type PartnerScope = keyof typeof PARTNER_SCOPES;

export const isPartnerScope = (scope: string): scope is PartnerScope => Object.hasOwn(PARTNER_SCOPES, scope);

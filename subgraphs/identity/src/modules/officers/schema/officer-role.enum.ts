import { OfficerRole } from '@jingtong/kit';
import { registerEnumType } from '@jingtong/kit/type-graphql';

registerEnumType(OfficerRole, {
  name: 'OfficerRole',
  description: 'What an officer may do. SYSTEM_ADMIN, SECURITY_ADMIN and AUDIT_ADMIN are held by three different people, each alone',
  valuesConfig: {
    WINDOW_OFFICER: { description: '窗口民警: receives and handles applications' },
    REVIEWER: { description: '审核民警: reviews applications' },
    LEADER: { description: '领导: approves; sees business data of the whole bureau' },
    SYSTEM_ADMIN: { description: '系统管理员: units, officer accounts, partner API keys' },
    SECURITY_ADMIN: { description: '安全管理员: roles, password resets, unlocking' },
    AUDIT_ADMIN: { description: '审计管理员: reads the audit trail, nothing else' },
  },
});

export { OfficerRole };

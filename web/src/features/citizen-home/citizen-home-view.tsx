'use client';

import { List, Tag } from 'antd-mobile';
import { useRouter } from 'next/navigation';
import { LEVEL_LABELS } from '@/features/citizen-forms/real-name-labels';
import { useCitizenApi } from '@/features/citizen-shell/use-citizen-api';
import { useQuery } from '@/lib/use-query';
import { citizenHomeQuery } from './citizen-home.query';
import styles from './citizen-home.module.css';

const ENTRIES = [
  { href: '/h5/profile', title: '个人信息', description: '姓名、证件、实名等级与登录方式' },
  { href: '/h5/real-name', title: '实名认证', description: '提升实名等级，办理更多业务' },
  { href: '/h5/bindings', title: '我的绑定', description: '绑定驾驶证和本人名下车辆' },
  { href: '/h5/vehicles', title: '我的车辆与违法', description: '车辆检验有效期、交通违法记录' },
];

/** 个人中心: who is signed in (masked) and the user centre's pages. */
export function CitizenHomeView() {
  const api = useCitizenApi();
  const router = useRouter();
  const { data } = useQuery(api, citizenHomeQuery, {});
  const me = data?.me;
  const level = me?.assuranceLevel ?? 0;
  return (
    <div data-testid="citizen-home">
      <div className={styles.banner}>
        <div className={styles.avatar} aria-hidden>
          {me?.name?.[0] ?? '民'}
        </div>
        <div>
          <div className={styles.name}>{me ? (me.name ?? '未实名用户') : '…'}</div>
          <Tag color="#ffffff" fill="outline" className={styles.level} data-testid="home-level">
            {LEVEL_LABELS[level] ?? `${level}级`}
          </Tag>
        </div>
      </div>
      {me && level === 0 && (
        <div className={styles.prompt} onClick={() => router.push('/h5/real-name')} role="link">
          完成实名认证后可绑定驾驶证和车辆，办理更多业务 ›
        </div>
      )}
      <List header="个人中心">
        {ENTRIES.map((entry) => (
          <List.Item key={entry.href} description={entry.description} onClick={() => router.push(entry.href)}>
            {entry.title}
          </List.Item>
        ))}
      </List>
    </div>
  );
}

'use client';

import { List, Tag } from 'antd-mobile';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { ElderModeSwitch } from '@/features/citizen/shell/elder-mode-switch';
import { QueryState } from '@/features/citizen/shell/query-state';
import { useCitizenApi } from '@/features/citizen/shell/use-citizen-api';
import { useQuery } from '@/features/shared/api/use-query';
import { levelLabel } from '@/features/shared/catalogue/levels';
import { ACCOUNT_PAGES } from '@/features/shared/catalogue/services';
import { tokenLevel } from '@/features/shared/session/token-claims';
import { citizenHomeQuery } from './home.operations';
import { ServiceCatalogue } from './service-catalogue';
import styles from './citizen-home.module.css';

/**
 * 市民服务 home: who is signed in (masked) and their level, 长辈模式, every
 * service of the catalogue by domain, and the user centre. The catalogue does
 * not wait for the `me` answer: a failure there only costs the banner.
 */
export function CitizenHomeView({ token }: { token: string }) {
  const api = useCitizenApi();
  const router = useRouter();
  const query = useQuery(api, citizenHomeQuery, {});
  // The session's level, as the level gates read it: known at once, no answer needed.
  const level = tokenLevel(token);
  return (
    <div data-testid="citizen-home">
      <div className={styles.banner}>
        <QueryState query={query} select={(data) => data.me} title="暂时无法获取账户信息" variant="inline">
          {(me) => (
            <>
              <div className={styles.avatar} aria-hidden>
                {me.name?.[0] ?? '民'}
              </div>
              <div>
                <div className={styles.name}>{me.name ?? '未实名用户'}</div>
                <Tag color="#ffffff" fill="outline" className={styles.level} data-testid="home-level">
                  {levelLabel(me.assuranceLevel)}
                </Tag>
              </div>
            </>
          )}
        </QueryState>
      </div>
      {level === 0 && (
        <Link className={styles.prompt} href="/h5/real-name">
          完成实名认证后可绑定驾驶证和车辆，办理更多业务 ›
        </Link>
      )}
      <List className={styles.elderRow}>
        <ElderModeSwitch />
      </List>
      <ServiceCatalogue level={level} />
      <List header="个人中心">
        {ACCOUNT_PAGES.map((page) => (
          <List.Item key={page.route} description={page.description} onClick={() => router.push(page.route)}>
            {page.title}
          </List.Item>
        ))}
      </List>
    </div>
  );
}

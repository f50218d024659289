'use client';

import { Button, ErrorBlock } from 'antd-mobile';
import { ClockCircleOutline } from 'antd-mobile-icons';
import Link from 'next/link';
import { CitizenPage } from '@/features/citizen/shell/citizen-page';
import { levelLabel } from '@/features/shared/catalogue/levels';
import type { CitizenService } from '@/features/shared/catalogue/services';
import styles from './coming-service.module.css';

/** A catalogue service still to come: what it will do and what it will ask for, nothing to fill in yet. */
export function ComingServiceScreen({ service }: { service: CitizenService }) {
  return (
    <CitizenPage title={service.title}>
      <ErrorBlock
        className={styles.block}
        status="empty"
        image={<ClockCircleOutline className={styles.icon} aria-hidden />}
        title="即将上线，敬请期待"
        description={`${service.description}。${service.level > 0 ? `上线后办理须完成${levelLabel(service.level)}认证。` : ''}`}
        data-testid="service-coming"
      >
        <Link href="/h5">
          <Button color="primary" size="large">
            返回首页
          </Button>
        </Link>
      </ErrorBlock>
    </CitizenPage>
  );
}

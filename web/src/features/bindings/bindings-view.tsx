'use client';

import { Button, DotLoading, ErrorBlock } from 'antd-mobile';
import Link from 'next/link';
import { useCitizenApi } from '@/features/citizen-shell/use-citizen-api';
import { describeErrors } from '@/lib/error-messages';
import { useQuery } from '@/lib/use-query';
import { myBindingsQuery } from './bindings.operations';
import { LicenceCard } from './licence-card';
import { VehiclesCard } from './vehicles-card';
import styles from './bindings.module.css';

/** 我的绑定: the driving licence and vehicles bound to this citizen (level 1 and above). */
export function BindingsView() {
  const api = useCitizenApi();
  const { data, errors, done, reload } = useQuery(api, myBindingsQuery, {});

  if (!done) {
    return (
      <div className={styles.centered}>
        <DotLoading color="primary" />
      </div>
    );
  }
  if ((data?.me?.assuranceLevel ?? 0) < 1) {
    return (
      <ErrorBlock status="empty" title="请先完成实名认证" description="为保护您的信息，绑定驾驶证和车辆前须完成一级实名认证">
        <Link href="/h5/real-name">
          <Button color="primary">去实名认证</Button>
        </Link>
      </ErrorBlock>
    );
  }
  if (!data?.myBindings) {
    return (
      <ErrorBlock status="default" title="暂时无法获取绑定信息" description={describeErrors(errors).join('；')}>
        <Button color="primary" onClick={reload}>
          重试
        </Button>
      </ErrorBlock>
    );
  }
  return (
    <div className={styles.content}>
      <LicenceCard licence={data.myBindings.drivingLicence ?? null} level={data.me?.assuranceLevel ?? 0} onChanged={reload} />
      <VehiclesCard vehicles={data.myBindings.vehicles} onChanged={reload} />
      <Link href="/h5/vehicles" className={styles.link}>
        查看我的车辆与违法 ›
      </Link>
    </div>
  );
}

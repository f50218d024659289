'use client';

import { Button, DotLoading, ErrorBlock } from 'antd-mobile';
import Link from 'next/link';
import { useCitizenApi } from '@/features/citizen-shell/use-citizen-api';
import { useCitizenSignOut } from '@/features/citizen-shell/use-citizen-sign-out';
import { describeErrors } from '@/lib/error-messages';
import { useQuery } from '@/lib/use-query';
import { CitizenSummary } from './citizen-summary';
import { myVehiclesAndViolationsQuery } from './my-vehicles.query';
import { PartialDataNotice } from './partial-data-notice';
import { VehicleCard } from './vehicle-card';
import styles from './vehicles.module.css';

export function MyVehicles() {
  const api = useCitizenApi();
  const signOut = useCitizenSignOut();
  const { data, errors, done, reload } = useQuery(api, myVehiclesAndViolationsQuery, {});

  if (!done) {
    return (
      <div className={styles.centered} data-testid="loading">
        <DotLoading color="primary" />
        <span>正在加载车辆信息</span>
      </div>
    );
  }

  const me = data?.me ?? null;
  if (me === null) {
    return (
      <ErrorBlock status="default" title="暂时无法获取车辆信息" description={describeErrors(errors).join('；') || '请重新登录后再试'}>
        <div className={styles.actions}>
          <Button color="primary" onClick={reload}>
            重试
          </Button>
          <Button onClick={signOut}>退出</Button>
        </div>
      </ErrorBlock>
    );
  }

  return (
    <div className={styles.content}>
      <CitizenSummary me={me} onSignOut={signOut} />
      <PartialDataNotice errors={errors} />
      {me.vehicles == null ? (
        <ErrorBlock status="disconnected" title="车辆信息暂不可用" description="交管系统暂时无法查询，请稍后重试" />
      ) : me.vehicles.length === 0 ? (
        <ErrorBlock status="empty" title="暂无车辆" description="尚未绑定机动车，可在“我的绑定”中绑定本人名下车辆">
          <Link href="/h5/bindings">
            <Button color="primary">去绑定</Button>
          </Link>
        </ErrorBlock>
      ) : (
        me.vehicles.map((vehicle) => <VehicleCard key={vehicle.plate} vehicle={vehicle} />)
      )}
    </div>
  );
}

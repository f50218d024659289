'use client';

import { Button, DotLoading, ErrorBlock, Toast } from 'antd-mobile';
import { useEffect } from 'react';
import { describeErrors, hasCode } from '@/lib/error-messages';
import { clearSession } from '@/lib/session';
import { CitizenSummary } from './citizen-summary';
import { PartialDataNotice } from './partial-data-notice';
import { useMyVehicles } from './use-my-vehicles';
import { VehicleCard } from './vehicle-card';
import styles from './vehicles.module.css';

function signOut(message: string) {
  clearSession();
  Toast.show({ content: message });
}

export function MyVehicles({ token }: { token: string }) {
  const { state, reload } = useMyVehicles(token);

  // A token the gateway no longer accepts: back to sign-in rather than an error page.
  const sessionRejected =
    state.status === 'done' &&
    (hasCode(state.errors, 'UNAUTHENTICATED') || (state.me === null && state.errors.length === 0));
  useEffect(() => {
    if (sessionRejected) signOut('登录已失效，请重新登录');
  }, [sessionRejected]);

  if (state.status === 'loading' || sessionRejected) {
    return (
      <div className={styles.centered} data-testid="loading">
        <DotLoading color="primary" />
        <span>正在加载车辆信息</span>
      </div>
    );
  }

  const { me, errors } = state;
  if (me === null) {
    return (
      <ErrorBlock status="default" title="暂时无法获取车辆信息" description={describeErrors(errors).join('；')}>
        <div className={styles.actions}>
          <Button color="primary" onClick={reload}>
            重试
          </Button>
          <Button onClick={() => signOut('已退出登录')}>退出</Button>
        </div>
      </ErrorBlock>
    );
  }

  return (
    <div className={styles.content}>
      <CitizenSummary me={me} onSignOut={() => signOut('已退出登录')} />
      <PartialDataNotice errors={errors} />
      {me.vehicles == null ? (
        <ErrorBlock status="disconnected" title="车辆信息暂不可用" description="交管系统暂时无法查询，请稍后重试" />
      ) : me.vehicles.length === 0 ? (
        <ErrorBlock status="empty" title="暂无登记车辆" description="名下没有查询到机动车登记信息" />
      ) : (
        me.vehicles.map((vehicle) => <VehicleCard key={vehicle.plate} vehicle={vehicle} />)
      )}
    </div>
  );
}

'use client';

import { Button, ErrorBlock } from 'antd-mobile';
import Link from 'next/link';
import { PartialDataNotice } from '@/features/citizen/shell/partial-data-notice';
import { QueryFailure, QueryState } from '@/features/citizen/shell/query-state';
import { useCitizenApi } from '@/features/citizen/shell/use-citizen-api';
import { useCitizenSignOut } from '@/features/citizen/shell/use-citizen-sign-out';
import { errorsAt, failureOf } from '@/features/shared/api/query-view';
import { useQuery } from '@/features/shared/api/use-query';
import { CitizenSummary } from './citizen-summary';
import { VehicleCard } from './vehicle-card';
import { myVehiclesAndViolationsQuery } from './violations.operations';
import styles from './vehicles.module.css';

const VEHICLES_PATH = ['me', 'vehicles'] as const;

export function MyVehicles() {
  const api = useCitizenApi();
  const signOut = useCitizenSignOut();
  const query = useQuery(api, myVehiclesAndViolationsQuery, {});

  return (
    <QueryState query={query} select={(data) => data.me} title="暂时无法获取车辆信息" notices={false}>
      {(me, view) => {
        // The list's own errors say why it is missing (a level, a timeout…); the rest are per vehicle.
        const [listErrors, otherErrors] = errorsAt(query.errors, VEHICLES_PATH);
        return (
          <div className={styles.content}>
            <CitizenSummary me={me} onSignOut={signOut} />
            <PartialDataNotice errors={otherErrors} />
            {me.vehicles == null ? (
              <QueryFailure failure={failureOf(listErrors)} title="车辆信息暂不可用" onRetry={query.reload} retrying={view.reloading} />
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
      }}
    </QueryState>
  );
}

'use client';

import Link from 'next/link';
import { QueryState } from '@/features/citizen/shell/query-state';
import { useCitizenApi } from '@/features/citizen/shell/use-citizen-api';
import { useQuery } from '@/features/shared/api/use-query';
import { myBindingsQuery } from './bindings.operations';
import { LicenceCard } from './licence-card';
import { VehiclesCard } from './vehicles-card';
import styles from './bindings.module.css';

/** 我的绑定: the driving licence and vehicles bound to this citizen (level 1 and above, checked by the page's gate). */
export function BindingsView() {
  const api = useCitizenApi();
  const query = useQuery(api, myBindingsQuery, {});
  return (
    <QueryState query={query} select={(data) => data.myBindings} title="暂时无法获取绑定信息">
      {(bindings) => (
        <div className={styles.content}>
          <LicenceCard licence={bindings.drivingLicence ?? null} level={query.data?.me?.assuranceLevel ?? 0} onChanged={query.reload} />
          <VehiclesCard vehicles={bindings.vehicles} onChanged={query.reload} />
          <Link href="/h5/vehicles" className={styles.link}>
            查看车辆违法记录 ›
          </Link>
        </div>
      )}
    </QueryState>
  );
}

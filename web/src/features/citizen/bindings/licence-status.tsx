'use client';

import { QueryState } from '@/features/citizen/shell/query-state';
import { useCitizenApi } from '@/features/citizen/shell/use-citizen-api';
import { formatDate } from '@/features/citizen/violations/format';
import { useQuery } from '@/features/shared/api/use-query';
import { myDrivingLicenceQuery } from './bindings.operations';
import styles from './bindings.module.css';

const STATUS: Record<string, string> = { A: '正常', B: '记分满12分' };

/** The bound licence's live status from the traffic platform (level 2 and above). */
export function LicenceStatus() {
  const api = useCitizenApi();
  const query = useQuery(api, myDrivingLicenceQuery, {});
  return (
    <QueryState query={query} select={(data) => data.me?.drivingLicence} title="暂时无法获取驾驶证状态" variant="inline">
      {(licence) => (
        <dl className={styles.facts} data-testid="licence-status">
          <dt>准驾车型</dt>
          <dd>{licence.vehicleClass}</dd>
          <dt>有效期至</dt>
          <dd>{licence.validUntil.startsWith('2099') ? '长期' : formatDate(licence.validUntil)}</dd>
          <dt>本周期记分</dt>
          <dd>{licence.points} 分</dd>
          <dt>状态</dt>
          <dd>{STATUS[licence.status] ?? licence.status}</dd>
        </dl>
      )}
    </QueryState>
  );
}

'use client';

import { DotLoading } from 'antd-mobile';
import { useCitizenApi } from '@/features/citizen-shell/use-citizen-api';
import { formatDate } from '@/features/vehicles/format';
import { describeErrors } from '@/lib/error-messages';
import { useQuery } from '@/lib/use-query';
import { myDrivingLicenceQuery } from './bindings.operations';
import styles from './bindings.module.css';

const STATUS: Record<string, string> = { A: '正常', B: '记分满12分' };

/** The bound licence's live status from the traffic platform (level 2 and above). */
export function LicenceStatus() {
  const api = useCitizenApi();
  const { data, errors, done } = useQuery(api, myDrivingLicenceQuery, {});
  if (!done) return <DotLoading color="primary" />;
  const licence = data?.me?.drivingLicence;
  if (!licence) return errors.length ? <p className={styles.empty}>{describeErrors(errors).join('；')}</p> : null;
  return (
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
  );
}

'use client';

import { Card, Tag } from 'antd-mobile';
import { formatDate, isPastDay } from './format';
import { PlateTag } from './plate-tag';
import type { VehicleView } from './types';
import { ViolationList } from './violation-list';
import styles from './vehicles.module.css';

export function VehicleCard({ vehicle }: { vehicle: VehicleView }) {
  const inspectionOverdue = isPastDay(vehicle.inspectionDue);
  // Typed as possibly missing: a legacy failure may leave this vehicle without violations.
  const violations: VehicleView['violations'] | null | undefined = vehicle.violations;
  return (
    <Card
      className={styles.vehicleCard}
      data-testid="vehicle"
      title={
        <span className={styles.vehicleTitle}>
          <PlateTag plate={vehicle.plate} newEnergy={vehicle.newEnergy} />
          {vehicle.newEnergy && (
            <Tag color="success" round>
              新能源
            </Tag>
          )}
        </span>
      }
    >
      <dl className={styles.facts}>
        <dt>品牌型号</dt>
        <dd>
          {vehicle.brand} {vehicle.model}
        </dd>
        <dt>车身颜色</dt>
        <dd>{vehicle.color}</dd>
        <dt>检验有效期至</dt>
        <dd>
          {formatDate(vehicle.inspectionDue)}
          {inspectionOverdue && (
            <Tag color="danger" className={styles.inlineTag}>
              已逾期
            </Tag>
          )}
        </dd>
      </dl>
      <ViolationList plate={vehicle.plate} violations={violations} />
    </Card>
  );
}

'use client';

import { Button, Card, Dialog, Form, Input, List, NoticeBar, Toast } from 'antd-mobile';
import { useState } from 'react';
import type { MyBindingsQuery } from '@/gql/graphql';
import { plateInput, plateRules } from '@/features/citizen/forms/rules';
import { useCitizenApi } from '@/features/citizen/shell/use-citizen-api';
import { PlateTag } from '@/features/citizen/violations/plate-tag';
import { formatStamp } from '@/features/shared/format/format-time';
import { useMutation } from '@/features/shared/api/use-mutation';
import { markField } from '@/features/shared/api/user-error';
import { bindingProblem } from './binding-outcome';
import { bindVehicleMutation, unbindVehicleMutation } from './bindings.operations';
import styles from './bindings.module.css';

type Vehicle = MyBindingsQuery['myBindings']['vehicles'][number];

/** 机动车: bound plates with 解除绑定, and a plate field to bind one registered to the citizen. */
export function VehiclesCard({ vehicles, onChanged }: { vehicles: readonly Vehicle[]; onChanged: () => void }) {
  const api = useCitizenApi();
  const bind = useMutation(api, bindVehicleMutation);
  const unbind = useMutation(api, unbindVehicleMutation);
  const [notice, setNotice] = useState<string | null>(null);
  const [form] = Form.useForm<{ plate: string }>();

  async function onBind({ plate }: { plate: string }) {
    setNotice(null);
    const { data, errors } = await bind.run({ plate: plate.trim() });
    const problem = bindingProblem(data?.bindVehicle, errors);
    if (problem) {
      markField(form, data?.bindVehicle?.error, problem, ['plate']);
      return setNotice(problem);
    }
    form.resetFields();
    Toast.show({ icon: 'success', content: '车辆已绑定' });
    onChanged();
  }

  async function onUnbind(plate: string) {
    const confirmed = await Dialog.confirm({ title: '解除绑定', content: `确定解除绑定 ${plate} 吗？`, confirmText: '解除绑定', cancelText: '取消' });
    if (!confirmed) return;
    const { data, errors } = await unbind.run({ plate });
    const problem = bindingProblem(data?.unbindVehicle, errors);
    if (problem) {
      Toast.show({ content: problem });
      return;
    }
    Toast.show({ icon: 'success', content: '已解除绑定' });
    onChanged();
  }

  return (
    <Card title="机动车" className={styles.card} data-testid="vehicle-bindings">
      {vehicles.length > 0 ? (
        <List className={styles.list}>
          {vehicles.map((vehicle) => (
            <List.Item
              key={vehicle.plate}
              data-testid="bound-vehicle"
              description={`绑定于 ${formatStamp(vehicle.boundAt)}`}
              extra={
                <Button size="mini" color="danger" fill="outline" onClick={() => onUnbind(vehicle.plate)}>
                  解除绑定
                </Button>
              }
            >
              <span className={styles.plateRow}>
                <PlateTag plate={vehicle.plate} newEnergy={/·[DF]|[DF]$/.test(vehicle.plate)} />
              </span>
            </List.Item>
          ))}
        </List>
      ) : (
        <p className={styles.empty}>尚未绑定车辆</p>
      )}
      <Form
        form={form}
        layout="horizontal"
        onFinish={onBind}
        footer={
          <Button block type="submit" color="primary" loading={bind.running}>
            绑定车辆
          </Button>
        }
      >
        {notice && <NoticeBar content={notice} color="alert" wrap data-testid="binding-notice" />}
        <Form.Item name="plate" label="号牌号码" rules={plateRules} normalize={plateInput} help="仅可绑定登记在本人名下的机动车">
          <Input placeholder="例如：豫KA12345" maxLength={9} clearable autoComplete="off" />
        </Form.Item>
      </Form>
    </Card>
  );
}

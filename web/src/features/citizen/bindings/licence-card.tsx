'use client';

import { Button, Card, Dialog, Form, Input, NoticeBar, Toast } from 'antd-mobile';
import { useState } from 'react';
import type { MyBindingsQuery } from '@/gql/graphql';
import { fileNumberRules, idNumberRules, upperCase } from '@/features/citizen/forms/rules';
import { useCitizenApi } from '@/features/citizen/shell/use-citizen-api';
import { formatStamp } from '@/features/shared/format/format-time';
import { useMutation } from '@/features/shared/api/use-mutation';
import { markField } from '@/features/shared/api/user-error';
import { bindingProblem } from './binding-outcome';
import { bindDrivingLicenceMutation, unbindDrivingLicenceMutation } from './bindings.operations';
import { LicenceStatus } from './licence-status';
import styles from './bindings.module.css';

type Licence = NonNullable<MyBindingsQuery['myBindings']['drivingLicence']>;

/** 驾驶证: the bound licence (masked) with 解除绑定, or the form to bind one. */
/** `level` 2 and above may also see the licence's live status. */
export function LicenceCard({ licence, level, onChanged }: { licence: Licence | null; level: number; onChanged: () => void }) {
  const api = useCitizenApi();
  const bind = useMutation(api, bindDrivingLicenceMutation);
  const unbind = useMutation(api, unbindDrivingLicenceMutation);
  const [notice, setNotice] = useState<string | null>(null);
  const [form] = Form.useForm<{ licenceNumber: string; fileNumber: string }>();

  async function onBind(values: { licenceNumber: string; fileNumber: string }) {
    setNotice(null);
    const { data, errors } = await bind.run({ licenceNumber: values.licenceNumber.trim().toUpperCase(), fileNumber: values.fileNumber.trim() });
    const problem = bindingProblem(data?.bindDrivingLicence, errors);
    if (problem) {
      markField(form, data?.bindDrivingLicence?.error, problem, ['licenceNumber', 'fileNumber']);
      return setNotice(problem);
    }
    Toast.show({ icon: 'success', content: '驾驶证已绑定' });
    onChanged();
  }

  async function onUnbind() {
    const confirmed = await Dialog.confirm({ title: '解除绑定', content: '解除后将无法在本平台查看该驾驶证的记分和状态，确定解除吗？', confirmText: '解除绑定', cancelText: '取消' });
    if (!confirmed) return;
    const { data, errors } = await unbind.run({});
    const problem = bindingProblem(data?.unbindDrivingLicence, errors);
    if (problem) {
      Toast.show({ content: problem });
      return;
    }
    Toast.show({ icon: 'success', content: '已解除绑定' });
    onChanged();
  }

  return (
    <Card title="驾驶证" className={styles.card} data-testid="licence-binding">
      {licence ? (
        <>
          <dl className={styles.facts}>
            <dt>证号</dt>
            <dd>{licence.licenceNumber}</dd>
            <dt>档案编号</dt>
            <dd>{licence.fileNumber}</dd>
            <dt>绑定时间</dt>
            <dd>{formatStamp(licence.boundAt)}</dd>
          </dl>
          {level >= 2 ? <LicenceStatus /> : <p className={styles.empty}>完成二级实名认证后可查看记分和状态</p>}
          <Button size="small" color="danger" fill="outline" loading={unbind.running} onClick={onUnbind}>
            解除绑定
          </Button>
        </>
      ) : (
        <Form
          form={form}
          layout="horizontal"
          onFinish={onBind}
          footer={
            <Button block type="submit" color="primary" loading={bind.running}>
              绑定驾驶证
            </Button>
          }
        >
          {notice && <NoticeBar content={notice} color="alert" wrap />}
          <Form.Item name="licenceNumber" label="驾驶证号" rules={idNumberRules} normalize={upperCase} help="即本人身份证号">
            <Input placeholder="18位驾驶证号" maxLength={18} clearable autoComplete="off" />
          </Form.Item>
          <Form.Item name="fileNumber" label="档案编号" rules={fileNumberRules} help="驾驶证副页上的12位档案编号">
            <Input placeholder="12位档案编号" maxLength={12} inputMode="numeric" clearable autoComplete="off" />
          </Form.Item>
        </Form>
      )}
    </Card>
  );
}

'use client';

import { Alert, App, Descriptions, Form, Input, Modal, Radio, type FormRule } from 'antd';
import { useState } from 'react';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { describeErrors } from '@/features/shared/api/error-messages';
import { useMutation } from '@/features/shared/api/use-mutation';
import { userErrorMessage } from '@/features/shared/api/user-error';
import { formatFen } from '@/features/shared/format/format-fen';
import { CHANNEL_LABELS } from '@/features/shared/payments/payment-labels';
import type { ReconciliationResolution } from '@/gql/graphql';
import { DIFFERENCE_KIND_HINTS, DIFFERENCE_KIND_LABELS, ENTRY_KIND_LABELS, RESOLUTION_LABELS } from '../payment-centre-labels';
import type { DifferenceRow } from './reconciliation-differences-table';
import { resolveDifferenceMutation } from './reconciliation.operations';

interface Values {
  resolution: ReconciliationResolution;
  note: string;
}

/** What each way of settling means, so two officers choose the same for the same case. */
const RESOLUTION_HINTS: Record<ReconciliationResolution, string> = {
  REFUNDED: '资金已原路退还缴款人',
  RECORDED_MANUALLY: '经核实确已收款/退款，已在本地手工补录',
  CHANNEL_CORRECTED: '支付渠道已更正其账单',
  IGNORED: '经核实不属于差异，无需处理',
};

const noteRules: FormRule[] = [
  { required: true, whitespace: true, message: '请填写处理说明' },
  { max: 500, message: '处理说明不能超过 500 字' },
];

const fenOrNone = (fen: number | null | undefined) => (fen == null ? '无记录' : formatFen(fen));

/** 处理对账差异 (reviewer / leader): how it was settled and a note, kept on the difference; once, audited by the payment centre. */
export function ResolveDifferenceModal({ difference, onClose, onResolved }: { difference: DifferenceRow; onClose: () => void; onResolved: () => void }) {
  const api = useOfficerApi();
  const resolve = useMutation(api, resolveDifferenceMutation);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);

  async function onOk() {
    const values = await form.validateFields();
    const result = await resolve.run({ input: { id: difference.id, resolution: values.resolution, note: values.note.trim() } });
    const payload = result.data?.resolveReconciliationDifference;
    if (payload?.difference && !payload.error) {
      message.success('对账差异已处理');
      onResolved();
      return;
    }
    const text = payload?.error ? userErrorMessage(payload.error, '处理失败，请稍后再试') : (describeErrors(result.errors)[0] ?? '处理失败，请稍后再试');
    setError(text);
    if (payload?.error?.field === 'note') form.setFields([{ name: 'note', errors: [text] }]);
  }

  return (
    <Modal open title="处理对账差异" okText="确认处理" onOk={onOk} onCancel={onClose} confirmLoading={resolve.running} mask={{ closable: false }} width={600} data-testid="resolve-modal">
      <Descriptions size="small" column={2} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label="差异类型" span={2}>
          {DIFFERENCE_KIND_LABELS[difference.kind]}（{ENTRY_KIND_LABELS[difference.entryKind]}）：{DIFFERENCE_KIND_HINTS[difference.kind]}
        </Descriptions.Item>
        <Descriptions.Item label="对账日期">{difference.date}</Descriptions.Item>
        <Descriptions.Item label="支付渠道">{CHANNEL_LABELS[difference.channel]}</Descriptions.Item>
        <Descriptions.Item label="商户订单号" span={2}>
          <code>{difference.outTradeNo}</code>
        </Descriptions.Item>
        <Descriptions.Item label="本地流水">{fenOrNone(difference.ledgerFen)}</Descriptions.Item>
        <Descriptions.Item label="渠道账单">{fenOrNone(difference.channelFen)}</Descriptions.Item>
      </Descriptions>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="resolve-error" />}
      <Form form={form} layout="vertical">
        <Form.Item name="resolution" label="处理方式" rules={[{ required: true, message: '请选择处理方式' }]}>
          <Radio.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            options={Object.entries(RESOLUTION_LABELS).map(([value, label]) => ({ value, label: `${label}：${RESOLUTION_HINTS[value as ReconciliationResolution]}` }))}
            data-testid="resolution"
          />
        </Form.Item>
        <Form.Item name="note" label="处理说明" rules={noteRules}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder="如：已与支付宝核实该笔交易，人工补录入账（记入审计日志）" data-testid="resolution-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

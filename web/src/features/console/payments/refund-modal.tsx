'use client';

import { Alert, App, Button, Descriptions, Form, Input, Modal, Space, type FormRule } from 'antd';
import { useRef, useState } from 'react';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { describeErrors } from '@/features/shared/api/error-messages';
import { useMutation } from '@/features/shared/api/use-mutation';
import { userErrorMessage } from '@/features/shared/api/user-error';
import { formatFen } from '@/features/shared/format/format-fen';
import { CHANNEL_LABELS } from '@/features/shared/payments/payment-labels';
import type { PaymentChannel } from '@/gql/graphql';
import { newIdempotencyKey } from './idempotency-key';
import { refundPaymentMutation } from './payment-order.operations';
import { fenToYuanText, yuanToFen } from './yuan-amount';

export interface RefundableOrder {
  id: string;
  subject: string;
  channel: PaymentChannel | null;
  amountFen: number;
  /** Paid, less every refund asked that has not failed: what the payment centre would still accept. */
  refundableFen: number;
}

interface Values {
  amount: string;
  reason: string;
}

/** Our wording where the officer needs to know what to do next; other codes keep the payment centre's Chinese message. */
const REFUND_MESSAGES: Record<string, string> = {
  REFUND_EXCEEDS_PAID: '退款金额超过可退金额：该订单可能刚有其他退款，请核对最新的可退金额后重新填写',
  REFUND_KEY_REUSED: '该退款申请已提交过，请关闭后在退款记录中查看，不要重复提交',
  ORDER_NOT_REFUNDABLE: '该订单未缴费或已全额退款，不能退款',
};

const amountRules = (refundableFen: number): FormRule[] => [
  { required: true, message: '请输入退款金额' },
  {
    validator: async (_, value: string | undefined) => {
      if (!value) return;
      const fen = yuanToFen(value);
      if (fen === null) throw new Error('请输入正确的金额（单位：元，最多两位小数），如 50 或 12.50');
      if (fen <= 0) throw new Error('退款金额须大于 0');
      if (fen > refundableFen) throw new Error(`退款金额不能超过可退金额 ${formatFen(refundableFen)}`);
    },
  },
];

const reasonRules: FormRule[] = [
  { required: true, whitespace: true, message: '请填写退款原因' },
  { max: 200, message: '退款原因不能超过 200 字' },
];

/**
 * 退款 (reviewer / leader): amount in yuan and a reason, then a confirmation of what goes back where. Mounted
 * once per opening, so its idempotency key is too: every submit of one opening (a double click, a retry after
 * a network failure) is one refund at the payment centre.
 */
export function RefundModal({ order, onClose, onRefunded, onStale }: { order: RefundableOrder; onClose: () => void; onRefunded: () => void; onStale: () => void }) {
  const api = useOfficerApi();
  const refund = useMutation(api, refundPaymentMutation);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [draft, setDraft] = useState<{ amountFen: number; reason: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const sending = useRef(false);
  const channel = order.channel ? CHANNEL_LABELS[order.channel] : '原支付渠道';

  async function review() {
    const values = await form.validateFields();
    const amountFen = yuanToFen(values.amount);
    if (amountFen === null) return;
    setError(null);
    setDraft({ amountFen, reason: values.reason.trim() });
  }

  async function submit() {
    if (!draft || sending.current) return;
    sending.current = true;
    try {
      const result = await refund.run({ input: { orderId: order.id, amountFen: draft.amountFen, reason: draft.reason, idempotencyKey } });
      const payload = result.data?.refundPayment;
      if (payload?.refund && !payload.error) {
        message.success(`已提交退款 ${formatFen(payload.refund.amountFen)}，等待${channel}确认`);
        onRefunded();
        return;
      }
      if (!payload?.error) {
        // No answer (network, timeout): the refund may have been made. 确认退款 again sends the same key, so it is made once.
        setError(`${describeErrors(result.errors)[0] ?? '退款结果未知'}。可再次点击「确认退款」，不会重复退款`);
        return;
      }
      setError(userErrorMessage(payload.error, '退款失败，请稍后再试', REFUND_MESSAGES));
      setDraft(null);
      if (payload.error.field === 'amountFen') form.setFields([{ name: 'amount', errors: ['请按最新的可退金额重新填写'] }]);
      // What the page shows as refundable may be out of date (another officer's refund): read the order again.
      onStale();
    } finally {
      sending.current = false;
    }
  }

  const footer = draft ? (
    <Space>
      <Button onClick={() => setDraft(null)} disabled={refund.running}>
        返回修改
      </Button>
      <Button type="primary" danger loading={refund.running} onClick={submit} data-testid="refund-confirm">
        确认退款
      </Button>
    </Space>
  ) : (
    <Space>
      <Button onClick={onClose}>取消</Button>
      <Button type="primary" onClick={review} data-testid="refund-next">
        下一步
      </Button>
    </Space>
  );

  return (
    <Modal open title={`退款：${order.subject}`} onCancel={onClose} footer={footer} mask={{ closable: false }} width={560} data-testid="refund-modal">
      <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label="订单金额">{formatFen(order.amountFen)}</Descriptions.Item>
        <Descriptions.Item label="可退金额">
          <span data-testid="refundable-amount">{formatFen(order.refundableFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label="退款方式">原路退回{channel}</Descriptions.Item>
      </Descriptions>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="refund-error" />}
      <div style={{ display: draft ? 'none' : undefined }}>
        <Form form={form} layout="vertical" requiredMark>
          <Form.Item
            name="amount"
            label="退款金额"
            rules={amountRules(order.refundableFen)}
            extra={
              <span>
                单位为元，最多两位小数
                <Button type="link" size="small" onClick={() => form.setFieldsValue({ amount: fenToYuanText(order.refundableFen) })}>
                  填入全部可退金额
                </Button>
              </span>
            }
          >
            <Input prefix="¥" suffix="元" inputMode="decimal" autoComplete="off" placeholder={`最多 ${fenToYuanText(order.refundableFen)}`} data-testid="refund-amount" />
          </Form.Item>
          <Form.Item name="reason" label="退款原因" rules={reasonRules}>
            <Input.TextArea rows={3} maxLength={200} showCount placeholder="如：重复缴纳、业务已撤销（记入审计日志）" data-testid="refund-reason" />
          </Form.Item>
        </Form>
      </div>
      {draft && (
        <Alert
          type="warning"
          showIcon
          title="请核对退款信息"
          description={
            <div data-testid="refund-summary">
              <div>
                退款金额：<strong>{formatFen(draft.amountFen)}</strong>，原路退回缴款人的{channel}账户
              </div>
              <div>退款原因：{draft.reason}</div>
              <div>提交后由{channel}办理，不能撤销。</div>
            </div>
          }
        />
      )}
    </Modal>
  );
}

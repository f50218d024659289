'use client';

import { Button, NoticeBar } from 'antd-mobile';
import { useEffect, useState } from 'react';
import { useCitizenApi } from '@/features/citizen/shell/use-citizen-api';
import { describeErrors } from '@/features/shared/api/error-messages';
import { useMutation } from '@/features/shared/api/use-mutation';
import { userErrorMessage } from '@/features/shared/api/user-error';
import { formatFen } from '@/features/shared/format/format-fen';
import type { PaymentChannel, StartPaymentMutation } from '@/gql/graphql';
import { CashierQrCode } from './cashier-qr-code';
import { ChannelChoice } from './channel-choice';
import { inAppChannel } from './in-app-channel';
import { startPaymentMutation } from './payments.operations';
import type { OrderView } from './types';
import { type JsapiStage, useWechatJsapi } from './use-wechat-jsapi';
import type { WechatAuthConfig } from './wechat-pay-trip';
import styles from './payments.module.css';

type Cashier = NonNullable<StartPaymentMutation['startPayment']['pay']>;

const FALLBACK = '暂时无法发起支付，请稍后再试';

/** Refusals that mean the order changed under the page (paid elsewhere, closed): show it again. */
const ORDER_CHANGED = new Set(['ORDER_ALREADY_PAID', 'ORDER_CLOSED']);

/** What the button says while a WeChat pay-sheet payment is under way. */
const JSAPI_STAGE_LABELS: Record<JsapiStage, string | null> = { idle: null, authorising: '正在前往微信授权', starting: '正在创建支付订单', sheet: '正在打开微信支付' };

/**
 * 立即支付 for an unpaid order: the chosen channel's trade is opened and the
 * browser goes to its H5 cashier, which sends it back to the result page; the
 * QR code of the same trade stays shown for paying from another device.
 * Inside WeChat, where WeChat Pay's H5 cashier does not open, 微信支付 is paid
 * in WeChat's own pay sheet instead (JSAPI, `useWechatJsapi`).
 */
export function OrderCheckout({ order, wechatAuth, onOrderChanged }: { order: OrderView; wechatAuth: WechatAuthConfig; onOrderChanged: () => void }) {
  const api = useCitizenApi();
  const start = useMutation(api, startPaymentMutation);
  const jsapi = useWechatJsapi(order.id, wechatAuth, onOrderChanged);
  const [inApp, setInApp] = useState<PaymentChannel | null>(null);
  const [channel, setChannel] = useState<PaymentChannel | null>(null);
  const [cashier, setCashier] = useState<{ channel: PaymentChannel; pay: Cashier } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  // The user agent is only known in the browser: read after hydration, so the server's markup matches.
  useEffect(() => {
    const app = inAppChannel(window.navigator.userAgent);
    setInApp(app);
    setChannel((chosen) => chosen ?? app);
  }, []);

  async function onPay() {
    if (!channel) return;
    setProblem(null);
    if (channel === 'WECHAT' && inApp === 'WECHAT') return jsapi.begin();
    const { data, errors } = await start.run({ input: { orderId: order.id, channel } });
    const payload = data?.startPayment;
    // Outside WeChat's own pay sheet (JSAPI) the answer is the channel's H5 cashier and a QR code of it.
    if (payload?.pay?.url) {
      setCashier({ channel, pay: payload.pay });
      window.location.assign(payload.pay.url);
      return;
    }
    setProblem(payload?.error ? userErrorMessage(payload.error, FALLBACK) : (describeErrors(errors)[0] ?? FALLBACK));
    if (payload?.error && ORDER_CHANGED.has(payload.error.code)) onOrderChanged();
  }

  return (
    <>
      <ChannelChoice
        value={channel}
        inApp={inApp}
        onChange={(next) => {
          setChannel(next);
          // A QR code belongs to the channel it was made for.
          setCashier((shown) => (shown?.channel === next ? shown : null));
        }}
      />
      <div className={styles.actions}>
        {problem && <NoticeBar content={problem} color="alert" wrap data-testid="start-payment-problem" />}
        {!problem && jsapi.notice && <NoticeBar content={jsapi.notice.text} color={jsapi.notice.tone} wrap data-testid="wechat-pay-notice" data-tone={jsapi.notice.tone} />}
        <Button
          block
          size="large"
          color="primary"
          disabled={!channel}
          loading={start.running || jsapi.stage !== 'idle'}
          loadingText={JSAPI_STAGE_LABELS[jsapi.stage] ?? undefined}
          onClick={onPay}
          data-testid="pay-now"
          data-stage={jsapi.stage}
        >
          立即支付 {formatFen(order.amountFen)}
        </Button>
        {!channel && <p className={styles.hint}>请选择支付方式</p>}
      </div>
      {cashier?.pay.qrCode && cashier.pay.url && <CashierQrCode channel={cashier.channel} qrCode={cashier.pay.qrCode} url={cashier.pay.url} />}
    </>
  );
}

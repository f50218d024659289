'use client';

import { Card, Image } from 'antd-mobile';
import { CHANNEL_LABELS } from '@/features/shared/payments/payment-labels';
import type { PaymentChannel } from '@/gql/graphql';
import styles from './payments.module.css';

/** The same trade as the cashier the page goes to, for paying from another phone instead. */
export function CashierQrCode({ channel, qrCode, url }: { channel: PaymentChannel; qrCode: string; url: string }) {
  return (
    <Card title="使用其他设备扫码支付" className={styles.card} data-testid="cashier-qr">
      <div className={styles.qr}>
        <Image src={qrCode} alt={`${CHANNEL_LABELS[channel]}支付二维码`} width={200} height={200} fit="contain" lazy={false} />
        <p className={styles.hint}>请使用{CHANNEL_LABELS[channel]}扫描二维码完成支付，支付完成后可在“我的缴费”中查看结果。</p>
        <a href={url} className={styles.openCashier}>
          未自动跳转？点此打开{CHANNEL_LABELS[channel]}收银台
        </a>
      </div>
    </Card>
  );
}

'use client';

import { List, Radio } from 'antd-mobile';
import { CHANNEL_LABELS } from '@/features/shared/payments/payment-labels';
import type { PaymentChannel } from '@/gql/graphql';
import styles from './payments.module.css';

const CHANNELS: readonly PaymentChannel[] = ['ALIPAY', 'WECHAT'];

/** Each app's own cashier does not open inside the other app's browser. */
const OTHER_APP_HINT: Record<PaymentChannel, string> = {
  ALIPAY: '当前在微信中打开，支付宝收银台可能无法打开，可扫描下方二维码或在浏览器中打开本页',
  WECHAT: '当前在支付宝中打开，微信支付收银台可能无法打开，可扫描下方二维码或在浏览器中打开本页',
};

/** 支付宝 / 微信支付, the app the page runs in first; a hint when the other one is chosen inside an app. */
export function ChannelChoice({ value, inApp, onChange }: { value: PaymentChannel | null; inApp: PaymentChannel | null; onChange: (channel: PaymentChannel) => void }) {
  return (
    <List header="选择支付方式" className={styles.channels} data-testid="channel-choice">
      <Radio.Group value={value} onChange={(next) => onChange(next as PaymentChannel)}>
        {CHANNELS.map((channel) => (
          <List.Item key={channel} description={inApp === channel ? '当前应用，推荐使用' : undefined}>
            <Radio value={channel} block data-testid={`channel-${channel}`} data-channel={channel}>
              <span className={styles.channelName}>{CHANNEL_LABELS[channel]}</span>
            </Radio>
          </List.Item>
        ))}
      </Radio.Group>
      {value && inApp && value !== inApp && <p className={styles.hint}>{OTHER_APP_HINT[value]}</p>}
    </List>
  );
}

import type { AuditLog, Database, FieldCipher, Logger, Metrics } from '@jingtong/kit';
import type { WechatGateway } from '@jingtong/legacy-clients/wechat';
import type { PaymentAuditAction } from './audit/audit-actions.js';
import type { PaymentChannel } from './channels/payment-channel.js';
import type { NotificationVerifiers } from './notifications/notification-verifiers.js';
import type { ChannelName } from './db/tables/payment-order.table.js';
import type { PaymentDatabase } from './db/tables/payment-database.js';
import type { PaymentEnv } from './env.js';

export interface PaymentDeps {
  env: PaymentEnv;
  logger: Logger;
  metrics: Metrics;
  database: Database<PaymentDatabase>;
  cipher: FieldCipher;
  audit: AuditLog<PaymentAuditAction>;
  channels: Record<ChannelName, PaymentChannel>;
  /** WeChat web authorisation: the openid of a payer inside WeChat, from the page's 网页授权 code. */
  wechatAuth: Pick<WechatGateway, 'userForCode'>;
  verifiers: NotificationVerifiers;
  /** Our app id at Alipay and merchant id at WeChat Pay: a notification for another is not ours. */
  merchantIds: Record<ChannelName, string>;
  /** Another subgraph's base URL for internal routes (`peerBaseUrl` over this process's env). */
  peerUrl(name: string): string;
  /** Where the channels' notifications reach this subgraph (no trailing slash). */
  notifyBaseUrl: string;
  ready(): Promise<void>;
}

/**
 * The trade bill (申请交易账单 + 下载账单), as the platform serves it: GET /v3/bill/tradebill answers
 * a download_url (valid 30 s) and the file's SHA1; the download is itself a signed v3 GET. The file is
 * made when the bill is asked for, so its hash and its content always agree.
 */
import { createHash } from 'node:crypto';
import { ExpiringStore, type TokenSource } from '../../shared/tokens.js';
import { beijingDate, isCalendarDate } from './beijing-time.js';
import { PAY_ERRORS as E } from './pay-errors.js';
import type { PaymentDesk } from './payment-desk.js';
import { publicBase } from './public-url.js';
import { tradeBill, type BillType } from './trade-bill.js';
import { v3Route, type V3Deps } from './v3-route.js';

export const BILL_OPERATIONS = {
  tradebill: '/v3/bill/tradebill',
  download: '/v3/billdownload/file',
} as const;

const DOWNLOAD_TTL_SECONDS = 30;
const BILL_TYPES: readonly string[] = ['ALL', 'SUCCESS', 'REFUND'] satisfies BillType[];

export interface BillRouteDeps extends V3Deps {
  desk: PaymentDesk;
  tokens: TokenSource;
  /** LEGACY_WECHAT_PUBLIC_URL, if set. */
  publicUrl: string | undefined;
}

export function billRoutes(deps: BillRouteDeps) {
  const files = new ExpiringStore<string>(deps.now);
  const routes = [
    v3Route(
      {
        method: 'GET',
        url: BILL_OPERATIONS.tradebill,
        operation: BILL_OPERATIONS.tradebill,
        handle(call) {
          const { bill_date: date, bill_type: type = 'ALL', tar_type: tar } = call.query;
          if (!isCalendarDate(date)) return E.paramError('bill_date 须为 yyyy-MM-dd 格式的日期');
          if (date > beijingDate(deps.now())) return E.paramError('bill_date 不能晚于今天');
          if (!BILL_TYPES.includes(type)) return E.paramError('bill_type 须为 ALL、SUCCESS 或 REFUND');
          if (tar) return E.paramError('暂不支持 tar_type，请不传此参数');
          const file = tradeBill(deps.desk.book.completedOn(date), type as BillType);
          if (file === undefined) return E.noStatement;
          const token = deps.tokens.alphanumeric(48);
          files.put(token, file, DOWNLOAD_TTL_SECONDS);
          const hash = createHash('sha1').update(file, 'utf8').digest('hex');
          return { status: 200, json: { hash_type: 'SHA1', hash_value: hash, download_url: `${publicBase(call, deps.publicUrl)}${BILL_OPERATIONS.download}?${new URLSearchParams({ token })}` } };
        },
      },
      deps,
    ),
    v3Route(
      {
        method: 'GET',
        url: BILL_OPERATIONS.download,
        operation: BILL_OPERATIONS.download,
        handle(call) {
          const file = files.get(call.query.token ?? '');
          return file === undefined ? E.invalidBillToken : { status: 200, text: file, contentType: 'text/csv; charset=utf-8' };
        },
      },
      deps,
    ),
  ];
  return { routes, clear: () => files.clear() };
}

/**
 * bill_download_url: a short-lived link (30 s, as the platform's) to a bill snapshotted when the
 * link was issued, served below /alipay/bills/<token>. Not a platform method, so not counted.
 */
import type { HttpRoute } from '../../../framework/http-system.js';
import { ExpiringStore, type TokenSource } from '../../shared/tokens.js';

export const BILL_LINK_TTL_SECONDS = 30;

interface Bill {
  fileName: string;
  csv: string;
}

export class BillLinks {
  private readonly bills: ExpiringStore<Bill>;

  constructor(
    private readonly tokens: TokenSource,
    now: () => number,
  ) {
    this.bills = new ExpiringStore(now);
  }

  /** The path (below the system prefix) of a fresh link to this bill. */
  issue(fileName: string, csv: string): string {
    const token = this.tokens.hex(16);
    this.bills.put(token, { fileName, csv }, BILL_LINK_TTL_SECONDS);
    return `/bills/${token}`;
  }

  clear(): void {
    this.bills.clear();
  }

  route(): HttpRoute {
    return {
      method: 'GET',
      url: '/bills/:token',
      operationOf: () => undefined,
      handle: (call) => {
        const bill = this.bills.get(call.params.token ?? '');
        if (!bill) return { status: 404, contentType: 'text/plain; charset=utf-8', body: '账单下载链接不存在或已过期，请重新查询下载地址' };
        return {
          contentType: 'text/csv; charset=utf-8',
          headers: { 'content-disposition': `attachment; filename="${bill.fileName}"` },
          body: bill.csv,
        };
      },
    };
  }
}

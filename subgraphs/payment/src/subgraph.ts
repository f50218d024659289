import { defineSubgraph } from '@jingtong/kit';
import { buildDeps } from './build-deps.js';
import { buildContext } from './context.js';
import { loadPaymentEnv } from './env.js';
import { paymentJobs } from './jobs/payment-jobs.js';
import { registerNotifyRoutes } from './notifications/notify-routes.js';
import { reconciliationSchedule } from './reconciliation/reconciliation-schedule.js';
import { registerInternalOrderRoutes } from './routes/internal-orders.js';
import { buildPaymentSchema } from './schema/build-schema.js';

/** The payment centre (2.3.5.1): one order and one ledger for every payable, over Alipay and WeChat Pay. */
export const payment = defineSubgraph({
  name: 'payment',
  env: loadPaymentEnv,
  buildDeps,
  schema: buildPaymentSchema,
  context: buildContext,
  audit: true,
  jobs: paymentJobs,
  recurring: reconciliationSchedule,
  routes: (app, deps) => {
    registerInternalOrderRoutes(app, deps);
    registerNotifyRoutes(app, deps);
  },
  legacy: (url) => ({ ALIPAY_GATEWAY_URL: `${url}/alipay/gateway.do`, WECHATPAY_API_URL: `${url}/wechat`, WECHAT_API_URL: `${url}/wechat` }),
});

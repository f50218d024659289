/**
 * How the sample test builds each client against a replay server, and what it checks beyond the common rules.
 * A system with samples and no driver (or the reverse) fails the sample test.
 */
import { readFileSync } from 'node:fs';
import type { LegacySoapClient } from '@jingtong/kit';
import { ALIPAY_DEV_KEYS, WECHAT_DEV_APP } from '@jingtong/legacy';
import { SdkAlipayGateway } from '../alipay/sdk-alipay-gateway.js';
import { SdkAlipayPayments } from '../alipay/sdk-alipay-payments.js';
import { FACE_WSDL, SoapFaceGateway } from '../face.js';
import { FUGITIVE_WSDL, SoapFugitiveGateway } from '../fugitive.js';
import { POPULATION_WSDL, SoapPopulationGateway } from '../population.js';
import { QUEUE_WSDL, SoapQueueMachine } from '../queue.js';
import { SMS_WSDL, SoapSmsGateway } from '../sms.js';
import { SoapTrafficGateway, TRAFFIC_WSDL } from '../traffic.js';
import { AxiosWechatPayments } from '../wechat/axios-wechat-payments.js';
import { HttpWechatGateway } from '../wechat/http-wechat-gateway.js';
import type { HttpRequest } from './http-request.js';
import { WECHATPAY_OPERATIONS, wechatOperationOf, wechatPayOptions } from './wechat-pay-samples.js';
import { merchantSigned, platformSignedHeaders } from './wechat-pay-signing.js';
import { bodyElement, child, parseXml, valuesOf } from './xml-tree.js';

/** What a replay server received, with the operation it answered. */
export interface SentSoap {
  operation: string;
  body: string;
}

export type Options = Record<string, unknown>;

export interface SoapDriver {
  protocol: 'soap';
  wsdl: string;
  /** The operations the client sends: the samples cover exactly these. */
  operations: string[];
  create(client: LegacySoapClient, options: Options): object;
  /** Checks on values the client carries from one answer into the next call; `served` is the response text per operation. */
  verify?(sent: SentSoap[], served: Record<string, string>): void;
}

export interface HttpDriver {
  protocol: 'http';
  operations: string[];
  create(baseUrl: string, options: Options): object;
  operationOf(request: HttpRequest): string;
  /**
   * Parameters not compared with the recording: those that differ per call (signatures, timestamps, tokens taken
   * from an earlier answer, checked by `verify`) and optional ones the recording tool sent and the client leaves out.
   */
  ignored: string[];
  verify?(sent: Array<HttpRequest & { operation: string }>, served: Record<string, string>): void;
  /** Headers the platform adds to each answer as it is sent (WeChat Pay v3: its signature, made with the time of sending). */
  answerHeaders?(answer: { operation: string; body: string }): Record<string, string>;
}

export type Driver = SoapDriver | HttpDriver;

/** The supervision credentials the samples were recorded with (legacy/src/testing/soap-clients.ts). */
const RECORDING_CREDENTIALS = { userId: 'jingtong', password: 'jingtong-dev', sysCode: 'JT-TRAFFIC' };

/** JSON has no dates: an argument's ISO string `…At` fields become Dates before the client sees them. */
function withDates(client: object): object {
  const revive = (arg: unknown) =>
    arg && typeof arg === 'object' ? Object.fromEntries(Object.entries(arg).map(([k, v]) => [k, k.endsWith('At') && typeof v === 'string' ? new Date(v) : v])) : arg;
  return new Proxy(client, {
    get: (target, key) => {
      const member = Reflect.get(target, key);
      return typeof member === 'function' ? (...args: unknown[]) => member.apply(target, args.map(revive)) : member;
    },
  });
}

const soap = (wsdl: string, operations: string[], create: SoapDriver['create'], verify?: SoapDriver['verify']): SoapDriver => ({ protocol: 'soap', wsdl, operations, create, verify });

export const DRIVERS: Record<string, Driver> = {
  traffic: soap(
    TRAFFIC_WSDL,
    ['serverHander', 'queryVehiclesByOwner', 'queryVehiclesByPlates', 'queryViolationsByPlates', 'queryDrivingLicence', 'recordViolationPayment'],
    (client, options) => new SoapTrafficGateway(client, { ...RECORDING_CREDENTIALS, ...options }),
    (sent, served) => {
      // Business calls carry the session key serverHander answered, never one of their own.
      const key = served.serverHander ? valuesOf(parseXml(served.serverHander), 'sessionKey') : [];
      for (const call of sent.filter((s) => s.operation !== 'serverHander')) {
        expect(valuesOf(child(bodyElement(call.body), 'head')!, 'sessionKey')).toEqual(key);
      }
    },
  ),
  population: soap(POPULATION_WSDL, ['queryPersons'], (client) => new SoapPopulationGateway(client)),
  sms: soap(SMS_WSDL, ['sendSms'], (client, options) => new SoapSmsGateway(client, String(options.signName ?? '许昌公安'))),
  fugitive: soap(FUGITIVE_WSDL, ['checkPersons'], (client) => new SoapFugitiveGateway(client)),
  face: soap(FACE_WSDL, ['compareFace', 'verifyNetworkIdentity'], (client) => new SoapFaceGateway(client)),
  queue: soap(QUEUE_WSDL, ['queryHalls', 'issueNumber', 'cancelNumber', 'callNext', 'markNumber', 'checkIn', 'queueStatus'], (client) => new SoapQueueMachine(client)),
  alipay: {
    protocol: 'http',
    // wap.pay is not here: the client only builds its URL, the payer's browser sends it.
    operations: [
      'alipay.system.oauth.token',
      'alipay.user.info.share',
      'alipay.trade.precreate',
      'alipay.trade.query',
      'alipay.trade.close',
      'alipay.trade.refund',
      'alipay.trade.fastpay.refund.query',
      'alipay.data.dataservice.bill.downloadurl.query',
    ],
    // expected.json `client: { interface: "payments" }` picks SdkAlipayPayments, else the OAuth SdkAlipayGateway.
    create: (baseUrl, options) => {
      const config = {
        gatewayUrl: `${baseUrl}/alipay/gateway.do`,
        appId: ALIPAY_DEV_KEYS.appId,
        appPrivateKeyPem: readFileSync(ALIPAY_DEV_KEYS.appPrivateKeyPath, 'utf8'),
        alipayPublicKeyPem: readFileSync(ALIPAY_DEV_KEYS.alipayPublicKeyPath, 'utf8'),
        timeoutMs: 2000,
      };
      return options.interface === 'payments' ? withDates(new SdkAlipayPayments(config)) : new SdkAlipayGateway(config);
    },
    operationOf: (request) => request.params.method ?? '?',
    // format=JSON is Alipay's default: the SDK leaves it out.
    ignored: ['sign', 'timestamp', 'auth_token', 'format'],
    verify: (sent, served) => {
      // The user info call carries the access token the token call answered.
      const token = served['alipay.system.oauth.token'];
      const accessToken = token ? (JSON.parse(token) as { alipay_system_oauth_token_response?: { access_token?: string } }).alipay_system_oauth_token_response?.access_token : undefined;
      for (const call of sent.filter((s) => s.operation === 'alipay.user.info.share')) expect(call.params.auth_token).toBe(accessToken);
    },
  },
  wechat: {
    protocol: 'http',
    operations: ['/sns/oauth2/access_token', ...WECHATPAY_OPERATIONS],
    // expected.json `client: { interface: "payments" }` picks AxiosWechatPayments (WeChat Pay v3), else the OAuth HttpWechatGateway.
    create: (baseUrl, options) =>
      options.interface === 'payments'
        ? withDates(new AxiosWechatPayments(wechatPayOptions(`${baseUrl}/wechat`)))
        : new HttpWechatGateway({ apiUrl: `${baseUrl}/wechat`, appId: WECHAT_DEV_APP.appId, appSecret: WECHAT_DEV_APP.secret, timeoutMs: 2000 }),
    operationOf: (request) => wechatOperationOf(request.pathname.replace(/^\/wechat/, '')),
    // The bill download token is the one the bill answer handed out, checked by `verify`.
    ignored: ['token'],
    verify: (sent, served) => {
      // Every v3 call is signed by the merchant key over exactly what was sent (method, path and query, body).
      for (const call of sent.filter((s) => s.operation.startsWith('/v3/'))) expect({ operation: call.operation, signed: merchantSigned(call) }).toEqual({ operation: call.operation, signed: true });
      const bill = served['/v3/bill/tradebill'];
      const handedOut = bill?.startsWith('{"hash_type"') ? new URL((JSON.parse(bill) as { download_url: string }).download_url).searchParams.get('token') : undefined;
      for (const call of sent.filter((s) => s.operation === '/v3/billdownload/file')) expect(call.params.token).toBe(handedOut);
    },
    answerHeaders: ({ operation, body }) => (operation.startsWith('/v3/') ? platformSignedHeaders(body) : {}),
  },
};

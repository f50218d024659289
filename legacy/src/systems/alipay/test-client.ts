/**
 * A minimal Alipay gateway client for this package's tests and sample recording only (the
 * identity subgraph has its own): signs a form with the DEV app key, posts it, verifies the
 * response signature with the DEV Alipay public key.
 */
import { beijingTime } from './accounts.js';
import { readDevKey } from './dev-keys.js';
import { responseObjectText, rsa2Sign, rsa2Verify, signContent } from './signing.js';

/** yyyy-MM-dd HH:mm:ss in Beijing time, as the gateway expects. */
export const alipayTimestamp = (date = new Date()): string => beijingTime(date);

export function signAlipayRequest(params: Record<string, string>, appPrivateKeyPem = readDevKey('appPrivateKeyPath')): Record<string, string> {
  return { ...params, sign: rsa2Sign(signContent(params), appPrivateKeyPem) };
}

export function commonParams(method: string, extra: Record<string, string> = {}, timestamp = alipayTimestamp()): Record<string, string> {
  return { app_id: '2021000000000001', method, format: 'JSON', charset: 'utf-8', sign_type: 'RSA2', timestamp, version: '1.0', ...extra };
}

export interface GatewayAnswer {
  status: number;
  text: string;
  json: any;
  /** `<method>_response` or `error_response`, whichever the body holds. */
  responseKey: string | undefined;
  response: any;
  /** Whether `sign` verifies against the DEV Alipay public key over the object's exact text. */
  signatureValid: boolean;
}

export async function postGateway(baseUrl: string, form: Record<string, string>): Promise<GatewayAnswer> {
  const response = await fetch(`${baseUrl}/alipay/gateway.do`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' },
    body: new URLSearchParams(form).toString(),
  });
  const text = await response.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    return { status: response.status, text, json: undefined, responseKey: undefined, response: undefined, signatureValid: false };
  }
  const methodKey = `${(form.method ?? '').replaceAll('.', '_')}_response`;
  const responseKey = methodKey in json ? methodKey : 'error_response' in json ? 'error_response' : undefined;
  const objectText = responseKey ? responseObjectText(text, responseKey) : undefined;
  const signatureValid = objectText !== undefined && typeof json.sign === 'string' && rsa2Verify(objectText, json.sign, readDevKey('alipayPublicKeyPath'));
  return { status: response.status, text, json, responseKey, response: responseKey ? json[responseKey] : undefined, signatureValid };
}

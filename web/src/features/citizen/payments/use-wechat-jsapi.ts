'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { useCitizenApi } from '@/features/citizen/shell/use-citizen-api';
import { describeErrors } from '@/features/shared/api/error-messages';
import { useMutation } from '@/features/shared/api/use-mutation';
import { userErrorMessage } from '@/features/shared/api/user-error';
import { payResultHref } from './pay-pages';
import { startPaymentMutation } from './payments.operations';
import { NoWechatBridge, openWechatPaySheet, type PaySheetOutcome, type WechatPaySheetParams } from './wechat-pay-sheet';
import { leaveForWechatAuthorisation, takeWechatReturn, type WechatAuthConfig } from './wechat-pay-trip';

/** Where a JSAPI payment is: nothing yet, gone to WeChat's authorisation, opening the trade, the pay sheet open. */
export type JsapiStage = 'idle' | 'authorising' | 'starting' | 'sheet';

export interface JsapiNotice {
  tone: 'info' | 'alert';
  text: string;
}

const FALLBACK = '暂时无法发起微信支付，请稍后再试';
const SHEET_FAILED = '微信支付未完成，请稍后重试；如已扣款，请勿重复支付，可在“我的缴费”中查看结果';
const NO_BRIDGE = '未能打开微信支付，请在微信中打开本页后重试';

/** Refusals that mean the order changed under the page (paid elsewhere, closed): show it again. */
const ORDER_CHANGED = new Set(['ORDER_ALREADY_PAID', 'ORDER_CLOSED']);

/** The sheet's outcome, or that the page is not in WeChat's browser after all (no bridge came); a bridge that throws is a failure. */
async function paySheet(params: WechatPaySheetParams): Promise<PaySheetOutcome | 'no-bridge'> {
  try {
    return await openWechatPaySheet(params);
  } catch (error) {
    return error instanceof NoWechatBridge ? 'no-bridge' : 'fail';
  }
}

/**
 * 立即支付 inside WeChat (JSAPI): WeChat's web authorisation first, then, back on this page with its
 * code, the trade is opened for that openid and WeChat's pay sheet shown. Its `ok` leads to the result
 * page, which waits for the payment centre; `cancel` offers the button again.
 */
export function useWechatJsapi(orderId: string, config: WechatAuthConfig, onOrderChanged: () => void) {
  const api = useCitizenApi();
  const router = useRouter();
  const start = useMutation(api, startPaymentMutation);
  const [stage, setStage] = useState<JsapiStage>('idle');
  const [notice, setNotice] = useState<JsapiNotice | null>(null);
  // The code is good once: never sent twice (React may run effects twice in development).
  const returned = useRef(false);
  const run = start.run;
  const changed = useRef(onOrderChanged);
  changed.current = onOrderChanged;

  useEffect(() => {
    if (returned.current) return;
    returned.current = true;
    const back = takeWechatReturn(orderId);
    if (!back) return;
    if ('problem' in back) return setNotice({ tone: 'alert', text: back.problem });

    void (async () => {
      setStage('starting');
      const { data, errors } = await run({ input: { orderId, channel: 'WECHAT', wechatCode: back.code } });
      const payload = data?.startPayment;
      const jsapi = payload?.pay?.jsapi;
      if (!jsapi) {
        setStage('idle');
        setNotice({ tone: 'alert', text: payload?.error ? userErrorMessage(payload.error, FALLBACK) : (describeErrors(errors)[0] ?? FALLBACK) });
        if (payload?.error && ORDER_CHANGED.has(payload.error.code)) changed.current();
        return;
      }
      setStage('sheet');
      const outcome = await paySheet(jsapi);
      if (outcome === 'ok') return router.push(payResultHref(orderId));
      setStage('idle');
      if (outcome === 'cancel') setNotice({ tone: 'info', text: '已取消支付' });
      else setNotice({ tone: 'alert', text: outcome === 'no-bridge' ? NO_BRIDGE : SHEET_FAILED });
    })();
  }, [orderId, run, router]);

  // Back from the authorise page without authorising, the browser may show this page from its cache as it was left.
  useEffect(() => {
    const shown = (event: PageTransitionEvent) => {
      if (event.persisted) setStage((now) => (now === 'authorising' ? 'idle' : now));
    };
    window.addEventListener('pageshow', shown);
    return () => window.removeEventListener('pageshow', shown);
  }, []);

  return {
    stage,
    notice,
    /** 立即支付: off to WeChat's authorisation (the page is left). */
    begin() {
      setNotice(null);
      setStage('authorising');
      leaveForWechatAuthorisation(orderId, config);
    },
  };
}

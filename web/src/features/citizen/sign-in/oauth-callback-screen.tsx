'use client';

import { Button, DotLoading, ErrorBlock, Toast } from 'antd-mobile';
import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { CitizenPage } from '@/features/citizen/shell/citizen-page';
import { useMutation } from '@/features/shared/api/use-mutation';
import { anonymousH5 } from './anonymous-h5';
import { finishOAuth, type OAuthChannel } from './oauth-state';
import { keepSession } from './session-outcome';
import { signInWithAlipayMutation, signInWithWechatMutation } from './sign-in.operations';
import styles from './sign-in.module.css';

const NAMES: Record<OAuthChannel, string> = { alipay: '支付宝', wechat: '微信' };

/**
 * Back from Alipay (`?auth_code=…&state=…`) or WeChat (`?code=…&state=…`):
 * checks the state is ours, exchanges the one-time code for a session through
 * identity, and goes on to where the citizen was heading.
 */
export function OAuthCallbackScreen({ channel }: { channel: OAuthChannel }) {
  const router = useRouter();
  const params = useSearchParams();
  const alipay = useMutation(anonymousH5, signInWithAlipayMutation);
  const wechat = useMutation(anonymousH5, signInWithWechatMutation);
  const [problem, setProblem] = useState<string | null>(null);
  // A code is good once: never send it twice (React may run effects twice in development).
  const started = useRef(false);
  const runAlipay = alipay.run;
  const runWechat = wechat.run;

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const code = params.get(channel === 'alipay' ? 'auth_code' : 'code');
    const trip = finishOAuth(channel, params.get('state'));
    if (!code) return setProblem(`未获得${NAMES[channel]}授权，请重新登录`);
    if (!trip) return setProblem('登录请求已失效，请返回重新登录');
    void (async () => {
      const result =
        channel === 'alipay'
          ? await runAlipay({ authCode: code }).then(({ data, errors }) => keepSession(data?.signInWithAlipay, errors, `${NAMES[channel]}登录失败，请稍后再试`))
          : await runWechat({ code }).then(({ data, errors }) => keepSession(data?.signInWithWechat, errors, `${NAMES[channel]}登录失败，请稍后再试`));
      if (result) return setProblem(result);
      Toast.show({ icon: 'success', content: '登录成功' });
      router.replace(trip.next);
    })();
  }, [channel, params, router, runAlipay, runWechat]);

  return (
    <CitizenPage title={`${NAMES[channel]}登录`} backHref={null}>
      <div className={styles.callback} data-testid="oauth-callback">
        {problem ? (
          <ErrorBlock status="default" title="登录未完成" description={problem}>
            <Button color="primary" onClick={() => router.replace('/h5/sign-in')}>
              返回登录
            </Button>
          </ErrorBlock>
        ) : (
          <div className={styles.hero}>
            <DotLoading color="primary" />
            <p className={styles.lead}>正在通过{NAMES[channel]}登录…</p>
          </div>
        )}
      </div>
    </CitizenPage>
  );
}

'use client';

import { Button, Collapse, Divider, Toast } from 'antd-mobile';
import { useRouter, useSearchParams } from 'next/navigation';
import { useState, type CSSProperties } from 'react';
import { CitizenPage } from '@/features/citizen/shell/citizen-page';
import type { CitizenSignInConfig } from '@/features/citizen/sign-in/sign-in-config';
import { safeNext } from '@/features/shared/navigation/safe-next';
import { DevSignInForm } from './dev-sign-in-form';
import { authorizeHref, beginOAuth, type OAuthChannel } from './oauth-state';
import { PhoneSignInForm } from './phone-sign-in-form';
import styles from './sign-in.module.css';

// antd-mobile reads these variables on the button itself; a class loses to its own stylesheet.
const ALIPAY_LOOK = { '--background-color': '#1677ff', '--border-color': '#1677ff', '--text-color': '#fff' } as CSSProperties;
const WECHAT_LOOK = { '--background-color': '#07c160', '--border-color': '#07c160', '--text-color': '#fff' } as CSSProperties;

/**
 * 登录: 支付宝登录 and 微信登录 leave for the app's authorisation page and come
 * back to /h5/auth/<channel> with a code; 手机号登录 stays here.
 */
export function SignInScreen({ config }: { config: CitizenSignInConfig }) {
  const router = useRouter();
  const params = useSearchParams();
  const next = safeNext(params.get('next'), '/h5', '/h5');
  const [phoneOpen, setPhoneOpen] = useState(false);

  function viaApp(channel: OAuthChannel) {
    const state = beginOAuth(channel, next);
    const redirectUri = `${window.location.origin}/h5/auth/${channel}`;
    window.location.assign(authorizeHref(channel, config[channel], redirectUri, state));
  }

  function signedIn() {
    Toast.show({ icon: 'success', content: '登录成功' });
    router.replace(next);
  }

  return (
    <CitizenPage title="登录" backHref={null}>
      <div className={styles.hero}>
        <div className={styles.logo} aria-hidden>
          警
        </div>
        <h1 className={styles.title}>警通 · 市民服务</h1>
        <p className={styles.lead}>一次登录，办理公安各项便民业务</p>
      </div>
      <div className={styles.channels}>
        <Button block size="large" style={ALIPAY_LOOK} onClick={() => viaApp('alipay')} data-testid="sign-in-alipay">
          支付宝登录
        </Button>
        <Button block size="large" style={WECHAT_LOOK} onClick={() => viaApp('wechat')} data-testid="sign-in-wechat">
          微信登录
        </Button>
        <Button block size="large" color="primary" fill={phoneOpen ? 'solid' : 'outline'} onClick={() => setPhoneOpen((open) => !open)} data-testid="sign-in-phone">
          手机号登录
        </Button>
      </div>
      {phoneOpen && <PhoneSignInForm onSignedIn={signedIn} />}
      <p className={styles.terms}>登录即表示同意《警通用户服务协议》和《个人信息保护政策》。您的个人信息将加密存储，仅用于办理您申请的业务。</p>
      {config.devSignIn && (
        <>
          <Divider>开发环境</Divider>
          <Collapse>
            <Collapse.Panel key="dev" title="使用预置身份证号登录">
              <DevSignInForm onSignedIn={signedIn} />
            </Collapse.Panel>
          </Collapse>
        </>
      )}
    </CitizenPage>
  );
}

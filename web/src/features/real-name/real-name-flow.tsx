'use client';

import { Button, DotLoading, ErrorBlock, Result, Steps, Tabs } from 'antd-mobile';
import Link from 'next/link';
import { LEVEL_LABELS, LEVEL_UNLOCKS, METHOD_LABELS } from '@/features/citizen-forms/real-name-labels';
import { useCitizenApi } from '@/features/citizen-shell/use-citizen-api';
import { describeErrors } from '@/lib/error-messages';
import { useQuery } from '@/lib/use-query';
import { FaceForm } from './face-form';
import { LevelOneForm } from './level-one-form';
import { NetworkIdentityForm } from './network-identity-form';
import { NetworkPasswordForm } from './network-password-form';
import { myRealNameQuery } from './real-name.operations';
import styles from './real-name.module.css';

/**
 * 实名认证, one level at a time: 一级 (identity + SMS) → 二级 (人脸识别 or
 * 网证口令) → 三级 (网证). Each success hands back a token with the new level,
 * which makes this page read the level again and show the next step.
 */
export function RealNameFlow() {
  const api = useCitizenApi();
  const { data, errors, done, reload } = useQuery(api, myRealNameQuery, {});
  const me = data?.me;

  if (!done) {
    return (
      <div className={styles.centered}>
        <DotLoading color="primary" />
      </div>
    );
  }
  if (!me) {
    return (
      <ErrorBlock status="default" title="暂时无法获取实名状态" description={describeErrors(errors).join('；')}>
        <Button color="primary" onClick={reload}>
          重试
        </Button>
      </ErrorBlock>
    );
  }

  const level = Math.max(0, Math.min(3, me.assuranceLevel));
  return (
    <div data-testid="real-name" data-level={level}>
      <Steps current={level} className={styles.steps}>
        <Steps.Step title="一级" description="身份核验" status={level >= 1 ? 'finish' : 'process'} />
        <Steps.Step title="二级" description="人脸或网证口令" status={level >= 2 ? 'finish' : level === 1 ? 'process' : 'wait'} />
        <Steps.Step title="三级" description="网证" status={level >= 3 ? 'finish' : level === 2 ? 'process' : 'wait'} />
      </Steps>
      <p className={styles.current} data-testid="real-name-level">
        当前：{LEVEL_LABELS[level]}
        {me.realName ? `（${METHOD_LABELS[me.realName.method]}）` : ''}
      </p>
      {level < 3 && <p className={styles.unlocks}>完成{LEVEL_LABELS[level + 1]}后可{LEVEL_UNLOCKS[level + 1]}。</p>}

      {level === 0 && <LevelOneForm />}
      {level === 1 && (
        <div className={styles.card}>
          <div className={styles.cardHeader}>二级实名：请选择认证方式</div>
          <Tabs defaultActiveKey="face">
            <Tabs.Tab title="人脸识别" key="face">
              <FaceForm />
            </Tabs.Tab>
            <Tabs.Tab title="网证口令" key="network-password">
              <NetworkPasswordForm />
            </Tabs.Tab>
          </Tabs>
        </div>
      )}
      {level === 2 && <NetworkIdentityForm />}
      {level === 3 && <Result status="success" title="已完成三级实名认证" description="您已完成最高级别的实名认证，可办理全部网上业务。" />}

      <div className={styles.footer}>
        <Link href="/h5/profile">查看个人信息</Link>
        <Link href="/h5">返回首页</Link>
      </div>
    </div>
  );
}

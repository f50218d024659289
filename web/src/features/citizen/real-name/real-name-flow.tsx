'use client';

import { Button, Result, Steps, Tabs } from 'antd-mobile';
import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { QueryState } from '@/features/citizen/shell/query-state';
import { useCitizenApi } from '@/features/citizen/shell/use-citizen-api';
import { useQuery } from '@/features/shared/api/use-query';
import { levelLabel } from '@/features/shared/catalogue/levels';
import { levelUnlocks, pageByRoute } from '@/features/shared/catalogue/services';
import { safeNext } from '@/features/shared/navigation/safe-next';
import type { MyRealNameQuery } from '@/gql/graphql';
import { FaceForm } from './face-form';
import { LevelOneForm } from './level-one-form';
import { NetworkIdentityForm } from './network-identity-form';
import { NetworkPasswordForm } from './network-password-form';
import { METHOD_LABELS } from './real-name-labels';
import { myRealNameQuery } from './real-name.operations';
import styles from './real-name.module.css';

/**
 * 实名认证, one level at a time: 一级 (identity + SMS) → 二级 (人脸识别 or
 * 网证口令) → 三级 (网证). Each success hands back a token with the new level,
 * which makes this page read the level again and show the next step.
 */
export function RealNameFlow() {
  const api = useCitizenApi();
  const query = useQuery(api, myRealNameQuery, {});
  return (
    <QueryState query={query} select={(data) => data.me} title="暂时无法获取实名状态">
      {(me) => <RealNameSteps me={me} />}
    </QueryState>
  );
}

type Me = NonNullable<MyRealNameQuery['me']>;

function RealNameSteps({ me }: { me: Me }) {
  const level = Math.max(0, Math.min(3, me.assuranceLevel));
  return (
    <div data-testid="real-name" data-level={level}>
      <Steps current={level} className={styles.steps}>
        <Steps.Step title="一级" description="身份核验" status={level >= 1 ? 'finish' : 'process'} />
        <Steps.Step title="二级" description="人脸或网证口令" status={level >= 2 ? 'finish' : level === 1 ? 'process' : 'wait'} />
        <Steps.Step title="三级" description="网证" status={level >= 3 ? 'finish' : level === 2 ? 'process' : 'wait'} />
      </Steps>
      <p className={styles.current} data-testid="real-name-level">
        当前：{levelLabel(level)}
        {me.realName ? `（${METHOD_LABELS[me.realName.method]}）` : ''}
      </p>
      {level < 3 && <p className={styles.unlocks}>完成{levelLabel(level + 1)}后可{levelUnlocks(level + 1)}。</p>}
      <ContinueTo level={level} />

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

/**
 * Sent here by a level gate (`?next=/h5/vehicles`): once the level is enough
 * for that page, the way back is the first thing on screen.
 */
function ContinueTo({ level }: { level: number }) {
  const params = useSearchParams();
  const router = useRouter();
  const next = safeNext(params.get('next'), '/h5', '');
  const page = next ? pageByRoute(next) : undefined;
  if (!page || level < page.level) return null;
  return (
    <div className={styles.continue}>
      <Button block color="primary" size="large" onClick={() => router.push(page.route)} data-testid="continue-to-service">
        继续办理：{page.title}
      </Button>
    </div>
  );
}

'use client';

import { Button, List, Tag } from 'antd-mobile';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { CHANNEL_LABELS, METHOD_LABELS } from '@/features/citizen/real-name/real-name-labels';
import { ElderModeSwitch } from '@/features/citizen/shell/elder-mode-switch';
import { QueryState } from '@/features/citizen/shell/query-state';
import { useCitizenApi } from '@/features/citizen/shell/use-citizen-api';
import { useCitizenSignOut } from '@/features/citizen/shell/use-citizen-sign-out';
import { formatStamp } from '@/features/shared/format/format-time';
import { useQuery } from '@/features/shared/api/use-query';
import { levelLabel } from '@/features/shared/catalogue/levels';
import type { MyProfileQuery } from '@/gql/graphql';
import { myProfileQuery } from './profile.operations';
import styles from './profile.module.css';

/**
 * 个人信息: name, ID number and phone exactly as identity sends them — masked;
 * the page has no way to ask for more. Then the real-name level and the
 * channels that sign in as this person.
 */
export function ProfileView() {
  const api = useCitizenApi();
  const signOut = useCitizenSignOut();
  const router = useRouter();
  const query = useQuery(api, myProfileQuery, {});
  return (
    <QueryState query={query} select={(data) => data.me} title="暂时无法获取个人信息">
      {(me) => <Profile me={me} onSignOut={signOut} onRealName={() => router.push('/h5/real-name')} />}
    </QueryState>
  );
}

type Me = NonNullable<MyProfileQuery['me']>;

function Profile({ me, onSignOut, onRealName }: { me: Me; onSignOut: () => void; onRealName: () => void }) {
  const level = me.assuranceLevel;
  return (
    <div data-testid="profile">
      <List header="基本信息">
        <List.Item extra={<span data-testid="profile-name">{me.name ?? '未实名'}</span>}>姓名</List.Item>
        <List.Item extra={<span data-testid="profile-id-number">{me.idNumber ?? '未实名'}</span>}>身份证号</List.Item>
        <List.Item extra={<span data-testid="profile-phone">{me.phone ?? '未登记'}</span>}>手机号</List.Item>
      </List>
      <p className={styles.note}>为保护您的隐私，个人信息均已脱敏显示。</p>

      <List header="实名认证">
        <List.Item
          extra={
            <Tag color={level > 0 ? 'success' : 'warning'} data-testid="profile-level">
              {levelLabel(level)}
            </Tag>
          }
          clickable={level < 3}
          arrowIcon={level < 3}
          onClick={level < 3 ? onRealName : undefined}
          description={level < 3 ? '点击提升实名等级' : undefined}
        >
          实名等级
        </List.Item>
        {me.realName && (
          <>
            <List.Item extra={METHOD_LABELS[me.realName.method]}>认证方式</List.Item>
            <List.Item extra={formatStamp(me.realName.verifiedAt)}>认证时间</List.Item>
            {me.realName.phoneMatched === false && <List.Item description="该手机号与户籍登记的手机号不一致，不影响使用">手机号核验</List.Item>}
          </>
        )}
      </List>

      <List header="显示设置">
        <ElderModeSwitch />
      </List>

      <List header="登录方式">
        {me.channels.length === 0 ? (
          <List.Item>暂无</List.Item>
        ) : (
          me.channels.map((account) => (
            <List.Item
              key={`${account.channel}-${account.linkedAt}`}
              data-testid="profile-channel"
              extra={<Tag color="primary" fill="outline">已关联</Tag>}
              description={`关联于 ${formatStamp(account.linkedAt)}${account.lastSignInAt ? `，最近登录 ${formatStamp(account.lastSignInAt)}` : ''}`}
            >
              {CHANNEL_LABELS[account.channel]}
            </List.Item>
          ))
        )}
      </List>
      <p className={styles.note}>通过支付宝、微信或手机号登录，完成实名认证后都将进入同一账户。</p>

      <div className={styles.actions}>
        <Link href="/h5/bindings">
          <Button block>我的绑定</Button>
        </Link>
        <Button block color="danger" fill="outline" onClick={onSignOut}>
          退出登录
        </Button>
      </div>
    </div>
  );
}

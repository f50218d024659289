'use client';

import { LogoutOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Result, Space, Spin, Tag, Typography } from 'antd';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useMemo, type ReactNode } from 'react';
import { describeErrors } from '@/lib/error-messages';
import { useMutation } from '@/lib/use-mutation';
import { useQuery } from '@/lib/use-query';
import { entryOf, navFor } from './console-nav';
import { currentOfficerQuery, officerSignOutMutation } from './current-officer.query';
import { OfficerContextProvider, type OfficerContextValue } from './officer-context';
import { ROLE_LABELS, hasAnyRole } from './roles';
import { consoleSignInHref } from './sign-in-href';
import styles from './console-shell.module.css';
import { useOfficerApi } from './use-officer-api';

/**
 * The signed-in console: menu by role on the left, who is signed in on top,
 * the page below. No session: to sign-in, and back here afterwards.
 */
export function ConsoleShell({ children }: { children: ReactNode }) {
  const api = useOfficerApi();
  const router = useRouter();
  const pathname = usePathname();
  const { data, errors, done, reload } = useQuery(api, currentOfficerQuery, {});
  const signOut = useMutation(api, officerSignOutMutation);

  useEffect(() => {
    if (api.token === null) router.replace(consoleSignInHref(pathname));
  }, [api.token, router, pathname]);

  const context = useMemo<OfficerContextValue | null>(() => {
    const officer = data?.currentOfficer;
    if (!officer) return null;
    const units = data?.units ?? [];
    const names = new Map(units.map((unit) => [unit.code, unit.name]));
    return { officer, units, unitName: (code) => names.get(code) ?? code, reload };
  }, [data, reload]);

  if (!api.token || !done) {
    return (
      <div className={styles.loading}>
        <Spin size="large" />
      </div>
    );
  }
  if (!context) {
    return (
      <Result
        status="warning"
        title="暂时无法获取账号信息"
        subTitle={describeErrors(errors).join('；') || '请重新登录'}
        extra={
          <Space>
            <Button type="primary" onClick={reload}>
              重试
            </Button>
            <Button onClick={() => router.replace(consoleSignInHref())}>重新登录</Button>
          </Space>
        }
      />
    );
  }

  const { officer } = context;
  const entries = navFor(officer.roles);
  const current = entryOf(pathname);
  const allowed = !current || current.roles === null || hasAnyRole(officer.roles, current.roles);

  async function onSignOut() {
    await signOut.run({});
    // The sign-in page forgets the token (it opens with a reason).
    router.replace(consoleSignInHref(null, 'signed-out'));
  }

  return (
    <OfficerContextProvider value={context}>
      <Layout className={styles.layout}>
        <Layout.Sider breakpoint="lg" collapsedWidth={0} width={208} className={styles.sider}>
          <div className={styles.brand}>警通 · 民警工作台</div>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={current ? [current.href] : []}
            items={entries.map((entry) => ({ key: entry.href, icon: entry.icon, label: <Link href={entry.href}>{entry.label}</Link> }))}
            data-testid="console-menu"
          />
        </Layout.Sider>
        <Layout>
          <Layout.Header className={styles.header}>
            <Typography.Text strong className={styles.pageTitle}>
              {current?.label ?? '民警工作台'}
            </Typography.Text>
            <Space size="middle" data-testid="signed-in-officer">
              <span>
                {officer.name}（{context.unitName(officer.unitCode)}）
              </span>
              <span>
                {officer.roles.map((role) => (
                  <Tag key={role} color="blue">
                    {ROLE_LABELS[role]}
                  </Tag>
                ))}
              </span>
              <Button icon={<LogoutOutlined />} onClick={onSignOut} loading={signOut.running}>
                退出
              </Button>
            </Space>
          </Layout.Header>
          <Layout.Content className={styles.content}>
            {allowed ? (
              children
            ) : (
              <Result status="403" title="没有权限" subTitle="您的角色无权访问此页面，如需办理请联系安全管理员" data-testid="forbidden" />
            )}
          </Layout.Content>
        </Layout>
      </Layout>
    </OfficerContextProvider>
  );
}

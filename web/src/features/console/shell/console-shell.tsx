'use client';

import { LogoutOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Result, Space, Spin, Tag, Typography } from 'antd';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useMemo, type ReactNode } from 'react';
import { entryOf, mayOpen, navFor } from '@/features/console/nav';
import { useMutation, type Mutation } from '@/features/shared/api/use-mutation';
import { useQuery } from '@/features/shared/api/use-query';
import type { OfficerSignOutMutation, OfficerSignOutMutationVariables } from '@/gql/graphql';
import { CONSOLE_MENU_ICONS } from './console-menu-icons';
import { currentOfficerQuery, officerSignOutMutation } from './current-officer.operations';
import { OfficerContextProvider, type OfficerContextValue } from './officer-context';
import { QueryState } from './query-state';
import { ROLE_LABELS } from './roles';
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
  const query = useQuery(api, currentOfficerQuery, {});
  const { data, reload } = query;
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

  if (!api.token || !query.done) {
    return (
      <div className={styles.loading}>
        <Spin size="large" />
      </div>
    );
  }
  return (
    <QueryState
      query={query}
      select={() => context}
      title="暂时无法获取账号信息"
      extra={<Button onClick={() => router.replace(consoleSignInHref())}>重新登录</Button>}
    >
      {(value) => <SignedIn context={value} signOut={signOut}>{children}</SignedIn>}
    </QueryState>
  );
}

function SignedIn({ context, signOut, children }: { context: OfficerContextValue; signOut: Mutation<OfficerSignOutMutation, OfficerSignOutMutationVariables>; children: ReactNode }) {
  const router = useRouter();
  const pathname = usePathname();
  const { officer } = context;
  const entries = navFor(officer.roles);
  const current = entryOf(pathname);
  const allowed = !current || mayOpen(current, officer.roles);

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
            selectedKeys={current ? [current.key] : []}
            items={entries.map((entry) => ({ key: entry.key, icon: CONSOLE_MENU_ICONS[entry.key], label: <Link href={entry.route}>{entry.label}</Link> }))}
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

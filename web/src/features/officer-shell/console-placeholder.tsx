'use client';

import { Button, Card, Layout, Result, Typography } from 'antd';

const PLANNED = [
  '警情与案件查询：按身份证号、车牌号、案件编号检索',
  '交通违法审核与处理：证据查看、处理结果录入',
  '出入境与户籍业务预审：材料核验、办理进度跟踪',
  '窗口排队叫号：本单位队列查看与调度',
  '审计记录：敏感信息查看留痕可查',
];

export function ConsolePlaceholder() {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center' }}>
        <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>
          警通 · 民警工作台
        </Typography.Title>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 960, width: '100%', margin: '0 auto' }}>
        <Result
          status="info"
          title="民警工作台正在建设中"
          subTitle="这里将提供民警内部业务办理功能，登录需使用数字证书并按岗位授权。"
          extra={
            <Button type="primary" href="/">
              返回首页
            </Button>
          }
        />
        <Card title="即将上线">
          <ul style={{ margin: 0, paddingInlineStart: 20, lineHeight: 2 }}>
            {PLANNED.map((item) => (
              <li key={item}>
                <Typography.Text>{item}</Typography.Text>
              </li>
            ))}
          </ul>
        </Card>
      </Layout.Content>
    </Layout>
  );
}

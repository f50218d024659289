'use client';

import { List, Switch } from 'antd-mobile';
import { useElderMode } from './use-elder-mode';

/** The 长辈模式 row of the home and profile pages. */
export function ElderModeSwitch() {
  const [on, setOn] = useElderMode();
  return (
    <List.Item
      description="字体放大，看得更清楚"
      extra={<Switch checked={on} onChange={setOn} aria-label="长辈模式" data-testid="elder-mode-switch" />}
    >
      长辈模式
    </List.Item>
  );
}

'use client';

import { Button, Popup, Slider } from 'antd-mobile';
import { useState } from 'react';

export interface HumanCheck {
  id: string;
  prompt: string;
  max: number;
}

/**
 * 安全验证 after a few codes from one address: the server's slider challenge (a stand-in for a captcha,
 * see identity's human-check.ts). Drag to the value the prompt names, then 确定 sends the code again with it.
 */
export function HumanCheckPopup({ check, onAnswer, onClose }: { check: HumanCheck | null; onAnswer: (answer: { id: string; answer: number }) => void; onClose: () => void }) {
  const [value, setValue] = useState(0);
  return (
    <Popup visible={!!check} onMaskClick={onClose} bodyStyle={{ padding: 16 }} destroyOnClose>
      {check && (
        <div data-testid="human-check">
          <h3 style={{ margin: '0 0 8px' }}>安全验证</h3>
          <p data-testid="human-check-prompt" style={{ margin: '0 0 16px' }}>
            {check.prompt}
          </p>
          <Slider min={0} max={check.max} step={1} value={value} onChange={(v) => setValue(Array.isArray(v) ? v[0] : v)} />
          <p style={{ textAlign: 'center', margin: '8px 0 16px' }} data-testid="human-check-value">
            当前：{value}
          </p>
          <Button block color="primary" data-testid="human-check-submit" onClick={() => onAnswer({ id: check.id, answer: value })}>
            确定
          </Button>
        </div>
      )}
    </Popup>
  );
}

'use client';

import { Button, ProgressBar } from 'antd-mobile';
import { useEffect, useState } from 'react';
import { textToBase64 } from '@/features/citizen/forms/photo-base64';
import styles from './real-name.module.css';

const ACTIONS = ['请正对屏幕', '请缓慢眨眼', '请张张嘴', '请缓慢摇头'];
const STEP_MS = 900;

/**
 * 活体检测. Inside Alipay / WeChat this is the app's face SDK, which hands back
 * an opaque result; in this stand-in world the page walks through the prompts
 * and hands over a result describing them, which the face stand-in accepts.
 */
export function LivenessCheck({ onDone }: { onDone: (livenessData: string) => void }) {
  const [step, setStep] = useState(-1);
  const running = step >= 0 && step < ACTIONS.length;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `step` restarts the timer for each prompt
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(() => setStep((s) => s + 1), STEP_MS);
    return () => clearTimeout(timer);
  }, [running, step]);

  useEffect(() => {
    if (step === ACTIONS.length) {
      onDone(textToBase64(JSON.stringify({ sdk: 'jingtong-h5-liveness', version: 1, actions: ACTIONS.length, completedAt: new Date().toISOString() })));
    }
  }, [step, onDone]);

  if (step === ACTIONS.length) return <p className={styles.done}>✓ 活体检测已完成</p>;
  return (
    <div className={styles.liveness} data-testid="liveness">
      {running ? (
        <>
          <p className={styles.prompt}>{ACTIONS[step]}</p>
          <ProgressBar percent={((step + 1) / ACTIONS.length) * 100} />
        </>
      ) : (
        <Button block color="primary" fill="outline" onClick={() => setStep(0)} data-testid="start-liveness">
          开始活体检测
        </Button>
      )}
    </div>
  );
}

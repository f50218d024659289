'use client';

import { Button, ErrorBlock } from 'antd-mobile';
import { CheckShieldOutline } from 'antd-mobile-icons';
import { usePathname, useRouter } from 'next/navigation';
import { LEVEL_METHODS, levelLabel, levelRequirement } from '@/features/shared/catalogue/levels';
import { citizenSession } from '@/features/shared/session/citizen-session';
import { tokenLevel } from '@/features/shared/session/token-claims';
import { useSessionToken } from '@/features/shared/session/use-session-token';
import styles from './citizen-shell.module.css';

/** 实名认证, coming back to `next` once the level is reached. */
export const realNameHref = (next?: string | null) => (next && next !== '/h5/real-name' ? `/h5/real-name?next=${encodeURIComponent(next)}` : '/h5/real-name');

/**
 * What a citizen below the level a page needs sees instead of the page: which
 * level, how it is reached, where they stand, and the way there. Shown by the
 * level gate before any API call, and for an ASSURANCE_REQUIRED answer.
 */
export function LevelRequired({ level, what }: { level: number; what?: string }) {
  const token = useSessionToken(citizenSession);
  const router = useRouter();
  const pathname = usePathname();
  const current = token ? tokenLevel(token) : 0;
  const where = current > 0 ? `您当前为${levelLabel(current)}。` : '您尚未完成实名认证。';
  return (
    <ErrorBlock
      className={styles.levelRequired}
      status="empty"
      image={<CheckShieldOutline className={styles.levelIcon} aria-hidden />}
      title={levelRequirement(level)}
      description={`为保护您的个人信息，${what ? `办理“${what}”` : '查看此信息'}须完成${levelLabel(level)}认证（${LEVEL_METHODS[level] ?? '实名认证'}）。${where}`}
      data-testid="level-gate"
      data-level={level}
    >
      <Button color="primary" size="large" onClick={() => router.push(realNameHref(pathname))} data-testid="go-real-name">
        去实名认证
      </Button>
    </ErrorBlock>
  );
}

import type { Metadata } from 'next';
import { NotFoundLinks } from '@/features/shared/not-found/not-found-links';
import styles from '@/features/shared/not-found/not-found.module.css';

export const metadata: Metadata = { title: '页面不存在' };

/** Every unknown address, H5 or console: in Chinese, large, with the way back. */
export default function NotFound() {
  return (
    <main className={styles.main} data-testid="not-found">
      <div className={styles.code} aria-hidden>
        404
      </div>
      <h1 className={styles.title}>页面不存在</h1>
      <p className={styles.lead}>您访问的页面不存在或已下线。请检查网址是否正确，或返回首页继续办理。</p>
      <NotFoundLinks />
    </main>
  );
}

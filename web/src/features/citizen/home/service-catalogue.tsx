'use client';

import { Toast } from 'antd-mobile';
import { useRouter } from 'next/navigation';
import { levelLabel } from '@/features/shared/catalogue/levels';
import { DOMAINS, servicesOf, type CitizenService } from '@/features/shared/catalogue/services';
import { SERVICE_ICONS } from './service-icons';
import styles from './citizen-home.module.css';

/**
 * 全部服务, grouped like 交管12123 and 城市服务: a tile per service. A tile says
 * which real-name level it needs only when the citizen is below it; services
 * still to come are greyed with 即将上线 and say so when tapped.
 */
export function ServiceCatalogue({ level }: { level: number }) {
  return (
    <div data-testid="service-catalogue">
      {DOMAINS.map((domain) => (
        <section key={domain.key} className={styles.domain} aria-labelledby={`domain-${domain.key}`} data-testid="service-domain">
          <h2 id={`domain-${domain.key}`} className={styles.domainTitle}>
            {domain.title}
          </h2>
          <div className={styles.tiles}>
            {servicesOf(domain.key).map((service) => (
              <ServiceTile key={service.key} service={service} level={level} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}

function ServiceTile({ service, level }: { service: CitizenService; level: number }) {
  const router = useRouter();
  const coming = service.status === 'coming';
  const needsLevel = level < service.level;
  function open() {
    if (coming) {
      Toast.show({ content: `“${service.title}”即将上线，敬请期待` });
      return;
    }
    router.push(service.route);
  }
  return (
    <button
      type="button"
      className={coming ? `${styles.tile} ${styles.tileComing}` : styles.tile}
      onClick={open}
      aria-disabled={coming || undefined}
      aria-label={`${service.title}${coming ? '，即将上线' : ''}${needsLevel ? `，需${levelLabel(service.level)}` : ''}`}
      data-testid="service-tile"
      data-service={service.key}
      data-status={service.status}
      data-level={service.level}
    >
      <span className={styles.tileIcon} aria-hidden>
        {SERVICE_ICONS[service.icon]}
      </span>
      <span className={styles.tileTitle}>{service.title}</span>
      {coming ? (
        <span className={styles.badgeComing}>即将上线</span>
      ) : needsLevel ? (
        <span className={styles.badgeLevel} data-testid="tile-level">
          需{levelLabel(service.level)}
        </span>
      ) : null}
    </button>
  );
}

'use client';

import { List, Radio } from 'antd-mobile';
import type { Hall } from './types';
import styles from './queue.module.css';

/** Halls by county (in code order), each with its address, hours and a map link. */
function byCounty(halls: readonly Hall[]) {
  const counties = new Map<string, { code: string; name: string; halls: Hall[] }>();
  for (const hall of halls) {
    const county = counties.get(hall.countyCode) ?? { code: hall.countyCode, name: hall.county, halls: [] };
    county.halls.push(hall);
    counties.set(hall.countyCode, county);
  }
  return [...counties.values()].sort((a, b) => a.code.localeCompare(b.code));
}

export const openingHoursText = (hall: Pick<Hall, 'openingHours'>) => hall.openingHours.map((session) => `${session.start}-${session.end}`).join('、');

/** 选择办事大厅: one list per county; the map link opens the address without choosing the hall. */
export function HallChoice({ halls, value, onChange }: { halls: readonly Hall[]; value: string | null; onChange: (hallId: string) => void }) {
  return (
    <Radio.Group value={value} onChange={(next) => onChange(String(next))}>
      <div className={styles.actions} data-testid="hall-choice">
        {byCounty(halls).map((county) => (
          <List key={county.code} header={`选择办事大厅 · ${county.name}`} className={styles.section}>
            {county.halls.map((hall) => (
              <List.Item
                key={hall.id}
                data-testid="hall-option"
                data-hall={hall.id}
                description={
                  <span className={styles.hallAddress}>
                    <span>{hall.address}</span>
                    <span>办公时间：{openingHoursText(hall)}</span>
                  </span>
                }
                extra={
                  <a href={hall.mapUrl} target="_blank" rel="noreferrer" className={styles.mapLink} onClick={(event) => event.stopPropagation()} data-testid="hall-map">
                    地图导航
                  </a>
                }
              >
                <Radio value={hall.id} block>
                  <span className={styles.hallName}>{hall.name}</span>
                </Radio>
              </List.Item>
            ))}
          </List>
        ))}
      </div>
    </Radio.Group>
  );
}

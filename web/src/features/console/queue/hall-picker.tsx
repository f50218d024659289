'use client';

import { Select } from 'antd';
import type { HallView } from './types';

/** The halls of the officer's scope by county, searchable by name or code. */
export function HallPicker({ halls, value, onChange }: { halls: readonly HallView[]; value: string | null; onChange: (hallId: string) => void }) {
  const counties = new Map<string, { label: string; options: { value: string; label: string }[] }>();
  for (const hall of halls) {
    const county = counties.get(hall.countyCode) ?? { label: hall.county, options: [] };
    county.options.push({ value: hall.id, label: `${hall.name}（${hall.id}）` });
    counties.set(hall.countyCode, county);
  }
  const options = [...counties.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, county]) => county);
  return (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      style={{ width: 380 }}
      placeholder="选择办事大厅"
      value={value ?? undefined}
      onChange={onChange}
      options={options}
      data-testid="hall-picker"
    />
  );
}

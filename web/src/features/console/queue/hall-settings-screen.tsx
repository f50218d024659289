'use client';

import { Card, Empty, Space } from 'antd';
import { QueryState } from '@/features/console/shell/query-state';
import { useOfficerApi } from '@/features/console/shell/use-officer-api';
import { useQuery } from '@/features/shared/api/use-query';
import { beijingToday } from './hall-scope';
import { HallMachineFacts } from './hall-machine-facts';
import { HallPicker } from './hall-picker';
import { HallScheduleForm } from './hall-schedule-form';
import { officerQueueHallsQuery } from './queue-halls.operations';
import type { HallView } from './types';
import { useHallChoice } from './use-hall-choice';

/** 大厅排号设置 (system administrator, leader): one hall's machine facts beside the settings officers own. */
export function HallSettingsScreen() {
  const api = useOfficerApi();
  const query = useQuery(api, officerQueueHallsQuery, {});
  return (
    <QueryState query={query} select={(data) => data.queueHalls} title="暂时无法获取办事大厅">
      {(halls) => <HallSettings halls={halls} onSaved={query.reload} />}
    </QueryState>
  );
}

function HallSettings({ halls: all, onSaved }: { halls: readonly HallView[]; onSaved: () => void }) {
  const { halls, hall, choose } = useHallChoice(all);
  if (!hall) return <Empty description="您的单位没有可管理的办事大厅" data-testid="no-halls" />;
  return (
    <Card title="大厅排号设置" extra={<HallPicker halls={halls} value={hall.id} onChange={choose} />} data-testid="hall-settings">
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <HallMachineFacts hall={hall} today={beijingToday()} />
        {/* Keyed by the saved values too: a save shows the form as the API now has it. */}
        <HallScheduleForm key={`${hall.id}:${hall.slotCapacity}:${hall.onlineSharePercent}:${hall.unitCode}:${hall.closedDates.join(',')}`} hall={hall} onSaved={onSaved} />
      </Space>
    </Card>
  );
}

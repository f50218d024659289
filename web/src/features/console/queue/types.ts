import type { QueueBoardQuery, QueueHallSettingsFieldsFragment } from '@/gql/graphql';

export type HallView = QueueHallSettingsFieldsFragment;
export type Board = QueueBoardQuery['queueBoard'];
export type BoardNumber = Board['numbers'][number];

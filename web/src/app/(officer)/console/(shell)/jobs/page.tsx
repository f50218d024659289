import { JobQueuesScreen } from '@/features/console/jobs/job-queues-screen';
import { consoleMetadata } from '@/features/console/nav';

export const metadata = consoleMetadata('jobs');

export default function Page() {
  return <JobQueuesScreen />;
}

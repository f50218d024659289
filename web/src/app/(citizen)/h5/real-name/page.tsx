import { Suspense } from 'react';
import { RealNameScreen } from '@/features/citizen/real-name/real-name-screen';
import { accountMetadata } from '@/features/shared/catalogue/metadata';

export const metadata = accountMetadata('real-name');

export default function RealNamePage() {
  // useSearchParams (`next`, the page to go back to) needs a Suspense boundary to prerender the rest.
  return (
    <Suspense>
      <RealNameScreen />
    </Suspense>
  );
}

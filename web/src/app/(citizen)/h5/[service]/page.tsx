import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ComingServiceScreen } from '@/features/citizen/coming/coming-service-screen';
import { SERVICES, type CitizenService } from '@/features/shared/catalogue/services';

/** Catalogue services not built yet: their routes exist (links, QR codes) and say 即将上线; any other path is a 404. */
const COMING: readonly CitizenService[] = SERVICES.filter((service) => service.status === 'coming');

export const dynamicParams = false;

export function generateStaticParams() {
  return COMING.map((service) => ({ service: service.route.slice('/h5/'.length) }));
}

const find = (segment: string) => COMING.find((service) => service.route === `/h5/${segment}`);

type Props = { params: Promise<{ service: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const service = find((await params).service);
  return service ? { title: service.title, description: service.description } : {};
}

export default async function ComingServicePage({ params }: Props) {
  const service = find((await params).service);
  if (!service) notFound();
  return <ComingServiceScreen service={service} />;
}

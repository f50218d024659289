import type { Metadata } from 'next';
import { accountPage, serviceByKey, type AccountPageKey, type ServiceKey } from './services';

/** A service page's title and description, straight from the catalogue. */
export function serviceMetadata(key: ServiceKey): Metadata {
  const service = serviceByKey(key);
  return { title: service.title, description: service.description };
}

export function accountMetadata(key: AccountPageKey): Metadata {
  const page = accountPage(key);
  return { title: page.title, description: page.description };
}

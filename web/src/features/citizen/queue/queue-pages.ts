import { serviceByKey, type GatedPage } from '@/features/shared/catalogue/services';

/**
 * 大厅取号 (the catalogue's `queue`, /h5/queue) and the pages that belong to it:
 * the citizen's numbers and one number's ticket, at the service's level.
 */
export const QUEUE_SERVICE = serviceByKey('queue');

export const MY_TICKETS_PAGE: GatedPage = { route: '/h5/queue/tickets', title: '我的取号', level: QUEUE_SERVICE.level };

export const TICKET_PAGE: GatedPage = { route: '/h5/queue/tickets', title: '取号凭证', level: QUEUE_SERVICE.level };

export const ticketHref = (ticketId: string) => `/h5/queue/tickets/${encodeURIComponent(ticketId)}`;

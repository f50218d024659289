/**
 * Every legacy system stand-in. SOAP systems (WSDL, served at /<id>) are in SYSTEMS; plain
 * HTTP platforms (served below /<id>/...) in HTTP_SYSTEMS. To add one, create
 * src/systems/<id>/ (see README "Adding a system") and list it here.
 */
import { alipay } from './alipay/index.js';
import { face } from './face/index.js';
import { fugitive } from './fugitive/index.js';
import { population } from './population/index.js';
import { queue } from './queue/index.js';
import { sms } from './sms/index.js';
import { traffic } from './traffic/index.js';
import { wechat } from './wechat/index.js';

/** The SOAP systems, each with its WSDL. */
export const SYSTEMS = [traffic, population, sms, fugitive, face, queue] as const;

/** The plain HTTP platforms (Alipay, WeChat), not SOAP like the real ones. */
export const HTTP_SYSTEMS = [alipay, wechat] as const;

export type SoapSystemId = (typeof SYSTEMS)[number]['id'];
export type HttpSystemId = (typeof HTTP_SYSTEMS)[number]['id'];
/** Any system: fault settings, counters and env variables exist for every one. */
export type SystemId = SoapSystemId | HttpSystemId;

export const SOAP_SYSTEM_IDS = SYSTEMS.map((system) => system.id) as [SoapSystemId, ...SoapSystemId[]];
export const HTTP_SYSTEM_IDS = HTTP_SYSTEMS.map((system) => system.id) as [HttpSystemId, ...HttpSystemId[]];
export const SYSTEM_IDS = [...SOAP_SYSTEM_IDS, ...HTTP_SYSTEM_IDS] as [SystemId, ...SystemId[]];

/** Every module, for env validation (fault variables and each module's own). */
export const ALL_SYSTEMS = [...SYSTEMS, ...HTTP_SYSTEMS] as const;

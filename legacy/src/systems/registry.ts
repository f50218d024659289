/**
 * Every legacy system stand-in, served at /<id>. To add one, create src/systems/<id>/
 * (WSDL, requests, operations, index exporting a SystemModule) and list it here.
 */
import { population } from './population/index.js';
import { traffic } from './traffic/index.js';

export const SYSTEMS = [traffic, population] as const;

export type SystemId = (typeof SYSTEMS)[number]['id'];

export const SYSTEM_IDS = SYSTEMS.map((system) => system.id) as [SystemId, ...SystemId[]];

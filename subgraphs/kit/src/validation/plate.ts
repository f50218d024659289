import { normalizePlate } from './plate-pattern.js';
import { refuseInput } from './refuse-input.js';

export function requirePlate(raw: string, field = 'plate'): string {
  const plate = normalizePlate(raw);
  if (!plate) throw refuseInput('PLATE_INVALID', field);
  return plate;
}

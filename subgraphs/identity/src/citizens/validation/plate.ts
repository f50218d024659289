import { normalizePlate } from '@jingtong/kit';
import { badInput } from './bad-input.js';

export { normalizePlate, PLATE_PATTERN } from '@jingtong/kit';

export function requirePlate(raw: string, field = 'plate'): string {
  const plate = normalizePlate(raw);
  if (!plate) throw badInput(field, '号牌号码格式不正确，例如：豫K·A12345');
  return plate;
}

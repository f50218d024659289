import { refuseInput } from './refuse-input.js';

// Han characters, with the middle dot of transliterated and minority names (e.g. 阿依古丽·买买提).
const NAME = /^[\u3400-\u9fff\uf900-\ufaff]+(·[\u3400-\u9fff\uf900-\ufaff]+)*$/u;

/** A name as on the ID card; other dots are read as the middle dot. */
export function requireName(raw: string, field = 'name'): string {
  const value = raw.trim().replace(/[•・.]/g, '·');
  const length = [...value].length;
  if (length < 2 || length > 30 || !NAME.test(value)) throw refuseInput('NAME_INVALID', field);
  return value;
}

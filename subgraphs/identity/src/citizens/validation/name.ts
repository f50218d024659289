import { badInput } from './bad-input.js';

// Han characters, with the middle dot of transliterated and minority names (e.g. 阿依古丽·买买提).
const NAME = /^[\u3400-\u9fff\uf900-\ufaff]+(·[\u3400-\u9fff\uf900-\ufaff]+)*$/u;

export function requireName(raw: string, field = 'name'): string {
  const value = raw.trim().replace(/[•・.]/g, '·');
  const length = [...value].length;
  if (length < 2 || length > 30 || !NAME.test(value)) throw badInput(field, '姓名格式不正确，请填写身份证上的姓名');
  return value;
}

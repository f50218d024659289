import { InputError } from '../errors/input-error.js';
import { requireIdNumber } from './id-number.js';
import { requireName } from './name.js';
import { normalizePhone, requirePhone } from './phone.js';
import { normalizePlate } from './plate-pattern.js';
import { requirePlate } from './plate.js';
import { requirePageSize, requireText } from './text.js';
import { requireUuid } from './uuid.js';

/** `reason:field:message` of the refusal, or OK. */
const refusal = (fn: () => unknown) => {
  try {
    fn();
    return 'OK';
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    expect(e.extensions.code).toBe('BAD_USER_INPUT');
    return `${e.reason}:${e.field}:${e.message}`;
  }
};

describe('input validation (one catalogue for every subgraph)', () => {
  it('checks ID numbers with the GB 11643 check digit', () => {
    expect(requireIdNumber(' 11010519491231002x ')).toBe('11010519491231002X');
    expect(refusal(() => requireIdNumber('110105194912310021'))).toBe('ID_NUMBER_INVALID:idNumber:身份证号码格式不正确');
    expect(refusal(() => requireIdNumber('11010549123100', 'holder'))).toMatch(/^ID_NUMBER_INVALID:holder:/);
  });

  it('checks mainland mobile numbers', () => {
    expect(requirePhone('+86 138-1234-5678')).toBe('13812345678');
    expect(normalizePhone('12812345678')).toBeNull();
    expect(refusal(() => requirePhone('12812345678'))).toBe('PHONE_INVALID:phone:手机号码格式不正确');
    expect(refusal(() => requirePhone('1381234567'))).toMatch(/^PHONE_INVALID/);
  });

  it('normalises plates to the platform form and refuses what is not a plate (GA 36-2018)', () => {
    expect(normalizePlate('豫ka8b36')).toBe('豫K·A8B36');
    expect(normalizePlate('豫K A1234')).toBe('豫K·A1234');
    expect(normalizePlate('豫K·D12345')).toBe('豫K·D12345');
    expect(normalizePlate('豫K·FA1234')).toBe('豫K·FA1234');
    expect(normalizePlate('豫K·12345D')).toBe('豫K·12345D');
    expect(normalizePlate('豫K·A12345')).toBeNull(); // 6 characters but not new-energy
    expect(normalizePlate('豫K·AB12345')).toBeNull();
    expect(normalizePlate('豫K·AI123')).toBeNull(); // no I
    expect(normalizePlate('豫I·A1234')).toBeNull();
    expect(normalizePlate('豫K·A1234567')).toBeNull();
    expect(normalizePlate('XK·A1234')).toBeNull();
    // The example in the message must itself pass the rule.
    const refused = refusal(() => requirePlate('abc'));
    expect(refused).toBe('PLATE_INVALID:plate:号牌号码格式不正确，例如：豫K·A1234');
    expect(requirePlate(refused.split('例如：')[1])).toBe('豫K·A1234');
  });

  it('accepts names as on the identity card', () => {
    expect(requireName(' 张三 ')).toBe('张三');
    expect(requireName('阿依古丽.买买提')).toBe('阿依古丽·买买提');
    expect(refusal(() => requireName('张'))).toMatch(/^NAME_INVALID:name:/);
    expect(refusal(() => requireName('Zhang San'))).toMatch(/^NAME_INVALID/);
  });

  it('checks UUIDs, free text and page sizes', () => {
    expect(requireUuid('0B9C6F9E-1D2A-4B3C-8D4E-5F6A7B8C9D0E')).toBe('0b9c6f9e-1d2a-4b3c-8d4e-5f6a7b8c9d0e');
    expect(refusal(() => requireUuid('1; drop table x', 'officerId'))).toBe('UUID_INVALID:officerId:编号格式不正确');
    expect(requireText('  业务编号 2026-001 ', 'purpose', { min: 4, max: 100 })).toBe('业务编号 2026-001');
    expect(refusal(() => requireText('ab\u0000cd', 'purpose', { max: 100 }))).toMatch(/^TEXT_INVALID:purpose/);
    expect(refusal(() => requireText('abc\u202Edcba', 'purpose', { max: 100 }))).toMatch(/^TEXT_INVALID/);
    expect(refusal(() => requireText('ab', 'purpose', { min: 4, max: 100 }))).toMatch(/^TEXT_INVALID/);
    expect(requirePageSize(20, 200)).toBe(20);
    expect(refusal(() => requirePageSize(201, 200))).toBe('PAGE_SIZE_INVALID:first:每页条数须在 1 到 200 之间');
  });
});

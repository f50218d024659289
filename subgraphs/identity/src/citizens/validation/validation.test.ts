import { requireIdNumber } from './id-number.js';
import { requireName } from './name.js';
import { requirePhone } from './phone.js';
import { normalizePlate, requirePlate } from './plate.js';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return 'OK';
  } catch (e) {
    return `${(e as { extensions: { code: string } }).extensions.code}:${(e as Error).message}`;
  }
};

describe('citizen input validation', () => {
  it('checks ID numbers with the GB 11643 check digit', () => {
    expect(requireIdNumber(' 11010519491231002x ')).toBe('11010519491231002X');
    expect(codeOf(() => requireIdNumber('110105194912310021'))).toBe('BAD_USER_INPUT:身份证号码格式不正确');
    expect(codeOf(() => requireIdNumber('11010549123100'))).toMatch(/^BAD_USER_INPUT/);
  });

  it('checks mainland mobile numbers', () => {
    expect(requirePhone('+86 138-1234-5678')).toBe('13812345678');
    expect(codeOf(() => requirePhone('12812345678'))).toBe('BAD_USER_INPUT:手机号码格式不正确');
    expect(codeOf(() => requirePhone('1381234567'))).toMatch(/^BAD_USER_INPUT/);
  });

  it('normalises plates to the platform form and refuses what is not a plate', () => {
    expect(normalizePlate('豫ka8b36')).toBe('豫K·A8B36');
    expect(normalizePlate('豫K A8B36')).toBe('豫K·A8B36');
    expect(normalizePlate('豫K·D12345')).toBe('豫K·D12345');
    expect(normalizePlate('豫K·FA1234')).toBe('豫K·FA1234');
    expect(normalizePlate('豫K·12345D')).toBe('豫K·12345D');
    expect(normalizePlate('豫K·AI123')).toBeNull(); // no I
    expect(normalizePlate('豫I·A1234')).toBeNull();
    expect(normalizePlate('豫K·A1234567')).toBeNull();
    expect(normalizePlate('XK·A12345')).toBeNull();
    expect(normalizePlate('豫K·AB12345')).toBeNull(); // 6 characters but not new-energy
    expect(codeOf(() => requirePlate('abc'))).toBe('BAD_USER_INPUT:号牌号码格式不正确，例如：豫K·A12345');
  });

  it('accepts names as on the identity card', () => {
    expect(requireName(' 张三 ')).toBe('张三');
    expect(requireName('阿依古丽.买买提')).toBe('阿依古丽·买买提');
    expect(codeOf(() => requireName('张'))).toMatch(/^BAD_USER_INPUT/);
    expect(codeOf(() => requireName('Zhang San'))).toMatch(/^BAD_USER_INPUT/);
  });
});

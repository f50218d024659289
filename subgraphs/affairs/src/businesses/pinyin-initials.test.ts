import { PINYIN_CODE, pinyinInitials } from './pinyin-initials.js';

describe('pinyin initials of a business name', () => {
  it('takes the first letter of each character’s reading, upper-cased', () => {
    expect(pinyinInitials('往来港澳二次签')).toBe('WLGAECQ');
    expect(pinyinInitials('无违法证明')).toBe('WWFZM');
    expect(pinyinInitials('边境地区通行证')).toBe('BJDQTXZ');
  });

  it('keeps letters and digits, drops punctuation and spaces, stays within the code’s length', () => {
    expect(pinyinInitials('C1驾驶证（补证）')).toBe('C1JSZBZ');
    expect(pinyinInitials('居住证 · 签注')).toBe('JZZQZ');
    const long = pinyinInitials('公安'.repeat(20));
    expect(long).toHaveLength(30);
    expect(PINYIN_CODE.test(long)).toBe(true);
  });
});

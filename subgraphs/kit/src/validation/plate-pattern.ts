/**
 * Civil motor vehicle plates (GA 36-2018), as the traffic platform writes them: `豫K·A1234`, `豫K·D12345`.
 *  - a province abbreviation, then the issuing authority letter (A-Z without I and O);
 *  - blue/yellow plates: 5 serial characters, letters (no I/O) or digits;
 *  - new-energy plates (green), 6 serial characters: small cars `D`/`F` + a letter or digit + 4 digits
 *    (豫K·D12345, 豫K·FA1234), large vehicles 5 digits + `D`/`F` (豫K·12345D).
 * No npm package validates these well (the few there are are unmaintained one-liners), hence this one.
 */
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const LETTER = 'A-HJ-NP-Z';
export const PLATE_PATTERN = new RegExp(
  `^([${PROVINCES}][${LETTER}])([${LETTER}0-9]{5}|[DF][${LETTER}0-9][0-9]{4}|[0-9]{5}[DF])$`,
);

/** `豫ka1234`, `豫K A1234`, `豫K·A1234` -> `豫K·A1234`; null when it is not a plate. */
export function normalizePlate(raw: string): string | null {
  const compact = raw.replace(/[\s·.•・-]/g, '').toUpperCase();
  const m = PLATE_PATTERN.exec(compact);
  return m ? `${m[1]}·${m[2]}` : null;
}

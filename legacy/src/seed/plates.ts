/**
 * Plate numbers (GA 36). The stored form is 豫K·A8B36: province + issuing authority letter,
 * a middle dot, then 5 serial characters (blue/yellow plates; at most 2 letters, never I or O)
 * or 6 for new-energy plates (small cars: D = battery electric or F = other new energy first,
 * then a letter or digit, then 4 digits, e.g. 豫K·D12345, 豫K·FA1234).
 */
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const PLATE_PATTERN = new RegExp(`^[${PROVINCES}][A-HJ-NP-Z][A-HJ-NP-Z0-9]{5,6}$`);
export const PLATE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** Drops the dot / spaces and upper-cases, so 豫k a8b36 and 豫K·A8B36 name the same plate. */
export function plateKey(plate: string): string {
  return plate.replace(/[\s·.•・]/g, '').toUpperCase();
}

export function isValidPlate(plate: string): boolean {
  return PLATE_PATTERN.test(plateKey(plate));
}

export function formatPlate(prefix: string, serial: string): string {
  return `${prefix}·${serial}`;
}

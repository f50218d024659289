/** Real-name levels (tender 2.3.4.2) as citizens read them. */
export type AssuranceLevel = 0 | 1 | 2 | 3;

const NUMERALS = ['零', '一', '二', '三'] as const;

export const LEVEL_LABELS: Record<number, string> = {
  0: '未实名',
  1: '一级实名',
  2: '二级实名',
  3: '三级实名',
};

/** How each level is reached, so a gate can say what the citizen will have to do. */
export const LEVEL_METHODS: Record<number, string> = {
  1: '核验姓名、身份证号和手机号',
  2: '人脸识别或网证口令',
  3: '网证（居民身份证网上功能凭证）',
};

/** `2` → `二级实名`; anything outside 0-3 as `n级`. */
export const levelLabel = (level: number): string => LEVEL_LABELS[level] ?? `${level}级实名`;

/** `2` → `需要完成二级实名认证`. */
export const levelRequirement = (level: number): string => `需要完成${NUMERALS[level] ?? level}级实名认证`;

/** The level a token or an answer carries, clamped to 0-3. */
export const asLevel = (value: unknown): AssuranceLevel => {
  const n = typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : 0;
  return Math.max(0, Math.min(3, n)) as AssuranceLevel;
};

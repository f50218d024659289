import { defineErrorCodes } from '../errors/define-error-codes.js';

/**
 * Why an input was refused: the one catalogue every subgraph's checks use, so the same mistake reads
 * the same on every page. A mutation returns the code in `error { code message field }`; a query
 * throws `BAD_USER_INPUT` with it in `extensions.reason`.
 */
export const InputErrors = defineErrorCodes('validation', {
  ID_NUMBER_INVALID: { message: '身份证号码格式不正确', description: 'Not an 18-character ID number with a valid region, birth date and check digit (GB 11643).', where: 'both' },
  PHONE_INVALID: { message: '手机号码格式不正确', description: 'Not an 11-digit mainland mobile number.', where: 'both' },
  NAME_INVALID: { message: '姓名格式不正确，请填写身份证上的姓名', description: 'Not a name as written on an ID card (2-30 Han characters, `·` between parts).', where: 'both' },
  PLATE_INVALID: { message: '号牌号码格式不正确，例如：豫K·A1234', description: 'Not a plate of GA 36-2018 (5 characters after the authority letter, 6 for new-energy).', where: 'both' },
  UUID_INVALID: { message: '编号格式不正确', description: 'An id argument that is not a UUID.', where: 'both' },
  FORMAT_INVALID: { message: '格式不正确', description: 'A code, token, number or upload in the wrong format (the message names which).', where: 'both' },
  TEXT_INVALID: { message: '输入内容格式不正确', description: 'Free text too short, too long, or with control characters.', where: 'both' },
  PAGE_SIZE_INVALID: { message: '每页条数超出范围', description: 'A `first` argument outside the field’s page bounds.', where: 'both' },
  CURSOR_INVALID: { message: '分页游标无效', description: 'An `after` cursor this field did not issue.', where: 'both' },
});

export type InputErrorCode = keyof typeof InputErrors.codes;

import { type CodeOf, defineErrorCodes, type ErrorCodeSpec, PayloadError, UserError } from '@jingtong/kit';
import { GraphQLError } from 'graphql';
import { DraftProblemCodes } from './drafts/draft-problem-codes.js';
import { FLOW_PROBLEM_CODES, FlowProblemCodes } from './flows/index.js';

/** The problems a draft lists (`problems { code message path node }`), documented with the codes they stand beside. */
const PROBLEMS: Record<string, ErrorCodeSpec> = {
  ...Object.fromEntries(FLOW_PROBLEM_CODES.map((code) => [code, { message: FlowProblemCodes[code], description: 'A flow problem found by `validateFlow`, listed in a draft’s `problems` (subgraphs/affairs/src/flows/README.md).', where: 'payload' as const }])),
  ...Object.fromEntries(Object.entries(DraftProblemCodes).map(([code, spec]) => [code, { ...spec, description: `${spec.description} Listed in a draft’s \`problems\`.`, where: 'payload' as const }])),
};

/** The affairs configuration's business codes: mutation payloads, the typed errors of its queries, and a draft's problems. */
export const AffairsErrors = defineErrorCodes('affairs', {
  BUSINESS_CLASS_CODE_INVALID: { message: '业务类编码须为 01 到 99 的两位数字', description: 'A business class code other than 01–99 (two digits).', where: 'payload' },
  BUSINESS_CLASS_CODE_TAKEN: { message: '业务类编码已存在', description: 'Another class, cancelled ones included, has this code: a code is never reused.', where: 'payload' },
  BUSINESS_CLASS_NAME_TAKEN: { message: '业务类名称已存在', description: 'Another class in use has this name (a cancelled class’s name may be used again).', where: 'payload' },
  BUSINESS_CLASS_NOT_FOUND: { message: '未找到该业务类', description: 'No business class has this id.', where: 'both' },
  BUSINESS_CLASS_CANCELLED: { message: '该业务类已取消', description: 'The class was cancelled: it cannot be changed, cancelled again or given businesses.', where: 'payload' },
  BUSINESS_NUMBER_INVALID: { message: '业务编号须为 2 到 20 位大写字母、数字、下划线或连字符', description: 'A business number outside `[A-Z0-9][A-Z0-9_-]{1,19}` (upper-cased first).', where: 'payload' },
  BUSINESS_NUMBER_TAKEN: { message: '业务编号已存在', description: 'Another business, cancelled ones included, has this number.', where: 'payload' },
  BUSINESS_INVALID: { message: '业务配置不正确', description: 'A business attribute out of bounds: name, fee, supervision days, URLs, pinyin code or introduction (the message says which).', where: 'payload' },
  BUSINESS_NOT_FOUND: { message: '未找到该业务', description: 'No business has this id.', where: 'both' },
  BUSINESS_CANCELLED: { message: '该业务已取消，不能修改', description: 'The business was cancelled (itself or with its class): it is kept for its versions, not changed.', where: 'payload' },
  BUSINESS_NOT_PUBLISHED: { message: '该业务尚未发布，不能开通', description: 'Opening a business that has no published version: citizens would find nothing to apply for.', where: 'payload' },
  DRAFT_TOO_LARGE: { message: '草稿内容过多：最多 200 个属性、100 项材料，流程定义不超过 256 KB', description: 'A draft over the limits of one business’s form, materials or flow.', where: 'payload' },
  DRAFT_HAS_PROBLEMS: { message: '业务配置存在问题，不能发布', description: 'Publishing a draft with problems: they are listed in the payload’s `problems` (the message counts them).', where: 'payload' },
  BUSINESS_VERSION_NOT_FOUND: { message: '未找到该业务版本', description: 'The business has no published version with this number.', where: 'query' },
  ...(PROBLEMS as Record<keyof typeof FlowProblemCodes | keyof typeof DraftProblemCodes, ErrorCodeSpec>),
});

export type AffairsErrorCode = CodeOf<typeof AffairsErrors>;

/** A payload error from one of the affairs codes (its catalogue message unless one is given). */
export const toUserError = (failure: { code: AffairsErrorCode; message?: string; field?: string }) =>
  UserError.of(failure.code, failure.message ?? AffairsErrors.codes[failure.code].message, failure.field);

/** The same code thrown by a query (`extensions.code`). */
export const affairsQueryError = (code: AffairsErrorCode, field?: string) =>
  new GraphQLError(AffairsErrors.codes[code].message, { extensions: { code, ...(field ? { field } : {}) } });

/**
 * A refusal thrown by a service, returned by the mutation as `error { code message field }` (the kit's payload
 * transform); the transaction it is thrown in rolls back.
 */
export const refuse = (code: AffairsErrorCode, field?: string, message?: string) => new PayloadError(code, message ?? AffairsErrors.codes[code].message, field);

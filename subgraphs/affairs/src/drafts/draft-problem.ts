import type { FlowProblem, FlowProblemCode } from '../flows/index.js';
import type { DraftProblemCode } from './draft-problem-codes.js';

/** One reason a draft cannot be published, for the console's list: `path` points into the draft, `node` into the diagram. */
export interface DraftProblem {
  code: DraftProblemCode | FlowProblemCode;
  message: string;
  /** `fields[2].code`, `materials[0].sizeLimitKb`, `flow.nodes[3].branches[0].value`, `materials` … */
  path: string;
  node: string | null;
}

export const draftProblem = (code: DraftProblemCode, message: string, path: string, node: string | null = null): DraftProblem => ({ code, message, path, node });

/** A flow problem with its path read from the draft (`flow.` in front). */
export const inDraft = (problem: FlowProblem): DraftProblem => ({ ...problem, path: problem.path ? `flow.${problem.path}` : 'flow' });

// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what this pattern finds
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/** Why a configured text is not acceptable (empty when required, longer than `max` characters, control characters), or null. */
export function textProblem(value: string | null, max: number, required: boolean): string | null {
  if (value === null || value === '') return required ? '不能为空' : null;
  if ([...value].length > max) return `最长 ${max} 个字`;
  return CONTROL.test(value) ? '不能包含控制字符' : null;
}

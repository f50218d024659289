import type { MaterialContent } from './draft-content.js';
import { type DraftProblem, draftProblem, textProblem } from './draft-problem.js';

export const MATERIAL_CODE = /^[A-Z][A-Z0-9_]{0,31}$/;
/** 20 MB: what a phone photo or a scanned letter needs, and what the upload path will accept at most. */
export const MAX_MATERIAL_KB = 20 * 1024;

const nameOf = (material: MaterialContent, i: number) => (material.name ? `材料「${material.name}」（${material.code}）` : `第 ${i + 1} 项材料`);

function checkMaterial(material: MaterialContent, i: number): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const named = nameOf(material, i);
  const at = (member: string) => `materials[${i}].${member}`;
  const invalid = (member: string, message: string) => problems.push(draftProblem('MATERIAL_INVALID', `${named}的${message}`, at(member)));
  if (!MATERIAL_CODE.test(material.code)) problems.push(draftProblem('MATERIAL_CODE_INVALID', `${named}的编号「${material.code}」须以大写字母开头，由大写字母、数字和下划线组成，最长 32 位`, at('code')));
  const name = textProblem(material.name, 50, true);
  if (name) invalid('name', `名称${name}`);
  if (material.order < 0 || material.order > 9999) invalid('order', '显示顺序须为 0 到 9999 的整数');
  const description = textProblem(material.description, 200, false);
  if (description) invalid('description', `说明${description}`);
  const { sizeLimitKb } = material;
  if (material.mode === 'CONFIRM') {
    if (sizeLimitKb !== null) invalid('sizeLimitKb', '材料类型为「确认」，不上传文件，不能设置大小限制');
  } else if (sizeLimitKb === null) {
    invalid('sizeLimitKb', '大小限制未设置（需上传的材料须设置）');
  } else if (sizeLimitKb < 1 || sizeLimitKb > MAX_MATERIAL_KB) {
    invalid('sizeLimitKb', `大小限制须为 1 到 ${MAX_MATERIAL_KB} KB`);
  }
  return problems;
}

/** Every problem of a draft's materials: each one's own in their order, then repeated codes. */
export function checkMaterials(materials: readonly MaterialContent[]): DraftProblem[] {
  const problems = materials.flatMap(checkMaterial);
  const first = new Map<string, number>();
  materials.forEach((material, i) => {
    const earlier = first.get(material.code);
    if (earlier === undefined) first.set(material.code, i);
    else problems.push(draftProblem('MATERIAL_CODE_DUPLICATE', `${nameOf(material, i)}的编号与第 ${earlier + 1} 项材料重复`, `materials[${i}].code`));
  });
  return problems;
}

import { canonicalJson } from '../flows/index.js';
import { type DraftContent, type FieldValidation, type FormControl, type FormFieldContent, inOrder, type MaterialContent, type MaterialMode } from './draft-content.js';

/** A form attribute as the console sends it: optional members may be left out. */
export interface FormFieldInputValues {
  order: number;
  code: string;
  label: string;
  length: number;
  required: boolean;
  control: FormControl;
  choices?: ReadonlyArray<{ value: string; label: string }> | null;
  dictionary?: string | null;
  validation?: FieldValidation | null;
  hint?: string | null;
  emptyHint?: string | null;
  defaultValue?: string | null;
}

export interface MaterialInputValues {
  order: number;
  code: string;
  name: string;
  required: boolean;
  mode: MaterialMode;
  sizeLimitKb?: number | null;
  description?: string | null;
}

export const MAX_FIELDS = 200;
export const MAX_MATERIALS = 100;
/** The flow definition's JSON: 200 nodes of a generous size. */
export const MAX_FLOW_BYTES = 256 * 1024;

const text = (value: string | null | undefined) => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

const field = (f: FormFieldInputValues): FormFieldContent => ({
  order: f.order,
  code: f.code.trim(),
  label: f.label.trim(),
  length: f.length,
  required: f.required,
  control: f.control,
  choices: (f.choices ?? []).map((c) => ({ value: c.value.trim(), label: c.label.trim() })),
  dictionary: text(f.dictionary)?.toUpperCase() ?? null,
  validation: f.validation ?? 'NONE',
  hint: text(f.hint),
  emptyHint: text(f.emptyHint),
  defaultValue: text(f.defaultValue),
});

const material = (m: MaterialInputValues): MaterialContent => ({
  order: m.order,
  code: m.code.trim().toUpperCase(),
  name: m.name.trim(),
  required: m.required,
  mode: m.mode,
  sizeLimitKb: m.sizeLimitKb ?? null,
  description: text(m.description),
});

/** Over the limits of one business: refused before anything is checked or stored. */
export const tooLarge = (input: { fields: readonly unknown[]; materials: readonly unknown[]; flow?: unknown }) =>
  input.fields.length > MAX_FIELDS || input.materials.length > MAX_MATERIALS || (input.flow != null && Buffer.byteLength(canonicalJson(input.flow)) > MAX_FLOW_BYTES);

/** What the console sent, as a draft keeps it: text trimmed, absent members null, lists in display order, the flow as sent. */
export const normalizeDraft = (input: { fields: readonly FormFieldInputValues[]; materials: readonly MaterialInputValues[]; flow?: unknown }): DraftContent => ({
  fields: inOrder(input.fields.map(field)),
  materials: inOrder(input.materials.map(material)),
  flow: input.flow ?? null,
});

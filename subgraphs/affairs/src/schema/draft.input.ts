import { Field, ID, InputType, Int } from '@jingtong/kit/type-graphql';
import { FieldValidationEnum, FormControlEnum, MaterialModeEnum } from './enums.js';
import { FlowJSON } from './flow-json.scalar.js';

@InputType()
export class FormChoiceInput {
  @Field(() => String)
  value!: string;

  @Field(() => String)
  label!: string;
}

@InputType({ description: 'One form attribute; what does not fit is listed in the draft’s problems, not refused' })
export class FormFieldInput {
  @Field(() => Int)
  order!: number;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  length!: number;

  @Field(() => Boolean)
  required!: boolean;

  @Field(() => FormControlEnum)
  control!: FormControlEnum;

  @Field(() => [FormChoiceInput], { nullable: true })
  choices?: FormChoiceInput[] | null;

  @Field(() => String, { nullable: true })
  dictionary?: string | null;

  @Field(() => FieldValidationEnum, { nullable: true, description: 'Default NONE' })
  validation?: FieldValidationEnum | null;

  @Field(() => String, { nullable: true })
  hint?: string | null;

  @Field(() => String, { nullable: true })
  emptyHint?: string | null;

  @Field(() => String, { nullable: true })
  defaultValue?: string | null;
}

@InputType()
export class MaterialInput {
  @Field(() => Int)
  order!: number;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean)
  required!: boolean;

  @Field(() => MaterialModeEnum)
  mode!: MaterialModeEnum;

  @Field(() => Int, { nullable: true, description: 'KB, 1–20480; required unless the material is only confirmed' })
  sizeLimitKb?: number | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType({ description: 'The whole draft: attributes, materials and flow replace what was saved' })
export class SaveBusinessDraftInput {
  @Field(() => ID)
  businessId!: string;

  @Field(() => [FormFieldInput])
  fields!: FormFieldInput[];

  @Field(() => [MaterialInput])
  materials!: MaterialInput[];

  @Field(() => FlowJSON, { nullable: true, description: 'The flow core’s definition; null while none is drawn' })
  flow?: unknown;
}

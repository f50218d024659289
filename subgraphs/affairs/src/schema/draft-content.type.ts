import { Field, Int, ObjectType } from '@jingtong/kit/type-graphql';
import type { FormFieldContent, MaterialContent } from '../drafts/draft-content.js';
import { FieldValidationEnum, FormControlEnum, MaterialModeEnum } from './enums.js';

@ObjectType('FormChoice')
export class FormChoice {
  @Field(() => String, { description: 'What is stored and what decisions compare' })
  value!: string;

  @Field(() => String, { description: 'What the citizen reads' })
  label!: string;
}

@ObjectType('FormField', { description: '属性配置 (2.7.5.6): one attribute of the business’s form' })
export class FormField {
  @Field(() => Int, { description: '显示顺序' })
  order!: number;

  @Field(() => String, { description: 'The business table’s column; decisions of the flow name it' })
  code!: string;

  @Field(() => String, { description: '属性中文描述' })
  label!: string;

  @Field(() => Int, { description: '属性存储长度, characters' })
  length!: number;

  @Field(() => Boolean, { description: 'Not 可否为空' })
  required!: boolean;

  @Field(() => FormControlEnum)
  control!: FormControlEnum;

  @Field(() => [FormChoice], { description: '特殊控件选择值 (empty when none or from a dictionary)' })
  choices!: FormChoice[];

  @Field(() => String, { nullable: true, description: 'The dictionary a choice’s values come from' })
  dictionary?: string | null;

  @Field(() => FieldValidationEnum)
  validation!: FieldValidationEnum;

  @Field(() => String, { nullable: true, description: '输入时提示内容' })
  hint?: string | null;

  @Field(() => String, { nullable: true, description: '空值时提示内容' })
  emptyHint?: string | null;

  @Field(() => String, { nullable: true, description: '控件默认值' })
  defaultValue?: string | null;

  static from(field: FormFieldContent): FormField {
    return Object.assign(new FormField(), { ...field, choices: field.choices.map((c) => Object.assign(new FormChoice(), c)) });
  }
}

@ObjectType('Material', { description: '材料配置 (2.7.5.8.2): one material of the business' })
export class Material {
  @Field(() => Int)
  order!: number;

  @Field(() => String, { description: '材料编号' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean)
  required!: boolean;

  @Field(() => MaterialModeEnum)
  mode!: MaterialModeEnum;

  @Field(() => Int, { nullable: true, description: 'Upper bound of an upload in KB; null for a material only confirmed' })
  sizeLimitKb?: number | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  static from(material: MaterialContent): Material {
    return Object.assign(new Material(), material);
  }
}

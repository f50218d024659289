import { UserError } from '@jingtong/kit';
import { Field, GraphQLISODateTime, Int, ObjectType } from '@jingtong/kit/type-graphql';

@ObjectType('VehicleBinding', { description: 'A vehicle the citizen bound (the owner checked against the traffic platform)' })
export class VehicleBindingType {
  @Field(() => String, { description: "Plate as the traffic platform writes it, e.g. 豫K·A1234 (the citizen's own vehicle)" })
  plate!: string;

  @Field(() => GraphQLISODateTime)
  boundAt!: Date;
}

@ObjectType('LicenceBinding', { description: 'The driving licence the citizen bound' })
export class LicenceBindingType {
  @Field(() => String, { description: 'Licence number (= ID number), masked' })
  licenceNumber!: string;

  @Field(() => String, { description: 'File number (档案编号), masked' })
  fileNumber!: string;

  @Field(() => GraphQLISODateTime)
  boundAt!: Date;
}

@ObjectType('Bindings', { description: "What the signed-in citizen has bound (tender 2.3.5.4)" })
export class BindingsType {
  @Field(() => LicenceBindingType, { nullable: true })
  drivingLicence?: LicenceBindingType | null;

  @Field(() => [VehicleBindingType])
  vehicles!: VehicleBindingType[];
}

@ObjectType({ description: 'The bindings after the change, or why nothing changed' })
export class BindingPayload {
  @Field(() => BindingsType, { nullable: true })
  bindings?: BindingsType;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}

@ObjectType('DrivingLicence', { description: 'The bound driving licence as the traffic platform has it now' })
export class DrivingLicenceType {
  @Field(() => String, { description: 'Masked' })
  licenceNumber!: string;

  @Field(() => String, { description: 'Masked' })
  fileNumber!: string;

  @Field(() => String, { description: 'Permitted vehicle class (准驾车型), e.g. C1' })
  vehicleClass!: string;

  @Field(() => String, { description: 'First issued, YYYY-MM-DD' })
  issueDate!: string;

  @Field(() => String, { description: 'Valid until, YYYY-MM-DD (2099-12-31 = 长期)' })
  validUntil!: string;

  @Field(() => Int, { description: 'Points in the current scoring cycle' })
  points!: number;

  @Field(() => String, { description: 'A normal, B points reached 12' })
  status!: string;

  @Field(() => GraphQLISODateTime)
  boundAt!: Date;
}

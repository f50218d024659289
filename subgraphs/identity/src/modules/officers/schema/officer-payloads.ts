import { UserError } from '@jingtong/kit';
import { Field, GraphQLISODateTime, ObjectType } from '@jingtong/kit/type-graphql';
import { Officer } from './officer.type.js';
import { Unit } from './unit.type.js';

@ObjectType({ description: 'Sign-in outcome: a token, or an error (INVALID_CREDENTIALS, ACCOUNT_LOCKED, TOTP_ENROLMENT_REQUIRED + enrolmentTicket, PASSWORD_EXPIRED)' })
export class OfficerSignInPayload {
  @Field(() => String, { nullable: true })
  token?: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  expiresAt?: Date;

  @Field(() => Boolean, { description: 'True with PASSWORD_EXPIRED: call changeExpiredPassword' })
  mustChangePassword!: boolean;

  @Field(() => String, { nullable: true, description: 'With TOTP_ENROLMENT_REQUIRED: for enrolTotp / confirmTotp (10 minutes)' })
  enrolmentTicket?: string;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}

@ObjectType({ description: 'A new authenticator secret: scan qrCodeDataUrl (or type secret), then confirmTotp with a code' })
export class TotpEnrolmentPayload {
  @Field(() => String, { nullable: true })
  otpauthUri?: string;

  @Field(() => String, { nullable: true, description: 'PNG data URL of the otpauth URI' })
  qrCodeDataUrl?: string;

  @Field(() => String, { nullable: true, description: 'Base32, for typing in by hand' })
  secret?: string;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}

@ObjectType()
export class OfficerPayload {
  @Field(() => Officer, { nullable: true })
  officer?: Officer;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}

@ObjectType({ description: 'A new account and its one-time password (shown once; changed at the first sign-in)' })
export class CreateOfficerPayload {
  @Field(() => Officer, { nullable: true })
  officer?: Officer;

  @Field(() => String, { nullable: true })
  initialPassword?: string;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}

@ObjectType({ description: 'A one-time password (shown once; changed at the next sign-in)' })
export class ResetOfficerPasswordPayload {
  @Field(() => Officer, { nullable: true })
  officer?: Officer;

  @Field(() => String, { nullable: true })
  temporaryPassword?: string;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}

@ObjectType()
export class UnitPayload {
  @Field(() => Unit, { nullable: true })
  unit?: Unit;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}

@ObjectType()
export class OfficerOperationPayload {
  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}

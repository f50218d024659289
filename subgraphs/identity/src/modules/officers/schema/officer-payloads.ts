import { UserError } from '@jingtong/kit';
import { Field, GraphQLISODateTime, ID, ObjectType } from '@jingtong/kit/type-graphql';
import { OfficerRole } from './officer-role.enum.js';
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

@ObjectType({ description: "A new account; its one-time password is texted to the officer's own mobile (never shown to the administrator)" })
export class CreateOfficerPayload {
  @Field(() => Officer, { nullable: true })
  officer?: Officer;

  @Field(() => String, { nullable: true, description: 'The masked mobile the one-time password is being texted to (138****0000)' })
  oneTimePasswordSentTo?: string;

  @Field(() => UserError, { nullable: true })
  error?: UserError;
}

@ObjectType({ description: 'An administrator account reset waiting for a second approver holding requiredRole' })
export class OfficerResetRequest {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  officerId!: string;

  @Field(() => String, { description: 'The account to be reset' })
  username!: string;

  @Field(() => String, { description: 'Who asked for the reset (the security administrator’s username)' })
  requestedBy!: string;

  @Field(() => OfficerRole, { description: 'Who may approve: another officer holding this role (not the requester, not the officer reset)' })
  requiredRole!: OfficerRole;

  @Field(() => Boolean)
  resetTotp!: boolean;

  @Field(() => GraphQLISODateTime)
  requestedAt!: Date;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;
}

@ObjectType({ description: "A reset: done (the one-time password texted to the officer's own mobile), or, for an administrator, pending a second approver" })
export class ResetOfficerPasswordPayload {
  @Field(() => Officer, { nullable: true })
  officer?: Officer;

  @Field(() => String, { nullable: true, description: 'Done: the masked mobile the one-time password is being texted to' })
  oneTimePasswordSentTo?: string;

  @Field(() => OfficerResetRequest, { nullable: true, description: "An administrator's reset: waiting for approveOfficerReset by another officer of requiredRole" })
  pendingReset?: OfficerResetRequest;

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

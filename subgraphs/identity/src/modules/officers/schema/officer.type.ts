import { Field, GraphQLISODateTime, ID, ObjectType } from '@jingtong/kit/type-graphql';
import { maskName, maskPhone } from '@jingtong/kit';
import type { Officer as OfficerModel } from '../officer-repository.js';
import { passwordExpiresAt } from '../password-policy.js';
import { OfficerRole } from './officer-role.enum.js';

@ObjectType('Officer', { description: 'A police officer account of the console' })
export class Officer {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  username!: string;

  @Field(() => String, { description: 'Name; masked (张*) except in `currentOfficer`' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Mobile phone, masked (138****0000)' })
  phone!: string | null;

  @Field(() => String)
  unitCode!: string;

  @Field(() => [OfficerRole])
  roles!: OfficerRole[];

  @Field(() => Boolean)
  disabled!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set while locked after 5 failed sign-ins' })
  lockedUntil!: Date | null;

  @Field(() => Boolean, { description: 'An authenticator (TOTP) is set up' })
  totpEnrolled!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null: a temporary password, to be changed at the next sign-in' })
  passwordExpiresAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastSignInAt!: Date | null;

  static from(model: OfficerModel, options: { self?: boolean } = {}): Officer {
    return Object.assign(new Officer(), {
      id: model.id,
      username: model.username,
      name: options.self ? model.name : maskName(model.name),
      phone: model.phone ? maskPhone(model.phone) : null,
      unitCode: model.unitCode,
      roles: model.roles as OfficerRole[],
      disabled: model.disabled,
      lockedUntil: model.lockedUntil,
      totpEnrolled: model.totpEnrolled,
      passwordExpiresAt: passwordExpiresAt(model.passwordChangedAt),
      createdAt: model.createdAt,
      lastSignInAt: model.lastSignInAt,
    });
  }
}

import { Field, InputType } from '@jingtong/kit/type-graphql';

@InputType({ description: 'Level 1: name + ID number + the phone proven by an SMS code (purpose REAL_NAME), checked against the population register' })
export class BasicRealNameInput {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  idNumber!: string;

  @Field(() => String)
  phone!: string;

  @Field(() => String, { description: 'The 6-digit code texted by requestSmsCode(purpose: REAL_NAME)' })
  smsCode!: string;
}

@InputType({ description: 'Level 2 by face: a photo taken now and the client liveness check result' })
export class FaceRealNameInput {
  @Field(() => String, { description: 'Base64 of the image bytes (at most 512 KiB)' })
  photo!: string;

  @Field(() => String, { description: 'Base64 of the liveness data from the client SDK' })
  livenessData!: string;
}

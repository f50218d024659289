import { Field, InputType, registerEnumType } from '../type-graphql.js';

/**
 * Why an officer asks for a personal field whole: a closed list, so the audit trail never holds whatever was
 * typed (an ID number, a bidi override, `${jndi:…}` once did). The values are what the audit row stores.
 */
export enum RevealPurpose {
  CASE_HANDLING = 'CASE_HANDLING',
  IDENTITY_VERIFICATION = 'IDENTITY_VERIFICATION',
  CITIZEN_REQUEST = 'CITIZEN_REQUEST',
  ALERT_HANDLING = 'ALERT_HANDLING',
  INVESTIGATION = 'INVESTIGATION',
}

export const REVEAL_PURPOSES: readonly string[] = Object.values(RevealPurpose);

registerEnumType(RevealPurpose, {
  name: 'RevealPurpose',
  description: 'Why a personal field is shown unmasked (stored in the audit trail as this code)',
  valuesConfig: {
    CASE_HANDLING: { description: '办理业务（受理、审核一项申请）' },
    IDENTITY_VERIFICATION: { description: '核验身份' },
    CITIZEN_REQUEST: { description: '群众本人申请或求助' },
    ALERT_HANDLING: { description: '处置预警' },
    INVESTIGATION: { description: '案件调查' },
  },
});

/** The argument of every maskable field, the same input type in every subgraph. */
export class RevealInput {
  purpose!: RevealPurpose;
  caseNumber?: string | null;
  note?: string | null;
}

// Decorators applied as calls (see payload/user-error.type.ts: kit files may be compiled with standard decorators).
Field(() => RevealPurpose, { description: 'Why, from the closed list; written to the audit log' })(RevealInput.prototype, 'purpose');
Field(() => String, { nullable: true, description: 'The application or case number being handled, e.g. XC20261128-0001 (1-6 capital letters, 4-14 digits, optional -suffix)' })(
  RevealInput.prototype,
  'caseNumber',
);
Field(() => String, { nullable: true, description: 'Optional remark, at most 60 characters without control characters; stored encrypted' })(RevealInput.prototype, 'note');
InputType('RevealInput', { description: 'Ask for a personal field unmasked (officers whose role allows it); every disclosure is audited' })(RevealInput);

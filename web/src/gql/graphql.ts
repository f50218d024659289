/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
};

export type AlertStatus =
  | 'ACKNOWLEDGED'
  | 'OPEN';

/** The whole chain (archive, then live) recomputed just now */
export type AuditChainStatus = {
  __typename?: 'AuditChainStatus';
  checkedAt: Scalars['DateTimeISO']['output'];
  checkedRows: Scalars['Int']['output'];
  /** The first row that no longer verifies */
  firstBrokenId?: Maybe<Scalars['ID']['output']>;
  /** Holes in the id sequence (informational: sequences skip values after rollbacks) */
  gaps: Scalars['Int']['output'];
  ok: Scalars['Boolean']['output'];
  /** HASH_MISMATCH (changed), LINK_BROKEN (removed/inserted), ORDER_BROKEN, CHECKPOINT_MISMATCH (tail cut off or rewritten) */
  reason?: Maybe<Scalars['String']['output']>;
};

/** One row of the hash-chained audit trail */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** SIGN_IN, SIGN_IN_FAILED, ACCOUNT_LOCKED, CONFIG_CHANGED, DISCLOSURE, API_KEY_ISSUED, AUDIT_TAMPER_DETECTED … */
  action: Scalars['String']['output'];
  actorId?: Maybe<Scalars['String']['output']>;
  actorKind: Scalars['String']['output'];
  /** Moved to the archive (older than the retention period) */
  archived: Scalars['Boolean']['output'];
  at: Scalars['DateTimeISO']['output'];
  /** Non-personal details, JSON; on a disclosure, the remark (sealed in the row) opened for the audit administrator */
  details?: Maybe<Scalars['String']['output']>;
  /** Disclosures: the field shown unmasked */
  field?: Maybe<Scalars['String']['output']>;
  /** This row in the chain: HMAC-SHA256 under the chain key (kept outside the database) of the previous hash and the row */
  hash: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Disclosures: the stated purpose */
  purpose?: Maybe<Scalars['String']['output']>;
  requestId: Scalars['String']['output'];
  targetId?: Maybe<Scalars['String']['output']>;
  targetKind?: Maybe<Scalars['String']['output']>;
};

export type AuditEntryFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['String']['input']>;
  /** At or after */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  targetId?: InputMaybe<Scalars['String']['input']>;
  /** Before */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** A page of audit entries, newest first; pass endCursor as `after` for the next */
export type AuditEntryPage = {
  __typename?: 'AuditEntryPage';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<AuditEntry>;
};

/** One subgraph’s audit trail */
export type AuditTrail = {
  __typename?: 'AuditTrail';
  /** The whole chain verified now; a break is itself audited (AUDIT_TAMPER_DETECTED) */
  chain: AuditChainStatus;
  /** Live and archived rows, newest first */
  entries: AuditEntryPage;
  /** The subgraph whose rows these are */
  subgraph: Scalars['String']['output'];
};


/** One subgraph’s audit trail */
export type AuditTrailEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEntryFilter>;
  first?: Scalars['Int']['input'];
};

/** AUDIT_ADMIN: one field per subgraph, each that subgraph’s own hash-chained trail */
export type AuditTrails = {
  __typename?: 'AuditTrails';
  id: Scalars['ID']['output'];
  /** The identity subgraph’s trail */
  identity: AuditTrail;
  /** The traffic subgraph’s trail */
  traffic: AuditTrail;
};

/** Level 1: name + ID number + the phone proven by an SMS code (purpose REAL_NAME), checked against the population register */
export type BasicRealNameInput = {
  idNumber: Scalars['String']['input'];
  name: Scalars['String']['input'];
  phone: Scalars['String']['input'];
  /** The 6-digit code texted by requestSmsCode(purpose: REAL_NAME) */
  smsCode: Scalars['String']['input'];
};

/** The bindings after the change, or why nothing changed */
export type BindingPayload = {
  __typename?: 'BindingPayload';
  bindings?: Maybe<Bindings>;
  error?: Maybe<UserError>;
};

/** What the signed-in citizen has bound (tender 2.3.5.4) */
export type Bindings = {
  __typename?: 'Bindings';
  drivingLicence?: Maybe<LicenceBinding>;
  vehicles: Array<VehicleBinding>;
};

/** A sign-in channel bound to the citizen (account ids are never shown) */
export type ChannelAccount = {
  __typename?: 'ChannelAccount';
  channel: SignInChannel;
  lastSignInAt?: Maybe<Scalars['DateTimeISO']['output']>;
  linkedAt: Scalars['DateTimeISO']['output'];
};

/** One person, whatever channel they sign in by */
export type Citizen = {
  __typename?: 'Citizen';
  /** Real-name level 0-3 (tender 2.3.4.2); 0 = not verified yet */
  assuranceLevel: Scalars['Int']['output'];
  /** Alipay, WeChat and phone accounts that sign in as this citizen (一点登录全网漫游) */
  channels: Array<ChannelAccount>;
  /** The bound driving licence with its current status from the traffic platform; null when none is bound */
  drivingLicence?: Maybe<DrivingLicence>;
  id: Scalars['ID']['output'];
  /** ID number, masked (e.g. 4110**********1234); null before real-name verification */
  idNumber?: Maybe<Scalars['String']['output']>;
  /** Name, masked (e.g. 张*); null before real-name verification */
  name?: Maybe<Scalars['String']['output']>;
  /** Mobile phone, masked (e.g. 138****5678) */
  phone?: Maybe<Scalars['String']['output']>;
  /** Null at level 0 */
  realName?: Maybe<RealNameStatus>;
  /** The citizen's bound vehicles, as the traffic platform has them now */
  vehicles?: Maybe<Array<Vehicle>>;
};


/** One person, whatever channel they sign in by */
export type CitizenIdNumberArgs = {
  reveal?: InputMaybe<RevealInput>;
};


/** One person, whatever channel they sign in by */
export type CitizenNameArgs = {
  reveal?: InputMaybe<RevealInput>;
};


/** One person, whatever channel they sign in by */
export type CitizenPhoneArgs = {
  reveal?: InputMaybe<RevealInput>;
};

export type CreateOfficerInput = {
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Business roles only; administrator roles are granted by a SECURITY_ADMIN */
  roles?: Array<OfficerRole>;
  unitCode: Scalars['String']['input'];
  /** 3-32 characters: a letter, then letters, digits, . _ - */
  username: Scalars['String']['input'];
};

/** A new account; its one-time password is texted to the officer's own mobile (never shown to the administrator) */
export type CreateOfficerPayload = {
  __typename?: 'CreateOfficerPayload';
  error?: Maybe<UserError>;
  officer?: Maybe<Officer>;
  /** The masked mobile the one-time password is being texted to (138****0000) */
  oneTimePasswordSentTo?: Maybe<Scalars['String']['output']>;
};

export type CreateUnitInput = {
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
  parentCode: Scalars['String']['input'];
};

export type DevSignInPayload = {
  __typename?: 'DevSignInPayload';
  error?: Maybe<UserError>;
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  token?: Maybe<Scalars['String']['output']>;
};

/** The bound driving licence as the traffic platform has it now */
export type DrivingLicence = {
  __typename?: 'DrivingLicence';
  boundAt: Scalars['DateTimeISO']['output'];
  /** Masked */
  fileNumber: Scalars['String']['output'];
  /** First issued, YYYY-MM-DD */
  issueDate: Scalars['String']['output'];
  /** Masked */
  licenceNumber: Scalars['String']['output'];
  /** Points in the current scoring cycle */
  points: Scalars['Int']['output'];
  /** A normal, B points reached 12 */
  status: Scalars['String']['output'];
  /** Valid until, YYYY-MM-DD (2099-12-31 = 长期) */
  validUntil: Scalars['String']['output'];
  /** Permitted vehicle class (准驾车型), e.g. C1 */
  vehicleClass: Scalars['String']['output'];
};

/** Level 2 by face: a photo taken now and the client liveness check result */
export type FaceRealNameInput = {
  /** Base64 of the liveness data from the client SDK */
  livenessData: Scalars['String']['input'];
  /** Base64 of the image bytes (at most 512 KiB) */
  photo: Scalars['String']['input'];
};

/** A fugitive comparison hit (在逃人员比对) for the duty officers of a unit; never shown to the citizen */
export type FugitiveAlert = {
  __typename?: 'FugitiveAlert';
  acknowledgedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Case number of the listing (在逃人员编号/案件编号) */
  caseNumber: Scalars['String']['output'];
  /** Case category, e.g. 盗窃 */
  category: Scalars['String']['output'];
  /** The citizen record the hit came from */
  citizen?: Maybe<Citizen>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** The listed ID number, masked unless revealed (WINDOW_OFFICER, REVIEWER; audited) */
  idNumber: Scalars['String']['output'];
  /** Listed on, YYYY-MM-DD */
  listedOn?: Maybe<Scalars['String']['output']>;
  status: AlertStatus;
  /** The unit whose duty officers handle it (12-digit code) */
  unitCode: Scalars['String']['output'];
  /** Unit that issued the listing */
  wantedBy: Scalars['String']['output'];
};


/** A fugitive comparison hit (在逃人员比对) for the duty officers of a unit; never shown to the citizen */
export type FugitiveAlertIdNumberArgs = {
  reveal?: InputMaybe<RevealInput>;
};

export type FugitiveAlertPayload = {
  __typename?: 'FugitiveAlertPayload';
  alert?: Maybe<FugitiveAlert>;
  error?: Maybe<UserError>;
};

/** The answer to a HumanCheckChallenge */
export type HumanCheckAnswer = {
  /** Where the slider was released */
  answer: Scalars['Int']['input'];
  id: Scalars['String']['input'];
};

/** A slider check (stand-in for a captcha): drag from 0 to `max` until the value the prompt names; answer within 2 minutes, once */
export type HumanCheckChallenge = {
  __typename?: 'HumanCheckChallenge';
  id: Scalars['String']['output'];
  max: Scalars['Int']['output'];
  /** What to do, in Chinese, e.g. 请拖动滑块至 37 */
  prompt: Scalars['String']['output'];
};

export type IssuePartnerKeyInput = {
  /** Query cost the key may spend per day (the gateway counts it) */
  costBudgetPerDay: Scalars['Int']['input'];
  /** The partner department; keys of the same name belong to one partner */
  partnerName: Scalars['String']['input'];
  ratePerMinute: Scalars['Int']['input'];
  /** From `partnerScopes` */
  scopes: Array<Scalars['String']['input']>;
};

/** A new key: `secret` is shown here once and cannot be recovered */
export type IssuePartnerKeyPayload = {
  __typename?: 'IssuePartnerKeyPayload';
  error?: Maybe<UserError>;
  key?: Maybe<PartnerKey>;
  secret?: Maybe<Scalars['String']['output']>;
};

/** One subgraph’s durable jobs and outbox */
export type JobQueue = {
  __typename?: 'JobQueue';
  counts: JobStateCounts;
  /** Most recently changed first: this morning’s dead letters before last month’s */
  jobs: Array<JobRecord>;
  /** The subgraph whose jobs these are */
  subgraph: Scalars['String']['output'];
};


/** One subgraph’s durable jobs and outbox */
export type JobQueueJobsArgs = {
  first?: Scalars['Int']['input'];
  kind?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<JobState>;
};

/** SYSTEM_ADMIN: one field per subgraph, each that subgraph’s own durable job queue */
export type JobQueues = {
  __typename?: 'JobQueues';
  id: Scalars['ID']['output'];
  /** SYSTEM_ADMIN: the identity subgraph’s jobs */
  identity: JobQueue;
  /** SYSTEM_ADMIN: the traffic subgraph’s jobs */
  traffic: JobQueue;
};

/** A durable job as operations see it (never its payload) */
export type JobRecord = {
  __typename?: 'JobRecord';
  /** Claims so far */
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Set when done or dead */
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** What the job is about (a reference, unique per kind) */
  key: Scalars['String']['output'];
  /** The handler, e.g. fugitive.screen */
  kind: Scalars['String']['output'];
  /** The last failure: its code and masked message */
  lastError?: Maybe<Scalars['String']['output']>;
  maxAttempts: Scalars['Int']['output'];
  /** When a pending job is due */
  runAt: Scalars['DateTimeISO']['output'];
  state: JobState;
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** Where a durable job is in its life */
export type JobState =
  /** Out of attempts or refused permanently: waits for an operator to fix the cause and retry it */
  | 'DEAD'
  /** Ran to completion */
  | 'DONE'
  /** Waiting to run at runAt (new, or a retry after backoff) */
  | 'PENDING'
  /** Claimed by a worker, under its lease */
  | 'RUNNING';

/** Jobs per state, and the backlog alarm */
export type JobStateCounts = {
  __typename?: 'JobStateCounts';
  dead: Scalars['Int']['output'];
  done: Scalars['Int']['output'];
  /** How late the most overdue pending job is, in seconds (0: one is due right now); null when none is due. Growing: workers are not keeping up */
  oldestDueAgeSeconds?: Maybe<Scalars['Int']['output']>;
  pending: Scalars['Int']['output'];
  running: Scalars['Int']['output'];
};

/** The driving licence the citizen bound */
export type LicenceBinding = {
  __typename?: 'LicenceBinding';
  boundAt: Scalars['DateTimeISO']['output'];
  /** File number (档案编号), masked */
  fileNumber: Scalars['String']['output'];
  /** Licence number (= ID number), masked */
  licenceNumber: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Mark an open alert as being handled */
  acknowledgeFugitiveAlert: FugitiveAlertPayload;
  /** Second approver (another officer of the administrator's role): performs the pending reset; the one-time password is texted to the officer */
  approveOfficerReset: ResetOfficerPasswordPayload;
  /** Bind your driving licence: licence number (= your ID number) and file number (档案编号) as the traffic platform has them */
  bindDrivingLicence: BindingPayload;
  /** Bind a vehicle registered to you (豫K·A1234; with or without the dot) */
  bindVehicle: BindingPayload;
  /** After PASSWORD_EXPIRED (temporary or 90-day-old password): both factors and a new password; signs in */
  changeExpiredPassword: OfficerSignInPayload;
  /** The signed-in officer's new password (current password and a TOTP code again); other sessions end */
  changeOwnPassword: OfficerOperationPayload;
  /** Finish enrolment with a code from the authenticator; signs in (or PASSWORD_EXPIRED) */
  confirmTotp: OfficerSignInPayload;
  /** SYSTEM_ADMIN: a new account (at least one business role); the one-time password is texted to the officer's mobile */
  createOfficer: CreateOfficerPayload;
  /** SYSTEM_ADMIN: a unit below an existing one (its code inside the parent's) */
  createUnit: UnitPayload;
  /** Development-only sign-in for seeded citizens at level 1 (refused in production). Demo convenience: binds their vehicles and driving licence unless bindSeeded is false */
  devSignIn: DevSignInPayload;
  /** SYSTEM_ADMIN: the account can no longer sign in; its sessions end */
  disableOfficer: OfficerPayload;
  /** SYSTEM_ADMIN: undo disableOfficer */
  enableOfficer: OfficerPayload;
  /** First sign-in: a new authenticator secret for the enrolment ticket */
  enrolTotp: TotpEnrolmentPayload;
  /** SYSTEM_ADMIN: a new key; the secret is in this answer only */
  issuePartnerKey: IssuePartnerKeyPayload;
  /** Officer sign-in: password AND a TOTP code, always. One answer for every failure; per-source throttling (SIGN_IN_THROTTLED); five failures lock the account for 30 minutes against sources it has not signed in from */
  officerSignIn: OfficerSignInPayload;
  /** End this officer session (the token stops working at once) */
  officerSignOut: Scalars['Boolean']['output'];
  /** Text a 6-digit code (valid 5 minutes, 5 attempts). At most one a minute and ten a day per phone (SMS_RATE_LIMITED); per client address a few an hour, then each after a human check (HUMAN_CHECK_REQUIRED), up to a cap, and a global cap a minute (SMS_BUDGET_EXCEEDED). REAL_NAME needs a signed-in citizen; partners are refused */
  requestSmsCode: RequestSmsCodePayload;
  /** SECURITY_ADMIN: a one-time password texted to the officer (and, with resetTotp, a new authenticator enrolment); sessions end. An administrator's reset waits for a second approver (pendingReset) */
  resetOfficerPassword: ResetOfficerPasswordPayload;
  /** SYSTEM_ADMIN: run a dead identity job again (fresh attempts, due now). Fix the cause first */
  retryIdentityJob: RetryJobPayload;
  /** SYSTEM_ADMIN: run a dead traffic job again (fresh attempts, due now). Fix the cause first */
  retryTrafficJob: RetryJobPayload;
  /** SYSTEM_ADMIN: the key stops working at once */
  revokePartnerKey: PartnerKeyPayload;
  /** SYSTEM_ADMIN: a new secret with the same partner, scopes and limits; the old key ends now or after graceMinutes (at most 7 days) */
  rotatePartnerKey: IssuePartnerKeyPayload;
  /** SYSTEM_ADMIN: the duty phone alerts for this unit go to (null clears it) */
  setUnitDutyPhone: UnitPayload;
  /** Sign in with an Alipay auth code (用户信息授权). Alipay-certified real-name info that the population register confirms gives level 1 (ALIPAY_CERTIFIED) */
  signInWithAlipay: SignInPayload;
  /** Sign in with a phone number and the SMS code sent to it (purpose SIGN_IN). Level 0 until verified */
  signInWithPhone: SignInPayload;
  /** Sign in with a WeChat OAuth code (网页授权). WeChat knows no real name: level 0 until verified */
  signInWithWechat: SignInPayload;
  unbindDrivingLicence: BindingPayload;
  unbindVehicle: BindingPayload;
  /** SECURITY_ADMIN: lift a lockout before its 30 minutes are over */
  unlockOfficer: OfficerPayload;
  /** SECURITY_ADMIN: replace the roles (ROLE_CONFLICT when they break the separation of duties) */
  updateOfficerRoles: OfficerPayload;
  /** Level 3 (NETWORK_IDENTITY): level 2 plus the network identity copy (网证) code and password */
  verifyNetworkIdentity: RealNamePayload;
  /** Level 1 (SMS_POPULATION). If the ID number already belongs to a citizen who signed in by another channel, this account is merged into that citizen and the token is theirs */
  verifyRealNameBasic: RealNamePayload;
  /** Level 2 (FACE): face comparison against the population photo, with a liveness result */
  verifyRealNameByFace: RealNamePayload;
  /** Level 2 (NETWORK_PASSWORD): the network identity copy password (网证口令) */
  verifyRealNameByNetworkPassword: RealNamePayload;
};


export type MutationAcknowledgeFugitiveAlertArgs = {
  id: Scalars['ID']['input'];
};


export type MutationApproveOfficerResetArgs = {
  resetRequestId: Scalars['ID']['input'];
};


export type MutationBindDrivingLicenceArgs = {
  fileNumber: Scalars['String']['input'];
  licenceNumber: Scalars['String']['input'];
};


export type MutationBindVehicleArgs = {
  plate: Scalars['String']['input'];
};


export type MutationChangeExpiredPasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
  totp: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationChangeOwnPasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
  totp: Scalars['String']['input'];
};


export type MutationConfirmTotpArgs = {
  code: Scalars['String']['input'];
  ticket: Scalars['String']['input'];
};


export type MutationCreateOfficerArgs = {
  input: CreateOfficerInput;
};


export type MutationCreateUnitArgs = {
  input: CreateUnitInput;
};


export type MutationDevSignInArgs = {
  bindSeeded?: Scalars['Boolean']['input'];
  idNumber: Scalars['String']['input'];
};


export type MutationDisableOfficerArgs = {
  officerId: Scalars['ID']['input'];
};


export type MutationEnableOfficerArgs = {
  officerId: Scalars['ID']['input'];
};


export type MutationEnrolTotpArgs = {
  ticket: Scalars['String']['input'];
};


export type MutationIssuePartnerKeyArgs = {
  input: IssuePartnerKeyInput;
};


export type MutationOfficerSignInArgs = {
  password: Scalars['String']['input'];
  totp: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationRequestSmsCodeArgs = {
  humanCheck?: InputMaybe<HumanCheckAnswer>;
  phone: Scalars['String']['input'];
  purpose?: SmsCodePurpose;
};


export type MutationResetOfficerPasswordArgs = {
  officerId: Scalars['ID']['input'];
  resetTotp?: Scalars['Boolean']['input'];
};


export type MutationRetryIdentityJobArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRetryTrafficJobArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokePartnerKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotatePartnerKeyArgs = {
  graceMinutes?: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetUnitDutyPhoneArgs = {
  code: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};


export type MutationSignInWithAlipayArgs = {
  authCode: Scalars['String']['input'];
};


export type MutationSignInWithPhoneArgs = {
  code: Scalars['String']['input'];
  phone: Scalars['String']['input'];
};


export type MutationSignInWithWechatArgs = {
  code: Scalars['String']['input'];
};


export type MutationUnbindVehicleArgs = {
  plate: Scalars['String']['input'];
};


export type MutationUnlockOfficerArgs = {
  officerId: Scalars['ID']['input'];
};


export type MutationUpdateOfficerRolesArgs = {
  officerId: Scalars['ID']['input'];
  roles: Array<OfficerRole>;
};


export type MutationVerifyNetworkIdentityArgs = {
  networkIdCode: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationVerifyRealNameBasicArgs = {
  input: BasicRealNameInput;
};


export type MutationVerifyRealNameByFaceArgs = {
  input: FaceRealNameInput;
};


export type MutationVerifyRealNameByNetworkPasswordArgs = {
  password: Scalars['String']['input'];
};

/** A police officer account of the console */
export type Officer = {
  __typename?: 'Officer';
  createdAt: Scalars['DateTimeISO']['output'];
  disabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  lastSignInAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Set while locked after 5 failed sign-ins */
  lockedUntil?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Name; masked (张*) except in `currentOfficer` */
  name: Scalars['String']['output'];
  /** Null: a temporary password, to be changed at the next sign-in */
  passwordExpiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Mobile phone, masked (138****0000) */
  phone?: Maybe<Scalars['String']['output']>;
  roles: Array<OfficerRole>;
  /** An authenticator (TOTP) is set up */
  totpEnrolled: Scalars['Boolean']['output'];
  unitCode: Scalars['String']['output'];
  username: Scalars['String']['output'];
};

export type OfficerOperationPayload = {
  __typename?: 'OfficerOperationPayload';
  error?: Maybe<UserError>;
  ok: Scalars['Boolean']['output'];
};

export type OfficerPayload = {
  __typename?: 'OfficerPayload';
  error?: Maybe<UserError>;
  officer?: Maybe<Officer>;
};

/** An administrator account reset waiting for a second approver holding requiredRole */
export type OfficerResetRequest = {
  __typename?: 'OfficerResetRequest';
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  officerId: Scalars['ID']['output'];
  requestedAt: Scalars['DateTimeISO']['output'];
  /** Who asked for the reset (the security administrator’s username) */
  requestedBy: Scalars['String']['output'];
  /** Who may approve: another officer holding this role (not the requester, not the officer reset) */
  requiredRole: OfficerRole;
  resetTotp: Scalars['Boolean']['output'];
  /** The account to be reset */
  username: Scalars['String']['output'];
};

/** What an officer may do. SYSTEM_ADMIN, SECURITY_ADMIN and AUDIT_ADMIN are held by three different people, each alone */
export type OfficerRole =
  /** 审计管理员: reads the audit trail, nothing else */
  | 'AUDIT_ADMIN'
  /** 领导: approves; sees business data of the whole bureau */
  | 'LEADER'
  /** 审核民警: reviews applications */
  | 'REVIEWER'
  /** 安全管理员: roles, password resets, unlocking */
  | 'SECURITY_ADMIN'
  /** 系统管理员: units, officer accounts, partner API keys */
  | 'SYSTEM_ADMIN'
  /** 窗口民警: receives and handles applications */
  | 'WINDOW_OFFICER';

/** Sign-in outcome: a token, or an error (INVALID_CREDENTIALS, ACCOUNT_LOCKED, TOTP_ENROLMENT_REQUIRED + enrolmentTicket, PASSWORD_EXPIRED) */
export type OfficerSignInPayload = {
  __typename?: 'OfficerSignInPayload';
  /** With TOTP_ENROLMENT_REQUIRED: for enrolTotp / confirmTotp (10 minutes) */
  enrolmentTicket?: Maybe<Scalars['String']['output']>;
  error?: Maybe<UserError>;
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** True with PASSWORD_EXPIRED: call changeExpiredPassword */
  mustChangePassword: Scalars['Boolean']['output'];
  token?: Maybe<Scalars['String']['output']>;
};

/** A partner department's API key. The secret is never shown again after it is issued */
export type PartnerKey = {
  __typename?: 'PartnerKey';
  /** Neither revoked nor past a rotation grace period */
  active: Scalars['Boolean']['output'];
  costBudgetPerDay: Scalars['Int']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** When a rotated key stops working */
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  partnerId: Scalars['ID']['output'];
  partnerName: Scalars['String']['output'];
  /** Public part of the key (jt_live_<prefix>_…), to tell keys apart */
  prefix: Scalars['String']['output'];
  ratePerMinute: Scalars['Int']['output'];
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The key this one replaced */
  rotatedFromId?: Maybe<Scalars['ID']['output']>;
  scopes: Array<Scalars['String']['output']>;
};

export type PartnerKeyPayload = {
  __typename?: 'PartnerKeyPayload';
  error?: Maybe<UserError>;
  key?: Maybe<PartnerKey>;
};

/** Something a partner key can be allowed to read */
export type PartnerScope = {
  __typename?: 'PartnerScope';
  description: Scalars['String']['output'];
  scope: Scalars['String']['output'];
};

/** Whether a name and ID number belong together in the population system; nothing else is disclosed */
export type PersonVerification = {
  __typename?: 'PersonVerification';
  match: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** AUDIT_ADMIN: verify identity’s whole chain now; a break is itself audited (AUDIT_TAMPER_DETECTED) */
  auditChainStatus: AuditChainStatus;
  /** AUDIT_ADMIN: search identity’s live and archived audit rows, newest first (`auditTrails` has every subgraph’s) */
  auditEntries: AuditEntryPage;
  /** AUDIT_ADMIN: every subgraph’s audit trail, one field per subgraph (identity, traffic, …) */
  auditTrails: AuditTrails;
  /** Officers (WINDOW_OFFICER, REVIEWER, LEADER): the citizen with this ID number, or null; only household registrations of the officer's city (else CITIZEN_OUT_OF_SCOPE); every look-up audited */
  citizenByIdNumber?: Maybe<Citizen>;
  /** The signed-in officer (name unmasked), or null for anyone else */
  currentOfficer?: Maybe<Officer>;
  /** Officers (WINDOW_OFFICER, REVIEWER: own unit and below; LEADER: the bureau): fugitive alerts, newest first */
  fugitiveAlerts: Array<FugitiveAlert>;
  /** SYSTEM_ADMIN: every subgraph’s durable job queue (counts, dead letters), one field per subgraph */
  jobQueues: JobQueues;
  /** The signed-in citizen, or null when anonymous */
  me?: Maybe<Citizen>;
  /** The signed-in citizen's bound driving licence and vehicles */
  myBindings: Bindings;
  /** Administrator resets waiting for this officer’s approval (same administrator role; not their own request or account) */
  officerResetRequests: Array<OfficerResetRequest>;
  /** Officers of a unit (default: the caller's) within the caller's unit scope; FORBIDDEN outside it */
  officers: Array<Officer>;
  /** SYSTEM_ADMIN: keys (never their secrets), newest first */
  partnerKeys: Array<PartnerKey>;
  /** SYSTEM_ADMIN: every scope a key can be given */
  partnerScopes: Array<PartnerScope>;
  /** Units within the caller's scope (their unit and below; all for SYSTEM_ADMIN and SECURITY_ADMIN) */
  units: Array<Unit>;
  /** A vehicle by plate, for partner departments (scope traffic.vehicle:read) and business officers */
  vehicle?: Maybe<Vehicle>;
  /** For partner departments holding identity.person:verify: 姓名与身份证号是否一致 (a daily budget per partner: VERIFY_BUDGET_EXCEEDED) */
  verifyPerson: PersonVerification;
};


export type QueryAuditEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEntryFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryCitizenByIdNumberArgs = {
  idNumber: Scalars['String']['input'];
};


export type QueryFugitiveAlertsArgs = {
  first?: Scalars['Int']['input'];
  status?: InputMaybe<AlertStatus>;
};


export type QueryOfficersArgs = {
  includeSubUnits?: Scalars['Boolean']['input'];
  unitCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPartnerKeysArgs = {
  includeInactive?: Scalars['Boolean']['input'];
};


export type QueryVehicleArgs = {
  plate: Scalars['String']['input'];
};


export type QueryVerifyPersonArgs = {
  idNumber: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/** Level 1: SMS code + population register, or Alipay certified info; level 2: face comparison or network-copy password; level 3: network identity copy (网证) */
export type RealNameMethod =
  | 'ALIPAY_CERTIFIED'
  | 'FACE'
  | 'NETWORK_IDENTITY'
  | 'NETWORK_PASSWORD'
  | 'SMS_POPULATION';

/** A real-name verification; on success a NEW token carrying the new level */
export type RealNamePayload = {
  __typename?: 'RealNamePayload';
  error?: Maybe<UserError>;
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The level now in force */
  level?: Maybe<Scalars['Int']['output']>;
  method?: Maybe<RealNameMethod>;
  token?: Maybe<Scalars['String']['output']>;
  verifiedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** The verification that gives the current real-name level */
export type RealNameStatus = {
  __typename?: 'RealNameStatus';
  level: Scalars['Int']['output'];
  method: RealNameMethod;
  /** Level 1 by SMS: the phone equals the population register's */
  phoneMatched?: Maybe<Scalars['Boolean']['output']>;
  verifiedAt: Scalars['DateTimeISO']['output'];
};

export type RequestSmsCodePayload = {
  __typename?: 'RequestSmsCodePayload';
  error?: Maybe<UserError>;
  /** With HUMAN_CHECK_REQUIRED / HUMAN_CHECK_FAILED: solve it and ask again with `humanCheck` */
  humanCheck?: Maybe<HumanCheckChallenge>;
  /** When refused (SMS_RATE_LIMITED, SMS_BUDGET_EXCEEDED): seconds until a code can be sent again */
  retryAfterSeconds?: Maybe<Scalars['Int']['output']>;
  sent: Scalars['Boolean']['output'];
};

/** A reset: done (the one-time password texted to the officer's own mobile), or, for an administrator, pending a second approver */
export type ResetOfficerPasswordPayload = {
  __typename?: 'ResetOfficerPasswordPayload';
  error?: Maybe<UserError>;
  officer?: Maybe<Officer>;
  /** Done: the masked mobile the one-time password is being texted to */
  oneTimePasswordSentTo?: Maybe<Scalars['String']['output']>;
  /** An administrator's reset: waiting for approveOfficerReset by another officer of requiredRole */
  pendingReset?: Maybe<OfficerResetRequest>;
};

/** The retried job (pending, due now), or why not */
export type RetryJobPayload = {
  __typename?: 'RetryJobPayload';
  error?: Maybe<UserError>;
  job?: Maybe<JobRecord>;
};

/** Ask for a personal field unmasked (officers whose role allows it); every disclosure is audited */
export type RevealInput = {
  /** The application or case number being handled, e.g. XC20261128-0001 (1-6 capital letters, 4-14 digits, optional -suffix) */
  caseNumber?: InputMaybe<Scalars['String']['input']>;
  /** Optional remark, at most 60 characters without control characters; stored encrypted */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Why, from the closed list; written to the audit log */
  purpose: RevealPurpose;
};

/** Why a personal field is shown unmasked (stored in the audit trail as this code) */
export type RevealPurpose =
  /** 处置预警 */
  | 'ALERT_HANDLING'
  /** 办理业务（受理、审核一项申请） */
  | 'CASE_HANDLING'
  /** 群众本人申请或求助 */
  | 'CITIZEN_REQUEST'
  /** 核验身份 */
  | 'IDENTITY_VERIFICATION'
  /** 案件调查 */
  | 'INVESTIGATION';

/** 支付宝 / 微信 / 手机号 */
export type SignInChannel =
  | 'ALIPAY'
  | 'PHONE'
  | 'WECHAT';

/** A citizen session: use `token` as the Bearer token */
export type SignInPayload = {
  __typename?: 'SignInPayload';
  error?: Maybe<UserError>;
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  token?: Maybe<Scalars['String']['output']>;
};

/** What the code is for: phone sign-in, or level 1 real-name */
export type SmsCodePurpose =
  | 'REAL_NAME'
  | 'SIGN_IN';

/** A new authenticator secret: scan qrCodeDataUrl (or type secret), then confirmTotp with a code */
export type TotpEnrolmentPayload = {
  __typename?: 'TotpEnrolmentPayload';
  error?: Maybe<UserError>;
  otpauthUri?: Maybe<Scalars['String']['output']>;
  /** PNG data URL of the otpauth URI */
  qrCodeDataUrl?: Maybe<Scalars['String']['output']>;
  /** Base32, for typing in by hand */
  secret?: Maybe<Scalars['String']['output']>;
};

/** A police unit: 12-digit code = 6-digit administrative region + 6-digit office */
export type Unit = {
  __typename?: 'Unit';
  code: Scalars['String']['output'];
  /** Duty phone for alerts, masked */
  dutyPhone?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  parentCode?: Maybe<Scalars['String']['output']>;
  /** GB/T 2260 administrative region (the first six digits) */
  regionCode: Scalars['String']['output'];
};

export type UnitPayload = {
  __typename?: 'UnitPayload';
  error?: Maybe<UserError>;
  unit?: Maybe<Unit>;
};

/** A failure the caller can act on; `message` is for citizens (Chinese), `field` names the input it is about */
export type UserError = {
  __typename?: 'UserError';
  code: Scalars['String']['output'];
  /** The input field the failure is about (e.g. `idNumber`), when there is one */
  field?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

/** A motor vehicle registered with the traffic platform */
export type Vehicle = {
  __typename?: 'Vehicle';
  brand: Scalars['String']['output'];
  color: Scalars['String']['output'];
  /** Next inspection due, YYYY-MM-DD */
  inspectionDue: Scalars['String']['output'];
  model: Scalars['String']['output'];
  newEnergy: Scalars['Boolean']['output'];
  /** Plate, e.g. 豫K·A1234 (豫K·D12345 for new-energy) */
  plate: Scalars['String']['output'];
  /** Plate type code (02 small car, 52 small new-energy…) */
  plateType: Scalars['String']['output'];
  /** Registration date, YYYY-MM-DD */
  registeredOn: Scalars['String']['output'];
  status: Scalars['String']['output'];
  violations?: Maybe<Array<Violation>>;
};

/** A vehicle the citizen bound (the owner checked against the traffic platform) */
export type VehicleBinding = {
  __typename?: 'VehicleBinding';
  boundAt: Scalars['DateTimeISO']['output'];
  /** Plate as the traffic platform writes it, e.g. 豫K·A1234 (the citizen's own vehicle) */
  plate: Scalars['String']['output'];
};

/** A recorded traffic violation (交通违法记录) */
export type Violation = {
  __typename?: 'Violation';
  /** Issuing agency */
  agency: Scalars['String']['output'];
  behavior: Scalars['String']['output'];
  /** Fine in yuan */
  fineYuan: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTimeISO']['output'];
  place: Scalars['String']['output'];
  plate: Scalars['String']['output'];
  /** Licence points (记分) */
  points: Scalars['Int']['output'];
  status: ViolationStatus;
};

/** 未处理 / 已处理未缴款 / 已缴款 */
export type ViolationStatus =
  | 'PAID'
  | 'PROCESSED'
  | 'UNPROCESSED';

export type MyBindingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyBindingsQuery = { __typename?: 'Query', me?: { __typename?: 'Citizen', id: string, assuranceLevel: number } | null, myBindings: { __typename?: 'Bindings', drivingLicence?: { __typename?: 'LicenceBinding', licenceNumber: string, fileNumber: string, boundAt: string } | null, vehicles: Array<{ __typename?: 'VehicleBinding', plate: string, boundAt: string }> } };

export type MyDrivingLicenceQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDrivingLicenceQuery = { __typename?: 'Query', me?: { __typename?: 'Citizen', id: string, drivingLicence?: { __typename?: 'DrivingLicence', vehicleClass: string, validUntil: string, points: number, status: string } | null } | null };

export type BindDrivingLicenceMutationVariables = Exact<{
  licenceNumber: Scalars['String']['input'];
  fileNumber: Scalars['String']['input'];
}>;


export type BindDrivingLicenceMutation = { __typename?: 'Mutation', bindDrivingLicence: { __typename?: 'BindingPayload', bindings?: { __typename?: 'Bindings', drivingLicence?: { __typename?: 'LicenceBinding', licenceNumber: string, fileNumber: string, boundAt: string } | null } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type UnbindDrivingLicenceMutationVariables = Exact<{ [key: string]: never; }>;


export type UnbindDrivingLicenceMutation = { __typename?: 'Mutation', unbindDrivingLicence: { __typename?: 'BindingPayload', bindings?: { __typename?: 'Bindings', drivingLicence?: { __typename?: 'LicenceBinding', licenceNumber: string } | null } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type BindVehicleMutationVariables = Exact<{
  plate: Scalars['String']['input'];
}>;


export type BindVehicleMutation = { __typename?: 'Mutation', bindVehicle: { __typename?: 'BindingPayload', bindings?: { __typename?: 'Bindings', vehicles: Array<{ __typename?: 'VehicleBinding', plate: string, boundAt: string }> } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type UnbindVehicleMutationVariables = Exact<{
  plate: Scalars['String']['input'];
}>;


export type UnbindVehicleMutation = { __typename?: 'Mutation', unbindVehicle: { __typename?: 'BindingPayload', bindings?: { __typename?: 'Bindings', vehicles: Array<{ __typename?: 'VehicleBinding', plate: string, boundAt: string }> } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type SendSmsCodeMutationVariables = Exact<{
  phone: Scalars['String']['input'];
  purpose: SmsCodePurpose;
  humanCheck?: InputMaybe<HumanCheckAnswer>;
}>;


export type SendSmsCodeMutation = { __typename?: 'Mutation', requestSmsCode: { __typename?: 'RequestSmsCodePayload', sent: boolean, retryAfterSeconds?: number | null, humanCheck?: { __typename?: 'HumanCheckChallenge', id: string, prompt: string, max: number } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type CitizenHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type CitizenHomeQuery = { __typename?: 'Query', me?: { __typename?: 'Citizen', id: string, name?: string | null, assuranceLevel: number } | null };

export type MyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProfileQuery = { __typename?: 'Query', me?: { __typename?: 'Citizen', id: string, name?: string | null, idNumber?: string | null, phone?: string | null, assuranceLevel: number, realName?: { __typename?: 'RealNameStatus', level: number, method: RealNameMethod, verifiedAt: string, phoneMatched?: boolean | null } | null, channels: Array<{ __typename?: 'ChannelAccount', channel: SignInChannel, linkedAt: string, lastSignInAt?: string | null }> } | null };

export type MyRealNameQueryVariables = Exact<{ [key: string]: never; }>;


export type MyRealNameQuery = { __typename?: 'Query', me?: { __typename?: 'Citizen', id: string, assuranceLevel: number, realName?: { __typename?: 'RealNameStatus', level: number, method: RealNameMethod, verifiedAt: string } | null } | null };

export type VerifyRealNameBasicMutationVariables = Exact<{
  input: BasicRealNameInput;
}>;


export type VerifyRealNameBasicMutation = { __typename?: 'Mutation', verifyRealNameBasic: { __typename?: 'RealNamePayload', level?: number | null, method?: RealNameMethod | null, token?: string | null, expiresAt?: string | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type VerifyRealNameByFaceMutationVariables = Exact<{
  input: FaceRealNameInput;
}>;


export type VerifyRealNameByFaceMutation = { __typename?: 'Mutation', verifyRealNameByFace: { __typename?: 'RealNamePayload', level?: number | null, method?: RealNameMethod | null, token?: string | null, expiresAt?: string | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type VerifyRealNameByNetworkPasswordMutationVariables = Exact<{
  password: Scalars['String']['input'];
}>;


export type VerifyRealNameByNetworkPasswordMutation = { __typename?: 'Mutation', verifyRealNameByNetworkPassword: { __typename?: 'RealNamePayload', level?: number | null, method?: RealNameMethod | null, token?: string | null, expiresAt?: string | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type VerifyNetworkIdentityMutationVariables = Exact<{
  networkIdCode: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type VerifyNetworkIdentityMutation = { __typename?: 'Mutation', verifyNetworkIdentity: { __typename?: 'RealNamePayload', level?: number | null, method?: RealNameMethod | null, token?: string | null, expiresAt?: string | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type SignInWithPhoneMutationVariables = Exact<{
  phone: Scalars['String']['input'];
  code: Scalars['String']['input'];
}>;


export type SignInWithPhoneMutation = { __typename?: 'Mutation', signInWithPhone: { __typename?: 'SignInPayload', token?: string | null, expiresAt?: string | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type SignInWithAlipayMutationVariables = Exact<{
  authCode: Scalars['String']['input'];
}>;


export type SignInWithAlipayMutation = { __typename?: 'Mutation', signInWithAlipay: { __typename?: 'SignInPayload', token?: string | null, expiresAt?: string | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type SignInWithWechatMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type SignInWithWechatMutation = { __typename?: 'Mutation', signInWithWechat: { __typename?: 'SignInPayload', token?: string | null, expiresAt?: string | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type DevSignInMutationVariables = Exact<{
  idNumber: Scalars['String']['input'];
}>;


export type DevSignInMutation = { __typename?: 'Mutation', devSignIn: { __typename?: 'DevSignInPayload', token?: string | null, expiresAt?: string | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type MyVehiclesAndViolationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyVehiclesAndViolationsQuery = { __typename?: 'Query', me?: { __typename?: 'Citizen', name?: string | null, idNumber?: string | null, vehicles?: Array<{ __typename?: 'Vehicle', plate: string, brand: string, model: string, color: string, newEnergy: boolean, inspectionDue: string, violations?: Array<{ __typename?: 'Violation', id: string, occurredAt: string, place: string, behavior: string, points: number, fineYuan: number, status: ViolationStatus, agency: string }> | null }> | null } | null };

export type ChangeOwnPasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
  totp: Scalars['String']['input'];
}>;


export type ChangeOwnPasswordMutation = { __typename?: 'Mutation', changeOwnPassword: { __typename?: 'OfficerOperationPayload', ok: boolean, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type FugitiveAlertsQueryVariables = Exact<{
  status?: InputMaybe<AlertStatus>;
  first: Scalars['Int']['input'];
}>;


export type FugitiveAlertsQuery = { __typename?: 'Query', fugitiveAlerts: Array<{ __typename?: 'FugitiveAlert', id: string, status: AlertStatus, caseNumber: string, wantedBy: string, category: string, listedOn?: string | null, unitCode: string, createdAt: string, acknowledgedAt?: string | null, idNumber: string, citizen?: { __typename?: 'Citizen', id: string, name?: string | null, phone?: string | null } | null }> };

export type AcknowledgeFugitiveAlertMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcknowledgeFugitiveAlertMutation = { __typename?: 'Mutation', acknowledgeFugitiveAlert: { __typename?: 'FugitiveAlertPayload', alert?: { __typename?: 'FugitiveAlert', id: string, status: AlertStatus, acknowledgedAt?: string | null } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type OfficerResetRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type OfficerResetRequestsQuery = { __typename?: 'Query', officerResetRequests: Array<{ __typename?: 'OfficerResetRequest', id: string, officerId: string, username: string, requestedBy: string, requiredRole: OfficerRole, resetTotp: boolean, requestedAt: string, expiresAt: string }> };

export type ApproveOfficerResetMutationVariables = Exact<{
  resetRequestId: Scalars['ID']['input'];
}>;


export type ApproveOfficerResetMutation = { __typename?: 'Mutation', approveOfficerReset: { __typename?: 'ResetOfficerPasswordPayload', oneTimePasswordSentTo?: string | null, officer?: { __typename?: 'Officer', id: string, username: string } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type AuditEntryFieldsFragment = { __typename?: 'AuditEntry', id: string, at: string, action: string, actorKind: string, actorId?: string | null, targetKind?: string | null, targetId?: string | null, field?: string | null, purpose?: string | null, requestId: string, details?: string | null, hash: string, archived: boolean };

export type AuditChainFieldsFragment = { __typename?: 'AuditChainStatus', ok: boolean, checkedRows: number, firstBrokenId?: string | null, reason?: string | null, gaps: number, checkedAt: string };

export type AuditTrailEntriesQueryVariables = Exact<{
  filter?: InputMaybe<AuditEntryFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  identity: Scalars['Boolean']['input'];
  traffic: Scalars['Boolean']['input'];
}>;


export type AuditTrailEntriesQuery = { __typename?: 'Query', auditTrails: { __typename?: 'AuditTrails', identity?: { __typename?: 'AuditTrail', subgraph: string, entries: { __typename?: 'AuditEntryPage', endCursor?: string | null, hasNextPage: boolean, nodes: Array<{ __typename?: 'AuditEntry', id: string, at: string, action: string, actorKind: string, actorId?: string | null, targetKind?: string | null, targetId?: string | null, field?: string | null, purpose?: string | null, requestId: string, details?: string | null, hash: string, archived: boolean }> } }, traffic?: { __typename?: 'AuditTrail', subgraph: string, entries: { __typename?: 'AuditEntryPage', endCursor?: string | null, hasNextPage: boolean, nodes: Array<{ __typename?: 'AuditEntry', id: string, at: string, action: string, actorKind: string, actorId?: string | null, targetKind?: string | null, targetId?: string | null, field?: string | null, purpose?: string | null, requestId: string, details?: string | null, hash: string, archived: boolean }> } } } };

export type AuditTrailChainQueryVariables = Exact<{
  identity: Scalars['Boolean']['input'];
  traffic: Scalars['Boolean']['input'];
}>;


export type AuditTrailChainQuery = { __typename?: 'Query', auditTrails: { __typename?: 'AuditTrails', identity?: { __typename?: 'AuditTrail', subgraph: string, chain: { __typename?: 'AuditChainStatus', ok: boolean, checkedRows: number, firstBrokenId?: string | null, reason?: string | null, gaps: number, checkedAt: string } }, traffic?: { __typename?: 'AuditTrail', subgraph: string, chain: { __typename?: 'AuditChainStatus', ok: boolean, checkedRows: number, firstBrokenId?: string | null, reason?: string | null, gaps: number, checkedAt: string } } } };

export type JobQueueFieldsFragment = { __typename?: 'JobQueue', subgraph: string, counts: { __typename?: 'JobStateCounts', pending: number, running: number, done: number, dead: number, oldestDueAgeSeconds?: number | null }, jobs: Array<{ __typename?: 'JobRecord', id: string, kind: string, key: string, state: JobState, attempts: number, maxAttempts: number, lastError?: string | null, updatedAt: string }> };

export type JobQueuesQueryVariables = Exact<{ [key: string]: never; }>;


export type JobQueuesQuery = { __typename?: 'Query', jobQueues: { __typename?: 'JobQueues', identity: { __typename?: 'JobQueue', subgraph: string, counts: { __typename?: 'JobStateCounts', pending: number, running: number, done: number, dead: number, oldestDueAgeSeconds?: number | null }, jobs: Array<{ __typename?: 'JobRecord', id: string, kind: string, key: string, state: JobState, attempts: number, maxAttempts: number, lastError?: string | null, updatedAt: string }> }, traffic: { __typename?: 'JobQueue', subgraph: string, counts: { __typename?: 'JobStateCounts', pending: number, running: number, done: number, dead: number, oldestDueAgeSeconds?: number | null }, jobs: Array<{ __typename?: 'JobRecord', id: string, kind: string, key: string, state: JobState, attempts: number, maxAttempts: number, lastError?: string | null, updatedAt: string }> } } };

export type RetryIdentityJobMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetryIdentityJobMutation = { __typename?: 'Mutation', retryIdentityJob: { __typename?: 'RetryJobPayload', job?: { __typename?: 'JobRecord', id: string, state: JobState, attempts: number } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type RetryTrafficJobMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetryTrafficJobMutation = { __typename?: 'Mutation', retryTrafficJob: { __typename?: 'RetryJobPayload', job?: { __typename?: 'JobRecord', id: string, state: JobState, attempts: number } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type OfficersQueryVariables = Exact<{
  unitCode?: InputMaybe<Scalars['String']['input']>;
  includeSubUnits: Scalars['Boolean']['input'];
}>;


export type OfficersQuery = { __typename?: 'Query', officers: Array<{ __typename?: 'Officer', id: string, username: string, name: string, phone?: string | null, unitCode: string, roles: Array<OfficerRole>, disabled: boolean, lockedUntil?: string | null, totpEnrolled: boolean, passwordExpiresAt?: string | null, lastSignInAt?: string | null }> };

export type CreateOfficerMutationVariables = Exact<{
  input: CreateOfficerInput;
}>;


export type CreateOfficerMutation = { __typename?: 'Mutation', createOfficer: { __typename?: 'CreateOfficerPayload', oneTimePasswordSentTo?: string | null, officer?: { __typename?: 'Officer', id: string, username: string } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type UpdateOfficerRolesMutationVariables = Exact<{
  officerId: Scalars['ID']['input'];
  roles: Array<OfficerRole> | OfficerRole;
}>;


export type UpdateOfficerRolesMutation = { __typename?: 'Mutation', updateOfficerRoles: { __typename?: 'OfficerPayload', officer?: { __typename?: 'Officer', id: string, roles: Array<OfficerRole> } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type DisableOfficerMutationVariables = Exact<{
  officerId: Scalars['ID']['input'];
}>;


export type DisableOfficerMutation = { __typename?: 'Mutation', disableOfficer: { __typename?: 'OfficerPayload', officer?: { __typename?: 'Officer', id: string, disabled: boolean } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type EnableOfficerMutationVariables = Exact<{
  officerId: Scalars['ID']['input'];
}>;


export type EnableOfficerMutation = { __typename?: 'Mutation', enableOfficer: { __typename?: 'OfficerPayload', officer?: { __typename?: 'Officer', id: string, disabled: boolean } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type ResetOfficerPasswordMutationVariables = Exact<{
  officerId: Scalars['ID']['input'];
  resetTotp: Scalars['Boolean']['input'];
}>;


export type ResetOfficerPasswordMutation = { __typename?: 'Mutation', resetOfficerPassword: { __typename?: 'ResetOfficerPasswordPayload', oneTimePasswordSentTo?: string | null, officer?: { __typename?: 'Officer', id: string, username: string } | null, pendingReset?: { __typename?: 'OfficerResetRequest', id: string, requiredRole: OfficerRole } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type UnlockOfficerMutationVariables = Exact<{
  officerId: Scalars['ID']['input'];
}>;


export type UnlockOfficerMutation = { __typename?: 'Mutation', unlockOfficer: { __typename?: 'OfficerPayload', officer?: { __typename?: 'Officer', id: string, lockedUntil?: string | null } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type PartnerKeysQueryVariables = Exact<{
  includeInactive: Scalars['Boolean']['input'];
}>;


export type PartnerKeysQuery = { __typename?: 'Query', partnerKeys: Array<{ __typename?: 'PartnerKey', id: string, partnerName: string, prefix: string, scopes: Array<string>, ratePerMinute: number, costBudgetPerDay: number, active: boolean, createdAt: string, expiresAt?: string | null, revokedAt?: string | null, rotatedFromId?: string | null }>, partnerScopes: Array<{ __typename?: 'PartnerScope', scope: string, description: string }> };

export type IssuePartnerKeyMutationVariables = Exact<{
  input: IssuePartnerKeyInput;
}>;


export type IssuePartnerKeyMutation = { __typename?: 'Mutation', issuePartnerKey: { __typename?: 'IssuePartnerKeyPayload', secret?: string | null, key?: { __typename?: 'PartnerKey', id: string, prefix: string, partnerName: string } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type RotatePartnerKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  graceMinutes: Scalars['Int']['input'];
}>;


export type RotatePartnerKeyMutation = { __typename?: 'Mutation', rotatePartnerKey: { __typename?: 'IssuePartnerKeyPayload', secret?: string | null, key?: { __typename?: 'PartnerKey', id: string, prefix: string, partnerName: string } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type RevokePartnerKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokePartnerKeyMutation = { __typename?: 'Mutation', revokePartnerKey: { __typename?: 'PartnerKeyPayload', key?: { __typename?: 'PartnerKey', id: string, active: boolean, revokedAt?: string | null } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type CurrentOfficerQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentOfficerQuery = { __typename?: 'Query', currentOfficer?: { __typename?: 'Officer', id: string, username: string, name: string, phone?: string | null, unitCode: string, roles: Array<OfficerRole>, totpEnrolled: boolean, passwordExpiresAt?: string | null, createdAt: string, lastSignInAt?: string | null } | null, units: Array<{ __typename?: 'Unit', code: string, name: string, parentCode?: string | null }> };

export type OfficerSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type OfficerSignOutMutation = { __typename?: 'Mutation', officerSignOut: boolean };

export type OfficerSignInMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
  totp: Scalars['String']['input'];
}>;


export type OfficerSignInMutation = { __typename?: 'Mutation', officerSignIn: { __typename?: 'OfficerSignInPayload', token?: string | null, expiresAt?: string | null, mustChangePassword: boolean, enrolmentTicket?: string | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type EnrolTotpMutationVariables = Exact<{
  ticket: Scalars['String']['input'];
}>;


export type EnrolTotpMutation = { __typename?: 'Mutation', enrolTotp: { __typename?: 'TotpEnrolmentPayload', qrCodeDataUrl?: string | null, secret?: string | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type ConfirmTotpMutationVariables = Exact<{
  ticket: Scalars['String']['input'];
  code: Scalars['String']['input'];
}>;


export type ConfirmTotpMutation = { __typename?: 'Mutation', confirmTotp: { __typename?: 'OfficerSignInPayload', token?: string | null, expiresAt?: string | null, mustChangePassword: boolean, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type ChangeExpiredPasswordMutationVariables = Exact<{
  username: Scalars['String']['input'];
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
  totp: Scalars['String']['input'];
}>;


export type ChangeExpiredPasswordMutation = { __typename?: 'Mutation', changeExpiredPassword: { __typename?: 'OfficerSignInPayload', token?: string | null, expiresAt?: string | null, mustChangePassword: boolean, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type UnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnitsQuery = { __typename?: 'Query', units: Array<{ __typename?: 'Unit', code: string, name: string, regionCode: string, parentCode?: string | null, dutyPhone?: string | null }> };

export type CreateUnitMutationVariables = Exact<{
  input: CreateUnitInput;
}>;


export type CreateUnitMutation = { __typename?: 'Mutation', createUnit: { __typename?: 'UnitPayload', unit?: { __typename?: 'Unit', code: string, name: string } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type SetUnitDutyPhoneMutationVariables = Exact<{
  code: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
}>;


export type SetUnitDutyPhoneMutation = { __typename?: 'Mutation', setUnitDutyPhone: { __typename?: 'UnitPayload', unit?: { __typename?: 'Unit', code: string, dutyPhone?: string | null } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type UserErrorFieldsFragment = { __typename?: 'UserError', code: string, message: string, field?: string | null };

export const AuditEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]} as unknown as DocumentNode<AuditEntryFieldsFragment, unknown>;
export const AuditChainFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditChainFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditChainStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checkedRows"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]} as unknown as DocumentNode<AuditChainFieldsFragment, unknown>;
export const JobQueueFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobQueueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobQueue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subgraph"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"running"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"dead"}},{"kind":"Field","name":{"kind":"Name","value":"oldestDueAgeSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"DEAD"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<JobQueueFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const MyBindingsDocument = {"__meta__":{"hash":"bf2b2f5d5a7a899170601f39e4a56a4e6eacf8d37f86af42260357f98b36e242"}} as unknown as DocumentNode<MyBindingsQuery, MyBindingsQueryVariables>;
export const MyDrivingLicenceDocument = {"__meta__":{"hash":"69a192682f5fba9f9ffc26a099e4da46e5593633ff781ee6d321e2bbd6f96bf1"}} as unknown as DocumentNode<MyDrivingLicenceQuery, MyDrivingLicenceQueryVariables>;
export const BindDrivingLicenceDocument = {"__meta__":{"hash":"4ce996c986c9807dec2c9b38e92e238c5dcb1e3a8f6a40c4590065ca522e34e6"}} as unknown as DocumentNode<BindDrivingLicenceMutation, BindDrivingLicenceMutationVariables>;
export const UnbindDrivingLicenceDocument = {"__meta__":{"hash":"07889dcb590f70fe40e49a661b3920f0774598c6716fbe849bf003f87038634b"}} as unknown as DocumentNode<UnbindDrivingLicenceMutation, UnbindDrivingLicenceMutationVariables>;
export const BindVehicleDocument = {"__meta__":{"hash":"38436e7c612e95a18484acf0b06e5d0f1cd9f14de2737496ede83a7310b0e816"}} as unknown as DocumentNode<BindVehicleMutation, BindVehicleMutationVariables>;
export const UnbindVehicleDocument = {"__meta__":{"hash":"219b4e49b92ddc6ba21b8b94d0a05c7d19f5dc9283d7d4a0a5aa8fd2382aeaf5"}} as unknown as DocumentNode<UnbindVehicleMutation, UnbindVehicleMutationVariables>;
export const SendSmsCodeDocument = {"__meta__":{"hash":"7c1d84b90eb9910870580fc4e6a851e0a83b67ca21d6c8f3402740b448f58725"}} as unknown as DocumentNode<SendSmsCodeMutation, SendSmsCodeMutationVariables>;
export const CitizenHomeDocument = {"__meta__":{"hash":"c532713cdf48d23805d13a2cd04e5e7e69e898ee3d49bfa4bdd1bdbbc94b1dfb"}} as unknown as DocumentNode<CitizenHomeQuery, CitizenHomeQueryVariables>;
export const MyProfileDocument = {"__meta__":{"hash":"3b41617f8b9d51cfb9994c73d042c96305e38012b824f6779a146b2d5c1daaeb"}} as unknown as DocumentNode<MyProfileQuery, MyProfileQueryVariables>;
export const MyRealNameDocument = {"__meta__":{"hash":"163a0d93d1201ec86b554e9fd401c60bae6137af5b69334e12c0e03248726b6d"}} as unknown as DocumentNode<MyRealNameQuery, MyRealNameQueryVariables>;
export const VerifyRealNameBasicDocument = {"__meta__":{"hash":"1034afbd58fb9eb9a6c6b1b65549c062d5ce7712ff1c98855ab85e0b85a0d5a3"}} as unknown as DocumentNode<VerifyRealNameBasicMutation, VerifyRealNameBasicMutationVariables>;
export const VerifyRealNameByFaceDocument = {"__meta__":{"hash":"d0287890361449c7e57c1b9bf24b91c89586243962c1208a29659c6c3a70fdb1"}} as unknown as DocumentNode<VerifyRealNameByFaceMutation, VerifyRealNameByFaceMutationVariables>;
export const VerifyRealNameByNetworkPasswordDocument = {"__meta__":{"hash":"cd1e3aaa27b17e54ea14c0c930dd98aa6e5d17232c61dff4ea48ca94a682d592"}} as unknown as DocumentNode<VerifyRealNameByNetworkPasswordMutation, VerifyRealNameByNetworkPasswordMutationVariables>;
export const VerifyNetworkIdentityDocument = {"__meta__":{"hash":"74a7cc923724bf75821b624c493b95d82ea61241d76c2bd4323b1f654d473dd4"}} as unknown as DocumentNode<VerifyNetworkIdentityMutation, VerifyNetworkIdentityMutationVariables>;
export const SignInWithPhoneDocument = {"__meta__":{"hash":"3e932a6707a3779dddae8666d5b2b869af3655da6f9b113e7c4019d7f5fb6669"}} as unknown as DocumentNode<SignInWithPhoneMutation, SignInWithPhoneMutationVariables>;
export const SignInWithAlipayDocument = {"__meta__":{"hash":"c175301d6425d258d108e13b54e0b1ce3250f7cfc8b73717b3e8920cfa81117b"}} as unknown as DocumentNode<SignInWithAlipayMutation, SignInWithAlipayMutationVariables>;
export const SignInWithWechatDocument = {"__meta__":{"hash":"e991b1fa26b62c493cdb078b9160dbb32b1bebc8c01e8d7f1a0d5b28760162dd"}} as unknown as DocumentNode<SignInWithWechatMutation, SignInWithWechatMutationVariables>;
export const DevSignInDocument = {"__meta__":{"hash":"f36bd3cd36da0fae3ae0da2f71b7896428fa1a03fc7caa94c37798880ecf08d5"}} as unknown as DocumentNode<DevSignInMutation, DevSignInMutationVariables>;
export const MyVehiclesAndViolationsDocument = {"__meta__":{"hash":"632dd43ba6391af538cb51c61005767396d69325647e45b34f1a1749c91795d7"}} as unknown as DocumentNode<MyVehiclesAndViolationsQuery, MyVehiclesAndViolationsQueryVariables>;
export const ChangeOwnPasswordDocument = {"__meta__":{"hash":"1189d23f901e3800d2ed656d3319b2d900f371f3d869cefdcce1f7bf2eb6396a"}} as unknown as DocumentNode<ChangeOwnPasswordMutation, ChangeOwnPasswordMutationVariables>;
export const FugitiveAlertsDocument = {"__meta__":{"hash":"26b9f10bd62dbeba3aabd3c2341940d81a58e8a424ee12d60de6ed21a27a3561"}} as unknown as DocumentNode<FugitiveAlertsQuery, FugitiveAlertsQueryVariables>;
export const AcknowledgeFugitiveAlertDocument = {"__meta__":{"hash":"32aceee9e8443426c98b834cfe78ce3d3ae6ef7e14cd3e3a61f2e7bc69ead427"}} as unknown as DocumentNode<AcknowledgeFugitiveAlertMutation, AcknowledgeFugitiveAlertMutationVariables>;
export const OfficerResetRequestsDocument = {"__meta__":{"hash":"db009457643e2f4a96bfdb15145227eacc3e69e8b848ee7228d1f3f90eb7af16"}} as unknown as DocumentNode<OfficerResetRequestsQuery, OfficerResetRequestsQueryVariables>;
export const ApproveOfficerResetDocument = {"__meta__":{"hash":"0a1532374fdee58986c9080c685f9eea4ff01b4c86dcb766686959454f1d5ac9"}} as unknown as DocumentNode<ApproveOfficerResetMutation, ApproveOfficerResetMutationVariables>;
export const AuditTrailEntriesDocument = {"__meta__":{"hash":"a136a0513801abca71519753d3e82674335681edbab5c75190f4e7d379ed9536"}} as unknown as DocumentNode<AuditTrailEntriesQuery, AuditTrailEntriesQueryVariables>;
export const AuditTrailChainDocument = {"__meta__":{"hash":"69e4a36fe2bb7a74723d10fc3b8e364b1c703cccaec78d0959c36d4c1d0401e3"}} as unknown as DocumentNode<AuditTrailChainQuery, AuditTrailChainQueryVariables>;
export const JobQueuesDocument = {"__meta__":{"hash":"b8e7d30b3014d6fc56d0f2afe3f58a6386ec0ddb4bbce173ed81fa0d6de1179e"}} as unknown as DocumentNode<JobQueuesQuery, JobQueuesQueryVariables>;
export const RetryIdentityJobDocument = {"__meta__":{"hash":"992c7fbb0a859db307832c97bddb06eee10e403f134859a72a0c7ea3925b7d6f"}} as unknown as DocumentNode<RetryIdentityJobMutation, RetryIdentityJobMutationVariables>;
export const RetryTrafficJobDocument = {"__meta__":{"hash":"bc1bdfe628a14ea1df8b220b1f9d3b8dc28abf98f63244adf28c04173d300c2a"}} as unknown as DocumentNode<RetryTrafficJobMutation, RetryTrafficJobMutationVariables>;
export const OfficersDocument = {"__meta__":{"hash":"011ce0781efcf9f6760d784ff13e14abec882c807cc8686cbb2a2d86a94658b5"}} as unknown as DocumentNode<OfficersQuery, OfficersQueryVariables>;
export const CreateOfficerDocument = {"__meta__":{"hash":"369dad6b1cd22a3135eb4f90d23a3e88b174081e447cc27afd5009aed694368d"}} as unknown as DocumentNode<CreateOfficerMutation, CreateOfficerMutationVariables>;
export const UpdateOfficerRolesDocument = {"__meta__":{"hash":"e08a30158ac8587f82bc466ffa1960fd71ea6a8acdae2ce6dbd342cf24f62722"}} as unknown as DocumentNode<UpdateOfficerRolesMutation, UpdateOfficerRolesMutationVariables>;
export const DisableOfficerDocument = {"__meta__":{"hash":"6acc72f494d3a30f31a1f8b2c4669c34ad1715e93c872b801c93fe9e845fcabb"}} as unknown as DocumentNode<DisableOfficerMutation, DisableOfficerMutationVariables>;
export const EnableOfficerDocument = {"__meta__":{"hash":"c542566081257766795fafe5567e1cce8d67f78a6c617b0e664313729e481f5a"}} as unknown as DocumentNode<EnableOfficerMutation, EnableOfficerMutationVariables>;
export const ResetOfficerPasswordDocument = {"__meta__":{"hash":"598ddf1aee81b21567272eb2e29aa9ee362ddcb8adb44bad0e69920b969d73d8"}} as unknown as DocumentNode<ResetOfficerPasswordMutation, ResetOfficerPasswordMutationVariables>;
export const UnlockOfficerDocument = {"__meta__":{"hash":"f9cdfd7bec628d0355f3d55a47270d07fdf0b22aae439e99ba647dda395a68fd"}} as unknown as DocumentNode<UnlockOfficerMutation, UnlockOfficerMutationVariables>;
export const PartnerKeysDocument = {"__meta__":{"hash":"4517400b7278456d067fc4d4c6a8103194421d7fa015411660e764756796cb81"}} as unknown as DocumentNode<PartnerKeysQuery, PartnerKeysQueryVariables>;
export const IssuePartnerKeyDocument = {"__meta__":{"hash":"87edfce6bc6a05d3d0cdcbfb9eea7f1f86b35f85b04052ddec9bd5089059acb0"}} as unknown as DocumentNode<IssuePartnerKeyMutation, IssuePartnerKeyMutationVariables>;
export const RotatePartnerKeyDocument = {"__meta__":{"hash":"f88d4bbb683e069125145953244f30e57b90821b1c0b01314dd851f706ec7d27"}} as unknown as DocumentNode<RotatePartnerKeyMutation, RotatePartnerKeyMutationVariables>;
export const RevokePartnerKeyDocument = {"__meta__":{"hash":"0a44b687d93005c226da44c9caa09cdebf409abc03e5bf01dc4219b3ff240061"}} as unknown as DocumentNode<RevokePartnerKeyMutation, RevokePartnerKeyMutationVariables>;
export const CurrentOfficerDocument = {"__meta__":{"hash":"03f494ccb66819800008c83aee1b6634ce0a935b7b04ba0d624c653d8a01ebb9"}} as unknown as DocumentNode<CurrentOfficerQuery, CurrentOfficerQueryVariables>;
export const OfficerSignOutDocument = {"__meta__":{"hash":"47b63535abd69ed2cbead2746b5298cedbc1806ed53987cd3f33645470b30cab"}} as unknown as DocumentNode<OfficerSignOutMutation, OfficerSignOutMutationVariables>;
export const OfficerSignInDocument = {"__meta__":{"hash":"dbed6dcc91d32383aa529e93783f8a86c37acf568dd37143ee11c503868b0823"}} as unknown as DocumentNode<OfficerSignInMutation, OfficerSignInMutationVariables>;
export const EnrolTotpDocument = {"__meta__":{"hash":"a58153d24d56e12f4f4c3b77790950906b670eced7a2c9e6ab7d7cfb18165288"}} as unknown as DocumentNode<EnrolTotpMutation, EnrolTotpMutationVariables>;
export const ConfirmTotpDocument = {"__meta__":{"hash":"77aa9ebdff171152c6e30263f173b7df8b72b9709c1695bc0a1e4eab95388321"}} as unknown as DocumentNode<ConfirmTotpMutation, ConfirmTotpMutationVariables>;
export const ChangeExpiredPasswordDocument = {"__meta__":{"hash":"e9e28b4bb8d346ba2b8f35188769254f94001f1e4cd594b45806da09eddf9893"}} as unknown as DocumentNode<ChangeExpiredPasswordMutation, ChangeExpiredPasswordMutationVariables>;
export const UnitsDocument = {"__meta__":{"hash":"0c200893cbf8205f93e27be742f9c9e477e22952dd11a89776bf61b0a9f2819d"}} as unknown as DocumentNode<UnitsQuery, UnitsQueryVariables>;
export const CreateUnitDocument = {"__meta__":{"hash":"725e56c0ee5489624511fb2991303cff1bce9df286e560c1bacd403a855c56b4"}} as unknown as DocumentNode<CreateUnitMutation, CreateUnitMutationVariables>;
export const SetUnitDutyPhoneDocument = {"__meta__":{"hash":"f3ffd560efaef969f93eef19276c2bb94c0ff9a1f61e66b964742fe70ec73759"}} as unknown as DocumentNode<SetUnitDutyPhoneMutation, SetUnitDutyPhoneMutationVariables>;
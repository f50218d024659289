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
  /** A sum of amounts in integer fen (1 yuan = 100), up to 2^53 − 1, as a JSON number */
  FenTotal: { input: number; output: number; }
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
  /** The payment subgraph’s trail */
  payment: AuditTrail;
  /** The queue subgraph’s trail */
  queue: AuditTrail;
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

export type CallNextQueueNumberPayload = {
  __typename?: 'CallNextQueueNumberPayload';
  /** The number called; null (and no error) when nobody waits */
  called?: Maybe<QueueBoardNumber>;
  error?: Maybe<UserError>;
};

export type CancelQueueTicketPayload = {
  __typename?: 'CancelQueueTicketPayload';
  error?: Maybe<UserError>;
  ticket?: Maybe<QueueTicket>;
};

/** A sign-in channel bound to the citizen (account ids are never shown) */
export type ChannelAccount = {
  __typename?: 'ChannelAccount';
  channel: SignInChannel;
  lastSignInAt?: Maybe<Scalars['DateTimeISO']['output']>;
  linkedAt: Scalars['DateTimeISO']['output'];
};

export type CheckInQueueTicketPayload = {
  __typename?: 'CheckInQueueTicketPayload';
  /** Numbers of the same item that will be called first */
  ahead?: Maybe<Scalars['Int']['output']>;
  error?: Maybe<UserError>;
  ticket?: Maybe<QueueTicket>;
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

/** What paying a fine costs today, and the payment order for it */
export type FinePayment = {
  __typename?: 'FinePayment';
  /** What the order charges, in fen */
  amountFen: Scalars['Int']['output'];
  /** End of today (Beijing): the late fee changes tomorrow */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** The fine, in fen */
  fineFen: Scalars['Int']['output'];
  /** The late fee (加处罚款) as of today, in fen */
  lateFeeFen: Scalars['Int']['output'];
  /** The order itself, resolved by the payment subgraph; null until it has it */
  order?: Maybe<PaymentOrder>;
  /** The payment order (the payment centre has it within a moment) */
  orderId: Scalars['ID']['output'];
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
  /** SYSTEM_ADMIN: the payment subgraph’s jobs */
  payment: JobQueue;
  /** SYSTEM_ADMIN: the queue subgraph’s jobs */
  queue: JobQueue;
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

/** 收款 / 退款 */
export type LedgerEntryKind =
  | 'PAYMENT'
  | 'REFUND';

/** The driving licence the citizen bound */
export type LicenceBinding = {
  __typename?: 'LicenceBinding';
  boundAt: Scalars['DateTimeISO']['output'];
  /** File number (档案编号), masked */
  fileNumber: Scalars['String']['output'];
  /** Licence number (= ID number), masked */
  licenceNumber: Scalars['String']['output'];
};

export type MarkQueueTicketInput = {
  /** YYYY-MM-DD; today by default */
  date?: InputMaybe<Scalars['String']['input']>;
  hallId: Scalars['ID']['input'];
  /** The number the window called, e.g. A017 */
  number: Scalars['String']['input'];
  status: QueueMark;
};

export type MarkQueueTicketPayload = {
  __typename?: 'MarkQueueTicketPayload';
  error?: Maybe<UserError>;
  number?: Maybe<QueueBoardNumber>;
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
  /** Officers at the window: call the next number present today (optionally of one item); `called` is null when nobody waits */
  callNextQueueNumber: CallNextQueueNumberPayload;
  /** Citizens: cancel a booked number, up to 2 hours (QUEUE_CANCEL_BEFORE_MINUTES) before its slot (CANCEL_TOO_LATE) */
  cancelQueueTicket: CancelQueueTicketPayload;
  /** After PASSWORD_EXPIRED (temporary or 90-day-old password): both factors and a new password; signs in */
  changeExpiredPassword: OfficerSignInPayload;
  /** The signed-in officer's new password (current password and a TOTP code again); other sessions end */
  changeOwnPassword: OfficerOperationPayload;
  /** Officers at the window: check a citizen in by their ticket’s QR code, on its day (QR_INVALID for anything forged or altered) */
  checkInQueueTicket: CheckInQueueTicketPayload;
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
  /** Officers at the window: the called number was served, or did not come (an online booking’s no-show counts towards the booking bar) */
  markQueueTicket: MarkQueueTicketPayload;
  /** Officer sign-in: password AND a TOTP code, always. One answer for every failure; per-source throttling (SIGN_IN_THROTTLED); five failures lock the account for 30 minutes against sources it has not signed in from */
  officerSignIn: OfficerSignInPayload;
  /** End this officer session (the token stops working at once) */
  officerSignOut: Scalars['Boolean']['output'];
  /** Citizens: the payment order for a processed violation’s fine (罚款 + 加处罚款 as of today) of a bound vehicle; the same order all day */
  payViolationFine: PayViolationFinePayload;
  /** REVIEWER / LEADER: refund part or all of a paid order, with a reason (audited); the channel confirms it */
  refundPayment: RefundPaymentPayload;
  /** Text a 6-digit code (valid 5 minutes, 5 attempts). At most one a minute and ten a day per phone (SMS_RATE_LIMITED); per client address a few an hour, then each after a human check (HUMAN_CHECK_REQUIRED), up to a cap, and a global cap a minute (SMS_BUDGET_EXCEEDED). REAL_NAME needs a signed-in citizen; partners are refused */
  requestSmsCode: RequestSmsCodePayload;
  /** SECURITY_ADMIN: a one-time password texted to the officer (and, with resetTotp, a new authenticator enrolment); sessions end. An administrator's reset waits for a second approver (pendingReset) */
  resetOfficerPassword: ResetOfficerPasswordPayload;
  /** REVIEWER / LEADER: say how a difference was settled, with a note (audited; once) */
  resolveReconciliationDifference: ResolveReconciliationDifferencePayload;
  /** SYSTEM_ADMIN: run a dead identity job again (fresh attempts, due now). Fix the cause first */
  retryIdentityJob: RetryJobPayload;
  /** SYSTEM_ADMIN: run a dead payment job again (fresh attempts, due now). Fix the cause first */
  retryPaymentJob: RetryJobPayload;
  /** SYSTEM_ADMIN: run a dead queue job again (fresh attempts, due now). Fix the cause first */
  retryQueueJob: RetryJobPayload;
  /** SYSTEM_ADMIN: run a dead traffic job again (fresh attempts, due now). Fix the cause first */
  retryTrafficJob: RetryJobPayload;
  /** SYSTEM_ADMIN: the key stops working at once */
  revokePartnerKey: PartnerKeyPayload;
  /** SYSTEM_ADMIN: a new secret with the same partner, scopes and limits; the old key ends now or after graceMinutes (at most 7 days) */
  rotatePartnerKey: IssuePartnerKeyPayload;
  /** LEADER: reconcile every channel’s bill of a Beijing day now (today’s bill so far, or a day again), as the daily job does */
  runReconciliation: RunReconciliationPayload;
  /** SYSTEM_ADMIN: the duty phone alerts for this unit go to (null clears it) */
  setUnitDutyPhone: UnitPayload;
  /** Sign in with an Alipay auth code (用户信息授权). Alipay-certified real-name info that the population register confirms gives level 1 (ALIPAY_CERTIFIED) */
  signInWithAlipay: SignInPayload;
  /** Sign in with a phone number and the SMS code sent to it (purpose SIGN_IN). Level 0 until verified */
  signInWithPhone: SignInPayload;
  /** Sign in with a WeChat OAuth code (网页授权). WeChat knows no real name: level 0 until verified */
  signInWithWechat: SignInPayload;
  /** Citizens: pay one of their orders through Alipay or WeChat Pay; asking again gives the same trade */
  startPayment: StartPaymentPayload;
  /** Citizens: book a number of a hall for one of its next working days and a slot; the number comes from the hall’s queue machine (SLOT_FULL, ALREADY_BOOKED, BOOKING_BARRED, DATE_NOT_BOOKABLE…) */
  takeQueueNumber: TakeQueueNumberPayload;
  unbindDrivingLicence: BindingPayload;
  unbindVehicle: BindingPayload;
  /** SECURITY_ADMIN: lift a lockout before its 30 minutes are over */
  unlockOfficer: OfficerPayload;
  /** SECURITY_ADMIN: replace the roles (ROLE_CONFLICT when they break the separation of duties) */
  updateOfficerRoles: OfficerPayload;
  /** SYSTEM_ADMIN or LEADER: a hall’s numbers per slot, share bookable online, closed days or unit (audited) */
  updateQueueHallSchedule: UpdateQueueHallSchedulePayload;
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


export type MutationCallNextQueueNumberArgs = {
  hallId: Scalars['ID']['input'];
  itemId?: InputMaybe<Scalars['ID']['input']>;
  windowNo: Scalars['Int']['input'];
};


export type MutationCancelQueueTicketArgs = {
  id: Scalars['ID']['input'];
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


export type MutationCheckInQueueTicketArgs = {
  hallId?: InputMaybe<Scalars['ID']['input']>;
  qrPayload: Scalars['String']['input'];
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


export type MutationMarkQueueTicketArgs = {
  input: MarkQueueTicketInput;
};


export type MutationOfficerSignInArgs = {
  password: Scalars['String']['input'];
  totp: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationPayViolationFineArgs = {
  input: PayViolationFineInput;
};


export type MutationRefundPaymentArgs = {
  input: RefundPaymentInput;
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


export type MutationResolveReconciliationDifferenceArgs = {
  input: ResolveReconciliationDifferenceInput;
};


export type MutationRetryIdentityJobArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRetryPaymentJobArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRetryQueueJobArgs = {
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


export type MutationRunReconciliationArgs = {
  date: Scalars['String']['input'];
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


export type MutationStartPaymentArgs = {
  input: StartPaymentInput;
};


export type MutationTakeQueueNumberArgs = {
  input: TakeQueueNumberInput;
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


export type MutationUpdateQueueHallScheduleArgs = {
  input: UpdateQueueHallScheduleInput;
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

export type PayViolationFineInput = {
  /** One of the citizen’s bound plates, e.g. 豫K·A1234 */
  plate: Scalars['String']['input'];
  violationId: Scalars['ID']['input'];
};

export type PayViolationFinePayload = {
  __typename?: 'PayViolationFinePayload';
  error?: Maybe<UserError>;
  payment?: Maybe<FinePayment>;
};

/** What the order pays: an entity of its owning subgraph */
export type Payable = {
  __typename?: 'Payable';
  id: Scalars['ID']['output'];
  /** The owning subgraph, e.g. traffic */
  subgraph: Scalars['String']['output'];
  /** Its entity type there, e.g. Violation */
  type: Scalars['String']['output'];
};

/** Where the payer confirms: the channel’s cashier page and a QR code of it for another device, or inside WeChat its pay sheet (`jsapi`) */
export type PaymentCashier = {
  __typename?: 'PaymentCashier';
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Inside WeChat (a `wechatCode` was given): the pay sheet’s parameters */
  jsapi?: Maybe<WechatJsapiPay>;
  /** An SVG data URL (image/svg+xml): scan with the Alipay / WeChat app; null for a JSAPI payment */
  qrCode?: Maybe<Scalars['String']['output']>;
  /** Open this in the page (Alipay / WeChat H5 cashier); null for a JSAPI payment */
  url?: Maybe<Scalars['String']['output']>;
};

/** 支付宝 / 微信支付 */
export type PaymentChannel =
  | 'ALIPAY'
  | 'WECHAT';

/** A part of the amount (罚款, 滞纳金…), in fen */
export type PaymentLine = {
  __typename?: 'PaymentLine';
  /** Fen (1 yuan = 100) */
  amountFen: Scalars['Int']['output'];
  label: Scalars['String']['output'];
};

/** A payment order of the payment centre; amounts are integer fen, never floats */
export type PaymentOrder = {
  __typename?: 'PaymentOrder';
  /** What is charged, in fen */
  amountFen: Scalars['Int']['output'];
  /** TRAFFIC_FINE, TRAFFIC_FEE, EXIT_ENTRY_FEE, HOUSEHOLD_FEE, POSTAGE */
  businessKind: Scalars['String']['output'];
  /** The business kind in Chinese */
  businessKindName: Scalars['String']['output'];
  /** The channel it was paid through */
  channel?: Maybe<PaymentChannel>;
  /** County (6-digit administrative code) whose account receives the money */
  countyCode: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Unpaid orders close at this time */
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  lines: Array<PaymentLine>;
  paidAt?: Maybe<Scalars['DateTimeISO']['output']>;
  payable: Payable;
  /** Refunded so far of what the order was paid, in fen (a duplicate payment’s refund is not counted: that money was never the order’s) */
  refundedFen: Scalars['Int']['output'];
  /** Refunds asked for this order, oldest first */
  refunds: Array<PaymentRefund>;
  revenueItem: RevenueItem;
  status: PaymentOrderStatus;
  /** What the payer sees on the cashier, e.g. 交通违法罚款 */
  subject: Scalars['String']['output'];
};

/** Every given field must match */
export type PaymentOrderFilter = {
  businessKind?: InputMaybe<Scalars['String']['input']>;
  channel?: InputMaybe<PaymentChannel>;
  /** 6-digit county code */
  countyCode?: InputMaybe<Scalars['String']['input']>;
  /** Created at or after */
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  status?: InputMaybe<PaymentOrderStatus>;
  /** Created before */
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** Newest first; pass endCursor as `after` for the next page */
export type PaymentOrderPage = {
  __typename?: 'PaymentOrderPage';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<PaymentOrder>;
};

/** Moves only forward: UNPAID → PAID (→ refunds), or UNPAID → CLOSED at expiry */
export type PaymentOrderStatus =
  | 'CLOSED'
  | 'PAID'
  | 'PARTIALLY_REFUNDED'
  | 'REFUNDED'
  | 'UNPAID';

/** A refund an officer asked for, or the payment centre’s own of a duplicate payment */
export type PaymentRefund = {
  __typename?: 'PaymentRefund';
  amountFen: Scalars['Int']['output'];
  /** Where the money goes back: the channel of the refunded trade */
  channel: PaymentChannel;
  completedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** The channel’s refusal code, when FAILED */
  failure?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: RefundKind;
  /** Officers only; null for a duplicate payment’s refund */
  officerId?: Maybe<Scalars['ID']['output']>;
  reason: Scalars['String']['output'];
  state: RefundState;
};

/** 按渠道 / 业务类型 / 区县 / 非税收入项目 / 日 */
export type PaymentStatisticsGroupBy =
  | 'BUSINESS_KIND'
  | 'CHANNEL'
  | 'COUNTY'
  | 'DAY'
  | 'REVENUE_ITEM';

/** Money that moved in the period for one group, from the ledger */
export type PaymentStatisticsRow = {
  __typename?: 'PaymentStatisticsRow';
  /** The channel, business kind, county code, revenue item code or Beijing date (YYYY-MM-DD) */
  key: Scalars['String']['output'];
  /** Its name in Chinese (the date for DAY) */
  label: Scalars['String']['output'];
  /** paidFen − refundedFen */
  netFen: Scalars['FenTotal']['output'];
  /** Orders paid in the period */
  orders: Scalars['Int']['output'];
  paidFen: Scalars['FenTotal']['output'];
  /** Refunded in the period, whenever the order was paid */
  refundedFen: Scalars['FenTotal']['output'];
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
  /** The signed-in citizen’s orders, newest first (at most 50) */
  myPaymentOrders: Array<PaymentOrder>;
  /** The signed-in citizen’s numbers, newest first (at most 50) */
  myQueueTickets: Array<QueueTicket>;
  /** Administrator resets waiting for this officer’s approval (same administrator role; not their own request or account) */
  officerResetRequests: Array<OfficerResetRequest>;
  /** Officers of a unit (default: the caller's) within the caller's unit scope; FORBIDDEN outside it */
  officers: Array<Officer>;
  /** SYSTEM_ADMIN: keys (never their secrets), newest first */
  partnerKeys: Array<PartnerKey>;
  /** SYSTEM_ADMIN: every scope a key can be given */
  partnerScopes: Array<PartnerScope>;
  /** One order: the citizen’s own, or any for business officers; null when there is none to see */
  paymentOrder?: Maybe<PaymentOrder>;
  /** Business officers: orders of every channel, newest first */
  paymentOrders: PaymentOrderPage;
  /** Business officers: money paid and refunded per channel, business kind, county, revenue item or day, over Beijing days (at most 366) */
  paymentStatistics: Array<PaymentStatisticsRow>;
  /** Business officers of the hall’s unit: the hall’s day at its queue machine (today by default), online and walk-in numbers */
  queueBoard: QueueBoard;
  /** Citizens (real-name level 1) and officers: the halls whose numbers can be booked online, by county */
  queueHalls: Array<QueueHall>;
  /** The slots of one item on one bookable date, with the seats left online (HALL_NOT_FOUND, ITEM_NOT_SERVED, DATE_NOT_BOOKABLE) */
  queueSlots: Array<QueueSlot>;
  /** Business officers of the hall’s unit: per open day (at most 31), numbers booked online, walk-ins, served, no-shows, cancelled, mean wait */
  queueStatistics: Array<QueueDayStatistics>;
  /** One number with its live status (poll it): the citizen’s own, or for the officers of its hall; null when there is none to see */
  queueTicket?: Maybe<QueueTicket>;
  /** Business officers: differences between the channels’ bills and the ledger, newest day first */
  reconciliationDifferences: Array<ReconciliationDifference>;
  /** Business officers: the reconciled days (newest first) with their counts and open differences */
  reconciliationRuns: Array<ReconciliationRun>;
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


export type QueryPaymentOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPaymentOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PaymentOrderFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryPaymentStatisticsArgs = {
  from: Scalars['String']['input'];
  groupBy: PaymentStatisticsGroupBy;
  to: Scalars['String']['input'];
};


export type QueryQueueBoardArgs = {
  date?: InputMaybe<Scalars['String']['input']>;
  hallId: Scalars['ID']['input'];
};


export type QueryQueueSlotsArgs = {
  date: Scalars['String']['input'];
  hallId: Scalars['ID']['input'];
  itemId: Scalars['ID']['input'];
};


export type QueryQueueStatisticsArgs = {
  from: Scalars['String']['input'];
  hallId: Scalars['ID']['input'];
  to: Scalars['String']['input'];
};


export type QueryQueueTicketArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReconciliationDifferencesArgs = {
  filter?: InputMaybe<ReconciliationDifferenceFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryReconciliationRunsArgs = {
  channel?: InputMaybe<PaymentChannel>;
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


export type QueryVehicleArgs = {
  plate: Scalars['String']['input'];
};


export type QueryVerifyPersonArgs = {
  idNumber: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/** A hall’s day at its queue machine: the board the windows work from */
export type QueueBoard = {
  __typename?: 'QueueBoard';
  /** Mean minutes from being present (and the slot begun) to being called; null before the first call */
  averageWaitMinutes?: Maybe<Scalars['Float']['output']>;
  date: Scalars['String']['output'];
  hall: QueueHall;
  nowCalling: Array<QueueCall>;
  /** In order of issue */
  numbers: Array<QueueBoardNumber>;
  waiting: Scalars['Int']['output'];
};

/** One number of a hall’s day at its machine, online or walk-in */
export type QueueBoardNumber = {
  __typename?: 'QueueBoardNumber';
  calledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  channel: QueueChannel;
  /** In the hall: walk-ins from issue, online numbers from check-in */
  checkedInAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Became NO_SHOW or CANCELLED at */
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  issuedAt: Scalars['DateTimeISO']['output'];
  /** The item code */
  itemId: Scalars['ID']['output'];
  number: Scalars['String']['output'];
  servedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  slot: Scalars['String']['output'];
  status: QueueNumberStatus;
  /** The online booking behind it */
  ticketId?: Maybe<Scalars['ID']['output']>;
  windowNo?: Maybe<Scalars['Int']['output']>;
};

/** A number a window called and has not marked yet */
export type QueueCall = {
  __typename?: 'QueueCall';
  calledAt: Scalars['DateTimeISO']['output'];
  number: Scalars['String']['output'];
  windowNo: Scalars['Int']['output'];
};

/** ONLINE: booked through us; WALKIN: taken at the hall’s machine (one sequence for both) */
export type QueueChannel =
  | 'ONLINE'
  | 'WALKIN';

/** One open day of a hall: online bookings, and what its machine counted */
export type QueueDayStatistics = {
  __typename?: 'QueueDayStatistics';
  /** Mean minutes from being present to being called */
  averageWaitMinutes?: Maybe<Scalars['Float']['output']>;
  /** Numbers booked online (cancelled ones included) */
  booked: Scalars['Int']['output'];
  cancelled: Scalars['Int']['output'];
  date: Scalars['String']['output'];
  noShows: Scalars['Int']['output'];
  served: Scalars['Int']['output'];
  /** Still waiting */
  waiting: Scalars['Int']['output'];
  /** Numbers taken at the hall’s machine */
  walkIns: Scalars['Int']['output'];
};

/** An administrative service or vehicle administration hall whose numbers can be booked online */
export type QueueHall = {
  __typename?: 'QueueHall';
  address: Scalars['String']['output'];
  /** The dates a number can be booked for now (the hall’s next working days) */
  bookableDates: Array<Scalars['String']['output']>;
  /** Further days without online booking, set by the hall’s officers */
  closedDates: Array<Scalars['String']['output']>;
  county: Scalars['String']['output'];
  /** 6-digit county code */
  countyCode: Scalars['String']['output'];
  /** Statutory holidays the machine is closed (YYYY-MM-DD) */
  holidays: Array<Scalars['String']['output']>;
  /** The hall’s code at its queue machine, e.g. XC-WD-01 */
  id: Scalars['ID']['output'];
  items: Array<QueueItem>;
  /** Opens the address on a map (Amap) */
  mapUrl: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Numbers per item and slot bookable online */
  onlineCapacity: Scalars['Int']['output'];
  /** Share of them bookable online, in percent */
  onlineSharePercent: Scalars['Int']['output'];
  /** ISO weekdays the hall opens (1 Monday … 7 Sunday), holidays aside */
  openWeekdays: Array<Scalars['Int']['output']>;
  openingHours: Array<QueueSession>;
  /** Numbers per item and slot the hall serves */
  slotCapacity: Scalars['Int']['output'];
  /** Minutes per time slot */
  slotMinutes: Scalars['Int']['output'];
  /** The police unit that runs the hall (12 digits) */
  unitCode: Scalars['String']['output'];
  windows: Scalars['Int']['output'];
  /** Weekend days worked in exchange (YYYY-MM-DD) */
  workdays: Array<Scalars['String']['output']>;
};

/** A business a hall serves (户籍业务, 机动车登记…), with the letter of its numbers */
export type QueueItem = {
  __typename?: 'QueueItem';
  /** The machine’s item code, e.g. HJ */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Its numbers read A001, A002… */
  prefix: Scalars['String']['output'];
};

/** What the window says of the number it called */
export type QueueMark =
  | 'NO_SHOW'
  | 'SERVED';

/** A number as the hall’s queue machine shows it */
export type QueueNumberStatus =
  | 'CALLED'
  | 'CANCELLED'
  | 'NO_SHOW'
  | 'SERVED'
  | 'WAITING';

/** Opening hours, Beijing time */
export type QueueSession = {
  __typename?: 'QueueSession';
  /** HH:MM */
  end: Scalars['String']['output'];
  /** HH:MM */
  start: Scalars['String']['output'];
};

/** A time slot of one item on one day, as far as online booking goes */
export type QueueSlot = {
  __typename?: 'QueueSlot';
  /** Numbers bookable online in this slot */
  capacity: Scalars['Int']['output'];
  /** HH:MM */
  end: Scalars['String']['output'];
  left: Scalars['Int']['output'];
  /** e.g. 09:00-09:30 */
  slot: Scalars['String']['output'];
  /** HH:MM */
  start: Scalars['String']['output'];
  taken: Scalars['Int']['output'];
};

/** A number booked online at a hall; the window officer scans its QR code */
export type QueueTicket = {
  __typename?: 'QueueTicket';
  /** Live: waiting numbers that will be called first; null once it no longer waits */
  ahead?: Maybe<Scalars['Int']['output']>;
  calledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** It can be cancelled until then */
  cancellableUntil: Scalars['DateTimeISO']['output'];
  checkedInAt?: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** YYYY-MM-DD */
  date: Scalars['String']['output'];
  /** Live, on the day: estimated minutes until it is called */
  estimatedWaitMinutes?: Maybe<Scalars['Int']['output']>;
  hall: QueueHall;
  id: Scalars['ID']['output'];
  item: QueueItem;
  /** Live: the number of this item the hall is calling now */
  nowCalling?: Maybe<Scalars['String']['output']>;
  /** The machine’s number, e.g. A017: the same sequence as the numbers taken in the hall */
  number: Scalars['String']['output'];
  /** An SVG data URL (image/svg+xml) of the QR code to show at the window */
  qrCode: Scalars['String']['output'];
  /** What the QR code holds: ticket, hall, date and number, signed (the window’s scanner sends it to checkInQueueTicket) */
  qrPayload: Scalars['String']['output'];
  /** e.g. 09:00-09:30 */
  slot: Scalars['String']['output'];
  /** The slot begins */
  slotStartsAt: Scalars['DateTimeISO']['output'];
  status: QueueTicketStatus;
  /** The window that called it */
  windowNo?: Maybe<Scalars['Int']['output']>;
};

/** BOOKED → CHECKED_IN (scanned at the window) → CALLED → SERVED or NO_SHOW; BOOKED → CANCELLED */
export type QueueTicketStatus =
  | 'BOOKED'
  | 'CALLED'
  | 'CANCELLED'
  | 'CHECKED_IN'
  | 'NO_SHOW'
  | 'SERVED';

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

/** Where a channel’s bill and the ledger disagree about one payment or refund of a day, and how an officer settled it */
export type ReconciliationDifference = {
  __typename?: 'ReconciliationDifference';
  channel: PaymentChannel;
  channelEntries: Scalars['Int']['output'];
  /** Fen the bill lists; null: none */
  channelFen?: Maybe<Scalars['Int']['output']>;
  /** The channel’s trade number for a payment, our refund request number for a refund */
  channelRef: Scalars['String']['output'];
  /** The Beijing day, YYYY-MM-DD */
  date: Scalars['String']['output'];
  detectedAt: Scalars['DateTimeISO']['output'];
  entryKind: LedgerEntryKind;
  id: Scalars['ID']['output'];
  kind: ReconciliationDifferenceKind;
  ledgerEntries: Scalars['Int']['output'];
  /** Fen the ledger holds (all its rows, for a duplicate); null: none */
  ledgerFen?: Maybe<Scalars['Int']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  /** The order, when we know the trade or refund */
  orderId?: Maybe<Scalars['ID']['output']>;
  /** Our trade number (商户订单号) */
  outTradeNo: Scalars['String']['output'];
  resolution?: Maybe<ReconciliationResolution>;
  resolvedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The officer who resolved it */
  resolvedBy?: Maybe<Scalars['ID']['output']>;
};

/** Every given field must match */
export type ReconciliationDifferenceFilter = {
  channel?: InputMaybe<PaymentChannel>;
  /** The Beijing day, YYYY-MM-DD */
  date?: InputMaybe<Scalars['String']['input']>;
  /** false: only those still to handle */
  resolved?: InputMaybe<Scalars['Boolean']['input']>;
};

/** MISSING_IN_LEDGER: the channel has money we did not record (长款); MISSING_AT_CHANNEL: we recorded money the channel does not list (短款); AMOUNT_MISMATCH; DUPLICATE: one trade or refund twice on one side */
export type ReconciliationDifferenceKind =
  | 'AMOUNT_MISMATCH'
  | 'DUPLICATE'
  | 'MISSING_AT_CHANNEL'
  | 'MISSING_IN_LEDGER';

/** 已退款 / 已手工补录 / 渠道已更正 / 无需处理 */
export type ReconciliationResolution =
  | 'CHANNEL_CORRECTED'
  | 'IGNORED'
  | 'RECORDED_MANUALLY'
  | 'REFUNDED';

/** One Beijing day of one channel, reconciled (again) in place: its bill, its ledger rows, and the differences found */
export type ReconciliationRun = {
  __typename?: 'ReconciliationRun';
  billPaymentFen: Scalars['FenTotal']['output'];
  /** Payments the channel’s bill lists */
  billPayments: Scalars['Int']['output'];
  billRefundFen: Scalars['FenTotal']['output'];
  billRefunds: Scalars['Int']['output'];
  channel: PaymentChannel;
  /** The Beijing day, YYYY-MM-DD */
  date: Scalars['String']['output'];
  /** Differences of the day, resolved or not */
  differences: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  lastRunAt: Scalars['DateTimeISO']['output'];
  ledgerPaymentFen: Scalars['FenTotal']['output'];
  /** Payments the ledger recorded that day */
  ledgerPayments: Scalars['Int']['output'];
  ledgerRefundFen: Scalars['FenTotal']['output'];
  ledgerRefunds: Scalars['Int']['output'];
  /** Trades and refunds found on both sides with the same amount */
  matched: Scalars['Int']['output'];
  /** `schedule`, or the id of the officer who asked for the last run */
  requestedBy: Scalars['String']['output'];
  /** How often the day was reconciled */
  runCount: Scalars['Int']['output'];
  unresolved: Scalars['Int']['output'];
};

/** 民警退款 / 重复支付自动退款 (the whole second payment of an order paid twice, sent back by the payment centre itself) */
export type RefundKind =
  | 'DUPLICATE_PAYMENT'
  | 'OFFICER';

export type RefundPaymentInput = {
  /** Fen; with the earlier refunds at most what was paid */
  amountFen: Scalars['Int']['input'];
  /** Made once by the console per refund (a UUID): sending it again is the same refund */
  idempotencyKey: Scalars['String']['input'];
  orderId: Scalars['ID']['input'];
  /** 退款原因 (audited) */
  reason: Scalars['String']['input'];
};

export type RefundPaymentPayload = {
  __typename?: 'RefundPaymentPayload';
  error?: Maybe<UserError>;
  refund?: Maybe<PaymentRefund>;
};

/** 已申请 / 已退款 / 失败 */
export type RefundState =
  | 'FAILED'
  | 'REQUESTED'
  | 'SUCCEEDED';

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

export type ResolveReconciliationDifferenceInput = {
  id: Scalars['ID']['input'];
  /** 处理说明 (kept on the difference; the audit row names the resolution) */
  note: Scalars['String']['input'];
  resolution: ReconciliationResolution;
};

export type ResolveReconciliationDifferencePayload = {
  __typename?: 'ResolveReconciliationDifferencePayload';
  difference?: Maybe<ReconciliationDifference>;
  error?: Maybe<UserError>;
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

/** The non-tax revenue item (非税收入项目) the money settles into */
export type RevenueItem = {
  __typename?: 'RevenueItem';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type RunReconciliationPayload = {
  __typename?: 'RunReconciliationPayload';
  date?: Maybe<Scalars['String']['output']>;
  error?: Maybe<UserError>;
  /** The run is queued: every channel’s bill of the day is reconciled within moments (see reconciliationRuns) */
  queued: Scalars['Boolean']['output'];
};

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

export type StartPaymentInput = {
  channel: PaymentChannel;
  orderId: Scalars['ID']['input'];
  /** Inside WeChat: the page’s 网页授权 (snsapi_base) code of the payment’s official account; the answer is then `jsapi` for WeixinJSBridge instead of a cashier URL */
  wechatCode?: InputMaybe<Scalars['String']['input']>;
};

export type StartPaymentPayload = {
  __typename?: 'StartPaymentPayload';
  error?: Maybe<UserError>;
  pay?: Maybe<PaymentCashier>;
};

export type TakeQueueNumberInput = {
  /** One of the hall’s bookableDates */
  date: Scalars['String']['input'];
  /** QueueHall.id */
  hallId: Scalars['ID']['input'];
  /** QueueItem.id */
  itemId: Scalars['ID']['input'];
  /** One of queueSlots’ slots, e.g. 09:00-09:30 */
  slot: Scalars['String']['input'];
};

export type TakeQueueNumberPayload = {
  __typename?: 'TakeQueueNumberPayload';
  error?: Maybe<UserError>;
  ticket?: Maybe<QueueTicket>;
};

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

/** Only the given settings change */
export type UpdateQueueHallScheduleInput = {
  /** Days without online booking besides the holidays (replaces the list) */
  closedDates?: InputMaybe<Array<Scalars['String']['input']>>;
  hallId: Scalars['ID']['input'];
  /** Share of them bookable online, in percent (0–100) */
  onlineSharePercent?: InputMaybe<Scalars['Int']['input']>;
  /** Numbers per item and slot the hall serves (1–999) */
  slotCapacity?: InputMaybe<Scalars['Int']['input']>;
  /** The police unit that runs the hall (12 digits, within the officer’s scope) */
  unitCode?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateQueueHallSchedulePayload = {
  __typename?: 'UpdateQueueHallSchedulePayload';
  error?: Maybe<UserError>;
  hall?: Maybe<QueueHall>;
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
  /** Penalty decision day, YYYY-MM-DD (Beijing): the late fee counts from it */
  decidedAt?: Maybe<Scalars['String']['output']>;
  /** Penalty decision number (处罚决定书编号), once processed */
  decisionNumber?: Maybe<Scalars['String']['output']>;
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

/** What the page passes to WeixinJSBridge.invoke("getBrandWCPayRequest", …): signed by the merchant for one prepay id */
export type WechatJsapiPay = {
  __typename?: 'WechatJsapiPay';
  appId: Scalars['String']['output'];
  nonceStr: Scalars['String']['output'];
  /** prepay_id=… */
  package: Scalars['String']['output'];
  paySign: Scalars['String']['output'];
  signType: Scalars['String']['output'];
  timeStamp: Scalars['String']['output'];
};

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

export type PaymentOrderFieldsFragment = { __typename?: 'PaymentOrder', id: string, status: PaymentOrderStatus, subject: string, businessKind: string, businessKindName: string, amountFen: number, channel?: PaymentChannel | null, expiresAt: string, paidAt?: string | null, createdAt: string, lines: Array<{ __typename?: 'PaymentLine', label: string, amountFen: number }> };

export type PaymentOrderDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PaymentOrderDetailQuery = { __typename?: 'Query', paymentOrder?: { __typename?: 'PaymentOrder', id: string, status: PaymentOrderStatus, subject: string, businessKind: string, businessKindName: string, amountFen: number, channel?: PaymentChannel | null, expiresAt: string, paidAt?: string | null, createdAt: string, lines: Array<{ __typename?: 'PaymentLine', label: string, amountFen: number }> } | null };

export type MyPaymentOrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPaymentOrdersQuery = { __typename?: 'Query', myPaymentOrders: Array<{ __typename?: 'PaymentOrder', id: string, status: PaymentOrderStatus, subject: string, businessKindName: string, amountFen: number, channel?: PaymentChannel | null, createdAt: string, paidAt?: string | null }> };

export type StartPaymentMutationVariables = Exact<{
  input: StartPaymentInput;
}>;


export type StartPaymentMutation = { __typename?: 'Mutation', startPayment: { __typename?: 'StartPaymentPayload', pay?: { __typename?: 'PaymentCashier', url?: string | null, qrCode?: string | null, expiresAt: string, jsapi?: { __typename?: 'WechatJsapiPay', appId: string, timeStamp: string, nonceStr: string, package: string, signType: string, paySign: string } | null } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type MyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProfileQuery = { __typename?: 'Query', me?: { __typename?: 'Citizen', id: string, name?: string | null, idNumber?: string | null, phone?: string | null, assuranceLevel: number, realName?: { __typename?: 'RealNameStatus', level: number, method: RealNameMethod, verifiedAt: string, phoneMatched?: boolean | null } | null, channels: Array<{ __typename?: 'ChannelAccount', channel: SignInChannel, linkedAt: string, lastSignInAt?: string | null }> } | null };

export type QueueHallsQueryVariables = Exact<{ [key: string]: never; }>;


export type QueueHallsQuery = { __typename?: 'Query', queueHalls: Array<{ __typename?: 'QueueHall', id: string, name: string, countyCode: string, county: string, address: string, mapUrl: string, bookableDates: Array<string>, items: Array<{ __typename?: 'QueueItem', id: string, name: string, prefix: string }>, openingHours: Array<{ __typename?: 'QueueSession', start: string, end: string }> }> };

export type QueueSlotsQueryVariables = Exact<{
  hallId: Scalars['ID']['input'];
  itemId: Scalars['ID']['input'];
  date: Scalars['String']['input'];
}>;


export type QueueSlotsQuery = { __typename?: 'Query', queueSlots: Array<{ __typename?: 'QueueSlot', slot: string, start: string, end: string, capacity: number, taken: number, left: number }> };

export type TakeQueueNumberMutationVariables = Exact<{
  input: TakeQueueNumberInput;
}>;


export type TakeQueueNumberMutation = { __typename?: 'Mutation', takeQueueNumber: { __typename?: 'TakeQueueNumberPayload', ticket?: { __typename?: 'QueueTicket', id: string, number: string, date: string, slot: string, status: QueueTicketStatus } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type QueueTicketQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type QueueTicketQuery = { __typename?: 'Query', queueTicket?: { __typename?: 'QueueTicket', id: string, number: string, date: string, slot: string, status: QueueTicketStatus, slotStartsAt: string, cancellableUntil: string, checkedInAt?: string | null, calledAt?: string | null, windowNo?: number | null, createdAt: string, qrCode: string, nowCalling?: string | null, ahead?: number | null, estimatedWaitMinutes?: number | null, hall: { __typename?: 'QueueHall', id: string, name: string, county: string, address: string, mapUrl: string }, item: { __typename?: 'QueueItem', id: string, name: string } } | null };

export type MyQueueTicketsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyQueueTicketsQuery = { __typename?: 'Query', myQueueTickets: Array<{ __typename?: 'QueueTicket', id: string, number: string, date: string, slot: string, status: QueueTicketStatus, createdAt: string, hall: { __typename?: 'QueueHall', id: string, name: string }, item: { __typename?: 'QueueItem', id: string, name: string } }> };

export type CancelQueueTicketMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelQueueTicketMutation = { __typename?: 'Mutation', cancelQueueTicket: { __typename?: 'CancelQueueTicketPayload', ticket?: { __typename?: 'QueueTicket', id: string, status: QueueTicketStatus } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

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


export type MyVehiclesAndViolationsQuery = { __typename?: 'Query', me?: { __typename?: 'Citizen', name?: string | null, idNumber?: string | null, vehicles?: Array<{ __typename?: 'Vehicle', plate: string, brand: string, model: string, color: string, newEnergy: boolean, inspectionDue: string, violations?: Array<{ __typename?: 'Violation', id: string, occurredAt: string, place: string, behavior: string, points: number, fineYuan: number, status: ViolationStatus, agency: string, decisionNumber?: string | null, decidedAt?: string | null }> | null }> | null } | null };

export type PayViolationFineMutationVariables = Exact<{
  input: PayViolationFineInput;
}>;


export type PayViolationFineMutation = { __typename?: 'Mutation', payViolationFine: { __typename?: 'PayViolationFinePayload', payment?: { __typename?: 'FinePayment', orderId: string, fineFen: number, lateFeeFen: number, amountFen: number, expiresAt: string } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

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
  payment: Scalars['Boolean']['input'];
  queue: Scalars['Boolean']['input'];
}>;


export type AuditTrailEntriesQuery = { __typename?: 'Query', auditTrails: { __typename?: 'AuditTrails', identity?: { __typename?: 'AuditTrail', subgraph: string, entries: { __typename?: 'AuditEntryPage', endCursor?: string | null, hasNextPage: boolean, nodes: Array<{ __typename?: 'AuditEntry', id: string, at: string, action: string, actorKind: string, actorId?: string | null, targetKind?: string | null, targetId?: string | null, field?: string | null, purpose?: string | null, requestId: string, details?: string | null, hash: string, archived: boolean }> } }, traffic?: { __typename?: 'AuditTrail', subgraph: string, entries: { __typename?: 'AuditEntryPage', endCursor?: string | null, hasNextPage: boolean, nodes: Array<{ __typename?: 'AuditEntry', id: string, at: string, action: string, actorKind: string, actorId?: string | null, targetKind?: string | null, targetId?: string | null, field?: string | null, purpose?: string | null, requestId: string, details?: string | null, hash: string, archived: boolean }> } }, payment?: { __typename?: 'AuditTrail', subgraph: string, entries: { __typename?: 'AuditEntryPage', endCursor?: string | null, hasNextPage: boolean, nodes: Array<{ __typename?: 'AuditEntry', id: string, at: string, action: string, actorKind: string, actorId?: string | null, targetKind?: string | null, targetId?: string | null, field?: string | null, purpose?: string | null, requestId: string, details?: string | null, hash: string, archived: boolean }> } }, queue?: { __typename?: 'AuditTrail', subgraph: string, entries: { __typename?: 'AuditEntryPage', endCursor?: string | null, hasNextPage: boolean, nodes: Array<{ __typename?: 'AuditEntry', id: string, at: string, action: string, actorKind: string, actorId?: string | null, targetKind?: string | null, targetId?: string | null, field?: string | null, purpose?: string | null, requestId: string, details?: string | null, hash: string, archived: boolean }> } } } };

export type AuditTrailChainQueryVariables = Exact<{
  identity: Scalars['Boolean']['input'];
  traffic: Scalars['Boolean']['input'];
  payment: Scalars['Boolean']['input'];
  queue: Scalars['Boolean']['input'];
}>;


export type AuditTrailChainQuery = { __typename?: 'Query', auditTrails: { __typename?: 'AuditTrails', identity?: { __typename?: 'AuditTrail', subgraph: string, chain: { __typename?: 'AuditChainStatus', ok: boolean, checkedRows: number, firstBrokenId?: string | null, reason?: string | null, gaps: number, checkedAt: string } }, traffic?: { __typename?: 'AuditTrail', subgraph: string, chain: { __typename?: 'AuditChainStatus', ok: boolean, checkedRows: number, firstBrokenId?: string | null, reason?: string | null, gaps: number, checkedAt: string } }, payment?: { __typename?: 'AuditTrail', subgraph: string, chain: { __typename?: 'AuditChainStatus', ok: boolean, checkedRows: number, firstBrokenId?: string | null, reason?: string | null, gaps: number, checkedAt: string } }, queue?: { __typename?: 'AuditTrail', subgraph: string, chain: { __typename?: 'AuditChainStatus', ok: boolean, checkedRows: number, firstBrokenId?: string | null, reason?: string | null, gaps: number, checkedAt: string } } } };

export type JobQueueFieldsFragment = { __typename?: 'JobQueue', subgraph: string, counts: { __typename?: 'JobStateCounts', pending: number, running: number, done: number, dead: number, oldestDueAgeSeconds?: number | null }, jobs: Array<{ __typename?: 'JobRecord', id: string, kind: string, key: string, state: JobState, attempts: number, maxAttempts: number, lastError?: string | null, updatedAt: string }> };

export type JobQueuesQueryVariables = Exact<{ [key: string]: never; }>;


export type JobQueuesQuery = { __typename?: 'Query', jobQueues: { __typename?: 'JobQueues', identity: { __typename?: 'JobQueue', subgraph: string, counts: { __typename?: 'JobStateCounts', pending: number, running: number, done: number, dead: number, oldestDueAgeSeconds?: number | null }, jobs: Array<{ __typename?: 'JobRecord', id: string, kind: string, key: string, state: JobState, attempts: number, maxAttempts: number, lastError?: string | null, updatedAt: string }> }, traffic: { __typename?: 'JobQueue', subgraph: string, counts: { __typename?: 'JobStateCounts', pending: number, running: number, done: number, dead: number, oldestDueAgeSeconds?: number | null }, jobs: Array<{ __typename?: 'JobRecord', id: string, kind: string, key: string, state: JobState, attempts: number, maxAttempts: number, lastError?: string | null, updatedAt: string }> }, payment: { __typename?: 'JobQueue', subgraph: string, counts: { __typename?: 'JobStateCounts', pending: number, running: number, done: number, dead: number, oldestDueAgeSeconds?: number | null }, jobs: Array<{ __typename?: 'JobRecord', id: string, kind: string, key: string, state: JobState, attempts: number, maxAttempts: number, lastError?: string | null, updatedAt: string }> }, queue: { __typename?: 'JobQueue', subgraph: string, counts: { __typename?: 'JobStateCounts', pending: number, running: number, done: number, dead: number, oldestDueAgeSeconds?: number | null }, jobs: Array<{ __typename?: 'JobRecord', id: string, kind: string, key: string, state: JobState, attempts: number, maxAttempts: number, lastError?: string | null, updatedAt: string }> } } };

export type RetryIdentityJobMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetryIdentityJobMutation = { __typename?: 'Mutation', retryIdentityJob: { __typename?: 'RetryJobPayload', job?: { __typename?: 'JobRecord', id: string, state: JobState, attempts: number } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type RetryTrafficJobMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetryTrafficJobMutation = { __typename?: 'Mutation', retryTrafficJob: { __typename?: 'RetryJobPayload', job?: { __typename?: 'JobRecord', id: string, state: JobState, attempts: number } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type RetryPaymentJobMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetryPaymentJobMutation = { __typename?: 'Mutation', retryPaymentJob: { __typename?: 'RetryJobPayload', job?: { __typename?: 'JobRecord', id: string, state: JobState, attempts: number } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type RetryQueueJobMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetryQueueJobMutation = { __typename?: 'Mutation', retryQueueJob: { __typename?: 'RetryJobPayload', job?: { __typename?: 'JobRecord', id: string, state: JobState, attempts: number } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

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

export type ConsolePaymentOrderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConsolePaymentOrderQuery = { __typename?: 'Query', paymentOrder?: { __typename?: 'PaymentOrder', id: string, status: PaymentOrderStatus, subject: string, businessKind: string, businessKindName: string, amountFen: number, countyCode: string, channel?: PaymentChannel | null, expiresAt: string, paidAt?: string | null, createdAt: string, refundedFen: number, lines: Array<{ __typename?: 'PaymentLine', label: string, amountFen: number }>, payable: { __typename?: 'Payable', subgraph: string, type: string, id: string }, revenueItem: { __typename?: 'RevenueItem', code: string, name: string }, refunds: Array<{ __typename?: 'PaymentRefund', id: string, amountFen: number, reason: string, state: RefundState, failure?: string | null, officerId?: string | null, createdAt: string, completedAt?: string | null }> } | null };

export type RefundPaymentMutationVariables = Exact<{
  input: RefundPaymentInput;
}>;


export type RefundPaymentMutation = { __typename?: 'Mutation', refundPayment: { __typename?: 'RefundPaymentPayload', refund?: { __typename?: 'PaymentRefund', id: string, amountFen: number, state: RefundState } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type PaymentOrdersQueryVariables = Exact<{
  filter?: InputMaybe<PaymentOrderFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PaymentOrdersQuery = { __typename?: 'Query', paymentOrders: { __typename?: 'PaymentOrderPage', endCursor?: string | null, hasNextPage: boolean, nodes: Array<{ __typename?: 'PaymentOrder', id: string, status: PaymentOrderStatus, subject: string, businessKind: string, businessKindName: string, amountFen: number, countyCode: string, channel?: PaymentChannel | null, paidAt?: string | null, createdAt: string }> } };

export type ReconciliationQueryVariables = Exact<{
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
  channel?: InputMaybe<PaymentChannel>;
  filter?: InputMaybe<ReconciliationDifferenceFilter>;
  first: Scalars['Int']['input'];
}>;


export type ReconciliationQuery = { __typename?: 'Query', reconciliationRuns: Array<{ __typename?: 'ReconciliationRun', id: string, date: string, channel: PaymentChannel, billPayments: number, billPaymentFen: number, billRefunds: number, billRefundFen: number, ledgerPayments: number, ledgerPaymentFen: number, ledgerRefunds: number, ledgerRefundFen: number, matched: number, differences: number, unresolved: number, runCount: number, requestedBy: string, lastRunAt: string }>, reconciliationDifferences: Array<{ __typename?: 'ReconciliationDifference', id: string, date: string, channel: PaymentChannel, kind: ReconciliationDifferenceKind, entryKind: LedgerEntryKind, outTradeNo: string, channelRef: string, orderId?: string | null, ledgerFen?: number | null, channelFen?: number | null, ledgerEntries: number, channelEntries: number, detectedAt: string, resolution?: ReconciliationResolution | null, note?: string | null, resolvedBy?: string | null, resolvedAt?: string | null }> };

export type ResolveReconciliationDifferenceMutationVariables = Exact<{
  input: ResolveReconciliationDifferenceInput;
}>;


export type ResolveReconciliationDifferenceMutation = { __typename?: 'Mutation', resolveReconciliationDifference: { __typename?: 'ResolveReconciliationDifferencePayload', difference?: { __typename?: 'ReconciliationDifference', id: string, resolution?: ReconciliationResolution | null, note?: string | null, resolvedBy?: string | null, resolvedAt?: string | null } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type RunReconciliationMutationVariables = Exact<{
  date: Scalars['String']['input'];
}>;


export type RunReconciliationMutation = { __typename?: 'Mutation', runReconciliation: { __typename?: 'RunReconciliationPayload', queued: boolean, date?: string | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type PaymentStatisticsQueryVariables = Exact<{
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
  groupBy: PaymentStatisticsGroupBy;
}>;


export type PaymentStatisticsQuery = { __typename?: 'Query', paymentStatistics: Array<{ __typename?: 'PaymentStatisticsRow', key: string, label: string, orders: number, paidFen: number, refundedFen: number, netFen: number }> };

export type QueueBoardQueryVariables = Exact<{
  hallId: Scalars['ID']['input'];
  date?: InputMaybe<Scalars['String']['input']>;
}>;


export type QueueBoardQuery = { __typename?: 'Query', queueBoard: { __typename?: 'QueueBoard', date: string, waiting: number, averageWaitMinutes?: number | null, nowCalling: Array<{ __typename?: 'QueueCall', number: string, windowNo: number, calledAt: string }>, numbers: Array<{ __typename?: 'QueueBoardNumber', number: string, itemId: string, slot: string, channel: QueueChannel, status: QueueNumberStatus, issuedAt: string, checkedInAt?: string | null, calledAt?: string | null, windowNo?: number | null, servedAt?: string | null, closedAt?: string | null, ticketId?: string | null }> } };

export type CheckInQueueTicketMutationVariables = Exact<{
  qrPayload: Scalars['String']['input'];
  hallId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CheckInQueueTicketMutation = { __typename?: 'Mutation', checkInQueueTicket: { __typename?: 'CheckInQueueTicketPayload', ahead?: number | null, ticket?: { __typename?: 'QueueTicket', id: string, number: string, date: string, slot: string, status: QueueTicketStatus, item: { __typename?: 'QueueItem', id: string, name: string } } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type CallNextQueueNumberMutationVariables = Exact<{
  hallId: Scalars['ID']['input'];
  windowNo: Scalars['Int']['input'];
  itemId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CallNextQueueNumberMutation = { __typename?: 'Mutation', callNextQueueNumber: { __typename?: 'CallNextQueueNumberPayload', called?: { __typename?: 'QueueBoardNumber', number: string, itemId: string, slot: string, channel: QueueChannel, status: QueueNumberStatus, windowNo?: number | null, calledAt?: string | null, ticketId?: string | null } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type MarkQueueTicketMutationVariables = Exact<{
  input: MarkQueueTicketInput;
}>;


export type MarkQueueTicketMutation = { __typename?: 'Mutation', markQueueTicket: { __typename?: 'MarkQueueTicketPayload', number?: { __typename?: 'QueueBoardNumber', number: string, status: QueueNumberStatus, servedAt?: string | null, closedAt?: string | null } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type QueueHallSettingsFieldsFragment = { __typename?: 'QueueHall', id: string, name: string, countyCode: string, county: string, address: string, mapUrl: string, windows: number, slotMinutes: number, openWeekdays: Array<number>, holidays: Array<string>, workdays: Array<string>, closedDates: Array<string>, bookableDates: Array<string>, slotCapacity: number, onlineSharePercent: number, onlineCapacity: number, unitCode: string, items: Array<{ __typename?: 'QueueItem', id: string, name: string, prefix: string }>, openingHours: Array<{ __typename?: 'QueueSession', start: string, end: string }> };

export type OfficerQueueHallsQueryVariables = Exact<{ [key: string]: never; }>;


export type OfficerQueueHallsQuery = { __typename?: 'Query', queueHalls: Array<{ __typename?: 'QueueHall', id: string, name: string, countyCode: string, county: string, address: string, mapUrl: string, windows: number, slotMinutes: number, openWeekdays: Array<number>, holidays: Array<string>, workdays: Array<string>, closedDates: Array<string>, bookableDates: Array<string>, slotCapacity: number, onlineSharePercent: number, onlineCapacity: number, unitCode: string, items: Array<{ __typename?: 'QueueItem', id: string, name: string, prefix: string }>, openingHours: Array<{ __typename?: 'QueueSession', start: string, end: string }> }> };

export type UpdateQueueHallScheduleMutationVariables = Exact<{
  input: UpdateQueueHallScheduleInput;
}>;


export type UpdateQueueHallScheduleMutation = { __typename?: 'Mutation', updateQueueHallSchedule: { __typename?: 'UpdateQueueHallSchedulePayload', hall?: { __typename?: 'QueueHall', id: string, name: string, countyCode: string, county: string, address: string, mapUrl: string, windows: number, slotMinutes: number, openWeekdays: Array<number>, holidays: Array<string>, workdays: Array<string>, closedDates: Array<string>, bookableDates: Array<string>, slotCapacity: number, onlineSharePercent: number, onlineCapacity: number, unitCode: string, items: Array<{ __typename?: 'QueueItem', id: string, name: string, prefix: string }>, openingHours: Array<{ __typename?: 'QueueSession', start: string, end: string }> } | null, error?: { __typename?: 'UserError', code: string, message: string, field?: string | null } | null } };

export type QueueStatisticsQueryVariables = Exact<{
  hallId: Scalars['ID']['input'];
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
}>;


export type QueueStatisticsQuery = { __typename?: 'Query', queueStatistics: Array<{ __typename?: 'QueueDayStatistics', date: string, booked: number, walkIns: number, served: number, noShows: number, cancelled: number, waiting: number, averageWaitMinutes?: number | null }> };

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

export const PaymentOrderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"businessKind"}},{"kind":"Field","name":{"kind":"Name","value":"businessKindName"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PaymentOrderFieldsFragment, unknown>;
export const AuditEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]} as unknown as DocumentNode<AuditEntryFieldsFragment, unknown>;
export const AuditChainFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditChainFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditChainStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checkedRows"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]} as unknown as DocumentNode<AuditChainFieldsFragment, unknown>;
export const JobQueueFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"JobQueueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"JobQueue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subgraph"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"running"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"dead"}},{"kind":"Field","name":{"kind":"Name","value":"oldestDueAgeSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"DEAD"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<JobQueueFieldsFragment, unknown>;
export const QueueHallSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueHallSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueHall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"county"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"mapUrl"}},{"kind":"Field","name":{"kind":"Name","value":"windows"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"openWeekdays"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"}},{"kind":"Field","name":{"kind":"Name","value":"workdays"}},{"kind":"Field","name":{"kind":"Name","value":"closedDates"}},{"kind":"Field","name":{"kind":"Name","value":"bookableDates"}},{"kind":"Field","name":{"kind":"Name","value":"slotCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"onlineSharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"onlineCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}}]}}]} as unknown as DocumentNode<QueueHallSettingsFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const MyBindingsDocument = {"__meta__":{"hash":"bf2b2f5d5a7a899170601f39e4a56a4e6eacf8d37f86af42260357f98b36e242"}} as unknown as DocumentNode<MyBindingsQuery, MyBindingsQueryVariables>;
export const MyDrivingLicenceDocument = {"__meta__":{"hash":"69a192682f5fba9f9ffc26a099e4da46e5593633ff781ee6d321e2bbd6f96bf1"}} as unknown as DocumentNode<MyDrivingLicenceQuery, MyDrivingLicenceQueryVariables>;
export const BindDrivingLicenceDocument = {"__meta__":{"hash":"4ce996c986c9807dec2c9b38e92e238c5dcb1e3a8f6a40c4590065ca522e34e6"}} as unknown as DocumentNode<BindDrivingLicenceMutation, BindDrivingLicenceMutationVariables>;
export const UnbindDrivingLicenceDocument = {"__meta__":{"hash":"07889dcb590f70fe40e49a661b3920f0774598c6716fbe849bf003f87038634b"}} as unknown as DocumentNode<UnbindDrivingLicenceMutation, UnbindDrivingLicenceMutationVariables>;
export const BindVehicleDocument = {"__meta__":{"hash":"38436e7c612e95a18484acf0b06e5d0f1cd9f14de2737496ede83a7310b0e816"}} as unknown as DocumentNode<BindVehicleMutation, BindVehicleMutationVariables>;
export const UnbindVehicleDocument = {"__meta__":{"hash":"219b4e49b92ddc6ba21b8b94d0a05c7d19f5dc9283d7d4a0a5aa8fd2382aeaf5"}} as unknown as DocumentNode<UnbindVehicleMutation, UnbindVehicleMutationVariables>;
export const SendSmsCodeDocument = {"__meta__":{"hash":"7c1d84b90eb9910870580fc4e6a851e0a83b67ca21d6c8f3402740b448f58725"}} as unknown as DocumentNode<SendSmsCodeMutation, SendSmsCodeMutationVariables>;
export const CitizenHomeDocument = {"__meta__":{"hash":"c532713cdf48d23805d13a2cd04e5e7e69e898ee3d49bfa4bdd1bdbbc94b1dfb"}} as unknown as DocumentNode<CitizenHomeQuery, CitizenHomeQueryVariables>;
export const PaymentOrderDetailDocument = {"__meta__":{"hash":"e3e71c9a3178af4a2d36ac82bb9f08e9179c96f234c1591b54e0b029515a79ab"}} as unknown as DocumentNode<PaymentOrderDetailQuery, PaymentOrderDetailQueryVariables>;
export const MyPaymentOrdersDocument = {"__meta__":{"hash":"426c12d787e7c7d4b5bebb17b3c6ead1c882083b46a4752e632ed00b83ca62ef"}} as unknown as DocumentNode<MyPaymentOrdersQuery, MyPaymentOrdersQueryVariables>;
export const StartPaymentDocument = {"__meta__":{"hash":"b72573dccae08a6cf5daa0df76d7bb6e875983f1b0875513a46d25c694b81efb"}} as unknown as DocumentNode<StartPaymentMutation, StartPaymentMutationVariables>;
export const MyProfileDocument = {"__meta__":{"hash":"3b41617f8b9d51cfb9994c73d042c96305e38012b824f6779a146b2d5c1daaeb"}} as unknown as DocumentNode<MyProfileQuery, MyProfileQueryVariables>;
export const QueueHallsDocument = {"__meta__":{"hash":"89ef2e0d5650cd4e0c3f24488ba210e16c16ac0c0cee92a7d69da5973aac6333"}} as unknown as DocumentNode<QueueHallsQuery, QueueHallsQueryVariables>;
export const QueueSlotsDocument = {"__meta__":{"hash":"718331ee73cd7e994bfd55d9dbda5fc76aef8fb73656ad3418e0fe92172d9ba0"}} as unknown as DocumentNode<QueueSlotsQuery, QueueSlotsQueryVariables>;
export const TakeQueueNumberDocument = {"__meta__":{"hash":"1050f47cc2c75aed0cdbc7d6e7eb4d532492f9e40e690a86237713b3b7420f76"}} as unknown as DocumentNode<TakeQueueNumberMutation, TakeQueueNumberMutationVariables>;
export const QueueTicketDocument = {"__meta__":{"hash":"5576f24d63d15b45b5a78ced22e63f6a32981abcfff29ae8cdba32325a92cbf8"}} as unknown as DocumentNode<QueueTicketQuery, QueueTicketQueryVariables>;
export const MyQueueTicketsDocument = {"__meta__":{"hash":"b69f8f7bb5b2c74d28b9fb315840093fdd9ec36ef90aa4dff755d55525fa540f"}} as unknown as DocumentNode<MyQueueTicketsQuery, MyQueueTicketsQueryVariables>;
export const CancelQueueTicketDocument = {"__meta__":{"hash":"c6749ce1c129587a5711115083b56292d92622fe72be4d052abaa3c2b74df842"}} as unknown as DocumentNode<CancelQueueTicketMutation, CancelQueueTicketMutationVariables>;
export const MyRealNameDocument = {"__meta__":{"hash":"163a0d93d1201ec86b554e9fd401c60bae6137af5b69334e12c0e03248726b6d"}} as unknown as DocumentNode<MyRealNameQuery, MyRealNameQueryVariables>;
export const VerifyRealNameBasicDocument = {"__meta__":{"hash":"1034afbd58fb9eb9a6c6b1b65549c062d5ce7712ff1c98855ab85e0b85a0d5a3"}} as unknown as DocumentNode<VerifyRealNameBasicMutation, VerifyRealNameBasicMutationVariables>;
export const VerifyRealNameByFaceDocument = {"__meta__":{"hash":"d0287890361449c7e57c1b9bf24b91c89586243962c1208a29659c6c3a70fdb1"}} as unknown as DocumentNode<VerifyRealNameByFaceMutation, VerifyRealNameByFaceMutationVariables>;
export const VerifyRealNameByNetworkPasswordDocument = {"__meta__":{"hash":"cd1e3aaa27b17e54ea14c0c930dd98aa6e5d17232c61dff4ea48ca94a682d592"}} as unknown as DocumentNode<VerifyRealNameByNetworkPasswordMutation, VerifyRealNameByNetworkPasswordMutationVariables>;
export const VerifyNetworkIdentityDocument = {"__meta__":{"hash":"74a7cc923724bf75821b624c493b95d82ea61241d76c2bd4323b1f654d473dd4"}} as unknown as DocumentNode<VerifyNetworkIdentityMutation, VerifyNetworkIdentityMutationVariables>;
export const SignInWithPhoneDocument = {"__meta__":{"hash":"3e932a6707a3779dddae8666d5b2b869af3655da6f9b113e7c4019d7f5fb6669"}} as unknown as DocumentNode<SignInWithPhoneMutation, SignInWithPhoneMutationVariables>;
export const SignInWithAlipayDocument = {"__meta__":{"hash":"c175301d6425d258d108e13b54e0b1ce3250f7cfc8b73717b3e8920cfa81117b"}} as unknown as DocumentNode<SignInWithAlipayMutation, SignInWithAlipayMutationVariables>;
export const SignInWithWechatDocument = {"__meta__":{"hash":"e991b1fa26b62c493cdb078b9160dbb32b1bebc8c01e8d7f1a0d5b28760162dd"}} as unknown as DocumentNode<SignInWithWechatMutation, SignInWithWechatMutationVariables>;
export const DevSignInDocument = {"__meta__":{"hash":"f36bd3cd36da0fae3ae0da2f71b7896428fa1a03fc7caa94c37798880ecf08d5"}} as unknown as DocumentNode<DevSignInMutation, DevSignInMutationVariables>;
export const MyVehiclesAndViolationsDocument = {"__meta__":{"hash":"c316e2dcda0bf5cce64fd2759ff069c7af11d71e39f617a9ecc151712cd65b0c"}} as unknown as DocumentNode<MyVehiclesAndViolationsQuery, MyVehiclesAndViolationsQueryVariables>;
export const PayViolationFineDocument = {"__meta__":{"hash":"1a915a79668ddaa056bf7bd7ad1acedef4fc12a15aedaac3c43922db8aef6c84"}} as unknown as DocumentNode<PayViolationFineMutation, PayViolationFineMutationVariables>;
export const ChangeOwnPasswordDocument = {"__meta__":{"hash":"1189d23f901e3800d2ed656d3319b2d900f371f3d869cefdcce1f7bf2eb6396a"}} as unknown as DocumentNode<ChangeOwnPasswordMutation, ChangeOwnPasswordMutationVariables>;
export const FugitiveAlertsDocument = {"__meta__":{"hash":"26b9f10bd62dbeba3aabd3c2341940d81a58e8a424ee12d60de6ed21a27a3561"}} as unknown as DocumentNode<FugitiveAlertsQuery, FugitiveAlertsQueryVariables>;
export const AcknowledgeFugitiveAlertDocument = {"__meta__":{"hash":"32aceee9e8443426c98b834cfe78ce3d3ae6ef7e14cd3e3a61f2e7bc69ead427"}} as unknown as DocumentNode<AcknowledgeFugitiveAlertMutation, AcknowledgeFugitiveAlertMutationVariables>;
export const OfficerResetRequestsDocument = {"__meta__":{"hash":"db009457643e2f4a96bfdb15145227eacc3e69e8b848ee7228d1f3f90eb7af16"}} as unknown as DocumentNode<OfficerResetRequestsQuery, OfficerResetRequestsQueryVariables>;
export const ApproveOfficerResetDocument = {"__meta__":{"hash":"0a1532374fdee58986c9080c685f9eea4ff01b4c86dcb766686959454f1d5ac9"}} as unknown as DocumentNode<ApproveOfficerResetMutation, ApproveOfficerResetMutationVariables>;
export const AuditTrailEntriesDocument = {"__meta__":{"hash":"74cbcc21129e4e571f65fec93c5b6f22f1e7d728083f4c8819c09519fe3a162b"}} as unknown as DocumentNode<AuditTrailEntriesQuery, AuditTrailEntriesQueryVariables>;
export const AuditTrailChainDocument = {"__meta__":{"hash":"0d11038f95f4cf0715912ae68cb8c4bbb9ac2d801fc9a17bdc9ac010677c213d"}} as unknown as DocumentNode<AuditTrailChainQuery, AuditTrailChainQueryVariables>;
export const JobQueuesDocument = {"__meta__":{"hash":"6d7134fc8c035a04f24b2b2b5505519c41f9532bfcfbd1ce71da3eb9b135dfcb"}} as unknown as DocumentNode<JobQueuesQuery, JobQueuesQueryVariables>;
export const RetryIdentityJobDocument = {"__meta__":{"hash":"992c7fbb0a859db307832c97bddb06eee10e403f134859a72a0c7ea3925b7d6f"}} as unknown as DocumentNode<RetryIdentityJobMutation, RetryIdentityJobMutationVariables>;
export const RetryTrafficJobDocument = {"__meta__":{"hash":"bc1bdfe628a14ea1df8b220b1f9d3b8dc28abf98f63244adf28c04173d300c2a"}} as unknown as DocumentNode<RetryTrafficJobMutation, RetryTrafficJobMutationVariables>;
export const RetryPaymentJobDocument = {"__meta__":{"hash":"23c560092289f284af162d9c95938e4a31c64f58b6caf1b852e85ba9c7157bd0"}} as unknown as DocumentNode<RetryPaymentJobMutation, RetryPaymentJobMutationVariables>;
export const RetryQueueJobDocument = {"__meta__":{"hash":"5f037adba49510b18b7dd4f616c8c7b06d21c37ca09458996420bbd8cc4e0f01"}} as unknown as DocumentNode<RetryQueueJobMutation, RetryQueueJobMutationVariables>;
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
export const ConsolePaymentOrderDocument = {"__meta__":{"hash":"f3d98b6bf2f26744440fb857202cf99b5761ff679ca697a3c874afc11a2fdf4b"}} as unknown as DocumentNode<ConsolePaymentOrderQuery, ConsolePaymentOrderQueryVariables>;
export const RefundPaymentDocument = {"__meta__":{"hash":"9949fb6ebc2a1401276ed2aaf6322d754f34c8446bdb0a6aec8257bdcf2aecd3"}} as unknown as DocumentNode<RefundPaymentMutation, RefundPaymentMutationVariables>;
export const PaymentOrdersDocument = {"__meta__":{"hash":"c63708ff8a5f52ed50f85ef7a8b784dfaef28f107e9f9ceb57491ba5bc2246e6"}} as unknown as DocumentNode<PaymentOrdersQuery, PaymentOrdersQueryVariables>;
export const ReconciliationDocument = {"__meta__":{"hash":"a49b8e6cc75cd80c5fdb1983a86533d83ea18ad3dd2f51b529872f729062d7f7"}} as unknown as DocumentNode<ReconciliationQuery, ReconciliationQueryVariables>;
export const ResolveReconciliationDifferenceDocument = {"__meta__":{"hash":"42dda3c25aea554eead688b8eb14fa706a3ff5729705ab327620a27bac77e77b"}} as unknown as DocumentNode<ResolveReconciliationDifferenceMutation, ResolveReconciliationDifferenceMutationVariables>;
export const RunReconciliationDocument = {"__meta__":{"hash":"eac896b64179413ad787cdc2ccbdcbba5f185b954e1824121c4eae92da2887f6"}} as unknown as DocumentNode<RunReconciliationMutation, RunReconciliationMutationVariables>;
export const PaymentStatisticsDocument = {"__meta__":{"hash":"c275329b76dc5db1d2e331b4e84152a0b5d385e7afff862336c2edc0b5914421"}} as unknown as DocumentNode<PaymentStatisticsQuery, PaymentStatisticsQueryVariables>;
export const QueueBoardDocument = {"__meta__":{"hash":"ccbba859fb7980d2d21fd028b72cf3dd6eb93a073ae4538afbaf5afeae0dd4cb"}} as unknown as DocumentNode<QueueBoardQuery, QueueBoardQueryVariables>;
export const CheckInQueueTicketDocument = {"__meta__":{"hash":"83394c682e6932e6d4bf84548893bb15676f6c51af04f35e120a02bd016c0dbc"}} as unknown as DocumentNode<CheckInQueueTicketMutation, CheckInQueueTicketMutationVariables>;
export const CallNextQueueNumberDocument = {"__meta__":{"hash":"2df89c6aadb76300c00db08edf0a8df357f86bf226e9fa5ed4a93249f19861ba"}} as unknown as DocumentNode<CallNextQueueNumberMutation, CallNextQueueNumberMutationVariables>;
export const MarkQueueTicketDocument = {"__meta__":{"hash":"b3edb16da4af331f0a2b52ae1e53a15260c44215b3b731d0312c4417932a3626"}} as unknown as DocumentNode<MarkQueueTicketMutation, MarkQueueTicketMutationVariables>;
export const OfficerQueueHallsDocument = {"__meta__":{"hash":"dd5788defc844b5118c14960046d30176bc145fc84daba56446766a79e35a4f1"}} as unknown as DocumentNode<OfficerQueueHallsQuery, OfficerQueueHallsQueryVariables>;
export const UpdateQueueHallScheduleDocument = {"__meta__":{"hash":"185686d42a758eaf41cf5f05601b7c73ad359a51134afe737975bcc996a02e18"}} as unknown as DocumentNode<UpdateQueueHallScheduleMutation, UpdateQueueHallScheduleMutationVariables>;
export const QueueStatisticsDocument = {"__meta__":{"hash":"66b1eea0e42f6e301728c04bcd1ed8cadca9dc20c70413b6c25c6d41ba03aacb"}} as unknown as DocumentNode<QueueStatisticsQuery, QueueStatisticsQueryVariables>;
export const CurrentOfficerDocument = {"__meta__":{"hash":"03f494ccb66819800008c83aee1b6634ce0a935b7b04ba0d624c653d8a01ebb9"}} as unknown as DocumentNode<CurrentOfficerQuery, CurrentOfficerQueryVariables>;
export const OfficerSignOutDocument = {"__meta__":{"hash":"47b63535abd69ed2cbead2746b5298cedbc1806ed53987cd3f33645470b30cab"}} as unknown as DocumentNode<OfficerSignOutMutation, OfficerSignOutMutationVariables>;
export const OfficerSignInDocument = {"__meta__":{"hash":"dbed6dcc91d32383aa529e93783f8a86c37acf568dd37143ee11c503868b0823"}} as unknown as DocumentNode<OfficerSignInMutation, OfficerSignInMutationVariables>;
export const EnrolTotpDocument = {"__meta__":{"hash":"a58153d24d56e12f4f4c3b77790950906b670eced7a2c9e6ab7d7cfb18165288"}} as unknown as DocumentNode<EnrolTotpMutation, EnrolTotpMutationVariables>;
export const ConfirmTotpDocument = {"__meta__":{"hash":"77aa9ebdff171152c6e30263f173b7df8b72b9709c1695bc0a1e4eab95388321"}} as unknown as DocumentNode<ConfirmTotpMutation, ConfirmTotpMutationVariables>;
export const ChangeExpiredPasswordDocument = {"__meta__":{"hash":"e9e28b4bb8d346ba2b8f35188769254f94001f1e4cd594b45806da09eddf9893"}} as unknown as DocumentNode<ChangeExpiredPasswordMutation, ChangeExpiredPasswordMutationVariables>;
export const UnitsDocument = {"__meta__":{"hash":"0c200893cbf8205f93e27be742f9c9e477e22952dd11a89776bf61b0a9f2819d"}} as unknown as DocumentNode<UnitsQuery, UnitsQueryVariables>;
export const CreateUnitDocument = {"__meta__":{"hash":"725e56c0ee5489624511fb2991303cff1bce9df286e560c1bacd403a855c56b4"}} as unknown as DocumentNode<CreateUnitMutation, CreateUnitMutationVariables>;
export const SetUnitDutyPhoneDocument = {"__meta__":{"hash":"f3ffd560efaef969f93eef19276c2bb94c0ff9a1f61e66b964742fe70ec73759"}} as unknown as DocumentNode<SetUnitDutyPhoneMutation, SetUnitDutyPhoneMutationVariables>;
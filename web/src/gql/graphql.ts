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

/** One person, whatever channel they sign in by */
export type Citizen = {
  __typename?: 'Citizen';
  id: Scalars['ID']['output'];
  /** ID number, masked (e.g. 4110**********1234) */
  idNumber: Scalars['String']['output'];
  /** Name, masked (e.g. 张*) */
  name: Scalars['String']['output'];
  /** The citizen's registered vehicles */
  vehicles?: Maybe<Array<Vehicle>>;
};

export type DevSignInPayload = {
  __typename?: 'DevSignInPayload';
  error?: Maybe<UserError>;
  expiresAt?: Maybe<Scalars['DateTimeISO']['output']>;
  token?: Maybe<Scalars['String']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Development-only sign-in for seeded citizens (refused in production) */
  devSignIn: DevSignInPayload;
};


export type MutationDevSignInArgs = {
  idNumber: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** The signed-in citizen, or null when anonymous */
  me?: Maybe<Citizen>;
};

/** A business failure the caller can act on; `message` is for citizens (Chinese) */
export type UserError = {
  __typename?: 'UserError';
  code: Scalars['String']['output'];
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
  /** Plate, e.g. 豫K·A12345 */
  plate: Scalars['String']['output'];
  /** Plate type code (02 small car, 52 small new-energy…) */
  plateType: Scalars['String']['output'];
  /** Registration date, YYYY-MM-DD */
  registeredOn: Scalars['String']['output'];
  status: Scalars['String']['output'];
  violations?: Maybe<Array<Violation>>;
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

export type DevSignInMutationVariables = Exact<{
  idNumber: Scalars['String']['input'];
}>;


export type DevSignInMutation = { __typename?: 'Mutation', devSignIn: { __typename?: 'DevSignInPayload', token?: string | null, expiresAt?: string | null, error?: { __typename?: 'UserError', code: string, message: string } | null } };

export type MyVehiclesAndViolationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyVehiclesAndViolationsQuery = { __typename?: 'Query', me?: { __typename?: 'Citizen', name: string, idNumber: string, vehicles?: Array<{ __typename?: 'Vehicle', plate: string, brand: string, model: string, color: string, newEnergy: boolean, inspectionDue: string, violations?: Array<{ __typename?: 'Violation', id: string, occurredAt: string, place: string, behavior: string, points: number, fineYuan: number, status: ViolationStatus, agency: string }> | null }> | null } | null };


export const DevSignInDocument = {"__meta__":{"hash":"475ce27bdb268cf71878719a01ed10cfd4ad05f30f30ccbfb48d7d4477aae014"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DevSignInMutation, DevSignInMutationVariables>;
export const MyVehiclesAndViolationsDocument = {"__meta__":{"hash":"632dd43ba6391af538cb51c61005767396d69325647e45b34f1a1749c91795d7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyVehiclesAndViolations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"vehicles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plate"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"newEnergy"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionDue"}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"behavior"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"fineYuan"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyVehiclesAndViolationsQuery, MyVehiclesAndViolationsQueryVariables>;
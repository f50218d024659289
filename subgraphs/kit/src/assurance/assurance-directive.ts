import { Directive } from '../type-graphql.js';

/** Real-name levels of tender 2.3.4.2: 1 name + ID + phone, 2 face or network-copy password, 3 network identity copy. */
export type AssuranceLevel = 1 | 2 | 3;

export const ASSURANCE_SPEC_URL = 'https://jingtong.gov.cn/assurance/v1.0';

export const ASSURANCE_DIRECTIVE_SDL = `"""The caller must have completed this real-name level (1-3); below it the field answers ASSURANCE_REQUIRED"""
directive @assurance(level: Int!) on FIELD_DEFINITION`;

const LEVEL_NAMES = ['', '一级', '二级', '三级'] as const;

/** Citizen-facing text for a missing level. */
export const assuranceMessage = (level: number) => `该业务需要完成${LEVEL_NAMES[level] ?? `${level}级`}实名认证`;

/**
 * `@Assurance(2)` on a type-graphql field or mutation: the SDL gets `@assurance(level: 2)` and
 * the kit's transform refuses citizens below level 2. Authorisation (whose data) stays with the resolver.
 */
export const Assurance = (level: AssuranceLevel) => Directive(`@assurance(level: ${level})`);

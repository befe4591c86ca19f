/**
 * The API's shapes, generated from the host's OpenAPI document into ./generated/openapi.ts (never edit that file:
 * the host's tests regenerate it with openapi-typescript and fail when it differs).
 */
import type { components } from './generated/openapi';

export type Me = components['schemas']['Me'];
export type LoginRequest = components['schemas']['LoginRequest'];

export type DefinitionSummary = components['schemas']['DefinitionSummary'];
export type DraftSummary = components['schemas']['DraftSummary'];
export type DefinitionVersion = components['schemas']['DefinitionVersion'];

export type InboxRow = components['schemas']['InboxRow'];
export type UserTaskView = components['schemas']['UserTaskView'];
export type TaskForm = components['schemas']['TaskForm'];

export type CaseDetails = components['schemas']['CaseDetails'];
export type CaseSummaryPage = components['schemas']['CasePage'];
export type ArticleView = components['schemas']['ArticleView'];
export type AgentReplyRequest = components['schemas']['AgentReplyRequest'];
export type ArticleRequest = components['schemas']['ArticleRequest'];
export type CaseSummary = components['schemas']['CaseSummary'];
export type CustomerDetails = components['schemas']['CustomerDetails'];
export type IntakeRequest = components['schemas']['IntakeRequest'];
export type ReplyRequest = components['schemas']['ReplyRequest'];

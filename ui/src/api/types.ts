/**
 * The API's shapes, generated from the host's OpenAPI document into ./generated/openapi.ts (never edit that file:
 * the host's tests regenerate it with openapi-typescript and fail when it differs).
 */
import type { components } from './generated/openapi';

export type Me = components['schemas']['Me'];
export type LoginRequest = components['schemas']['LoginRequest'];
export type TeamSummary = components['schemas']['TeamSummary'];

export type DefinitionSummary = components['schemas']['DefinitionSummary'];
export type DraftSummary = components['schemas']['DraftSummary'];
export type DefinitionVersion = components['schemas']['DefinitionVersion'];
export type DecisionSummary = components['schemas']['DecisionSummary'];
export type DecisionVersion = components['schemas']['DecisionVersion'];

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

export type SignInOptions = components['schemas']['SignInOptions'];
export type SetupRequest = components['schemas']['SetupRequest'];
export type TeamRef = components['schemas']['TeamRef'];

export type UserView = components['schemas']['UserView'];
export type UserPage = components['schemas']['UserPage'];
export type UserInput = components['schemas']['UserInput'];
export type TeamMembership = components['schemas']['TeamMembership'];
export type ResetPasswordRequest = components['schemas']['ResetPasswordRequest'];
export type KnownRole = components['schemas']['KnownRole'];
export type TeamView = components['schemas']['TeamView'];
export type TeamInput = components['schemas']['TeamInput'];
export type TeamMemberInput = components['schemas']['TeamMemberInput'];
export type TeamMemberView = components['schemas']['TeamMemberView'];
export type ApiTokenView = components['schemas']['ApiTokenView'];
export type CreateApiTokenRequest = components['schemas']['CreateApiTokenRequest'];
export type CreatedApiToken = components['schemas']['CreatedApiToken'];
export type AuditPage = components['schemas']['AuditPage'];
export type AuditEntry = components['schemas']['AuditEntry'];

export type Presence = components['schemas']['Presence'];
export type FloorView = components['schemas']['FloorView'];
export type FloorAgent = components['schemas']['FloorAgent'];

export type RoutingSettings = components['schemas']['RoutingSettings'];
export type RoutingInput = components['schemas']['RoutingInput'];
export type OfferView = components['schemas']['OfferView'];
export type ShiftView = components['schemas']['ShiftView'];
export type ShiftInput = components['schemas']['ShiftInput'];
export type RosterView = components['schemas']['RosterView'];
export type RosterEntryView = components['schemas']['RosterEntryView'];
export type RosterInput = components['schemas']['RosterInput'];
export type RosterEntryInput = components['schemas']['Entry'];
export type CurrentShift = components['schemas']['CurrentShift'];

export type SlaPolicyView = components['schemas']['SlaPolicyView'];
export type SlaPolicyInput = components['schemas']['SlaPolicyInput'];
export type SlaPolicySaved = components['schemas']['Saved'];
export type SlaPreview = components['schemas']['SlaPreview'];
export type CalendarDayView = components['schemas']['CalendarDayView'];
export type CalendarDayInput = components['schemas']['CalendarDayInput'];
export type CalendarYearFile = components['schemas']['CalendarYearFile'];
export type BusinessHoursView = components['schemas']['BusinessHoursView'];
export type BusinessHoursInput = components['schemas']['BusinessHoursInput'];
export type WeekdayHours = components['schemas']['WeekdayHours'];
export type DayOfWeek = components['schemas']['DayOfWeek'];

export type KbArticleLine = components['schemas']['ArticleLine'];
export type KbArticleHistory = components['schemas']['KbArticleHistory'];
export type KbVersionLine = components['schemas']['VersionLine'];
export type KbRevisionView = components['schemas']['KbRevisionView'];
export type KbRevisionInput = components['schemas']['KbRevisionInput'];
export type KbReviewRequest = components['schemas']['ReviewRequest'];
export type MacroView = components['schemas']['MacroView'];
export type MacroInput = components['schemas']['MacroInput'];
export type MacroRendered = components['schemas']['Rendered'];
export type NoteRequest = components['schemas']['NoteRequest'];
export type NoteView = components['schemas']['NoteView'];
export type CallRequest = components['schemas']['CallRequest'];
export type Suggestions = components['schemas']['Suggestions'];
export type CallView = components['schemas']['CallView'];
export type MergeRequest = components['schemas']['MergeRequest'];
export type MergeResult = components['schemas']['MergeResult'];
export type TagsRequest = components['schemas']['TagsRequest'];
export type AttachmentView = components['schemas']['AttachmentView'];
export type TimelineEntry = components['schemas']['TimelineEntry'];
export type ChatView = components['schemas']['ChatView'];
export type ChatSessionView = components['schemas']['ChatSessionView'];
export type ChatStatus = components['schemas']['ChatStatus'];
export type ChatCodeSent = components['schemas']['ChatCodeSent'];
export type ChatSent = components['schemas']['ChatSent'];

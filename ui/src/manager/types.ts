/** The manager workspace's API shapes (host/Workflows.Host/Manager), generated from the host's OpenAPI document. */
import type { components } from '../api/generated/openapi';

export const STUCK_REASONS = ['first-response-breached', 'resolution-breached', 'incident', 'unclaimed', 'stalled', 'callback-overdue'] as const;
export type StuckReason = (typeof STUCK_REASONS)[number];

/** The API types a stuck row's reason as any string; these are the ones the workspace knows (and has words for). */
export const isStuckReason = (reason: string): reason is StuckReason => (STUCK_REASONS as readonly string[]).includes(reason);

export type StuckRow = components['schemas']['StuckRow'];
export type StuckPage = components['schemas']['StuckPage'];
export type Agent = components['schemas']['Agent'];
export type NodeStats = components['schemas']['NodeStats'];
export type ProcessNodes = components['schemas']['ProcessNodes'];
export type NodeInstance = components['schemas']['NodeInstance'];
export type JournalView = components['schemas']['JournalView'];
export type InstanceDetails = components['schemas']['InstanceDetails'];
export type Tally = components['schemas']['Tally'];
export type DayScore = components['schemas']['DayScore'];
export type Timing = components['schemas']['Timing'];
export type AlertView = components['schemas']['AlertView'];
export type SupportNumbers = components['schemas']['SupportNumbers'];

export type ReassignRequest = components['schemas']['ReassignRequest'];
export type MoveRequest = components['schemas']['MoveRequest'];
export type CancelRequest = components['schemas']['CancelRequest'];

/** The manager workspace's API shapes (host/Workflows.Host/Manager). */
export const STUCK_REASONS = ['first-response-breached', 'resolution-breached', 'incident', 'unclaimed', 'stalled', 'callback-overdue'] as const;
export type StuckReason = (typeof STUCK_REASONS)[number];

export interface StuckRow {
  reason: StuckReason;
  since: string;
  instanceId: string;
  caseId: string | null;
  caseNumber: string | null;
  priority: string | null;
  taskId: string | null;
  incidentId: string | null;
  nodeId: string | null;
  what: string | null;
  assignee: string | null;
  groups: string[] | null;
  usualSeconds: number | null;
  ageSeconds: number;
}

export interface StuckPage {
  counts: Record<StuckReason, number>;
  items: StuckRow[];
  page: number;
  pageSize: number;
}

export interface Agent {
  userName: string;
  displayName: string;
  queues: string[];
}

export interface NodeStats {
  nodeId: string;
  waiting: number;
  averageWaitSeconds: number;
  longestWaitSeconds: number;
  incidents: number;
  breaches: number;
}

export interface ProcessNodes {
  definitionId: string;
  key: string;
  version: number;
  nodes: NodeStats[];
}

export interface NodeInstance {
  instanceId: string;
  businessKey: string | null;
  status: string;
  since: string;
  caseId: string | null;
  caseNumber: string | null;
  priority: string | null;
  slaDueAt: string | null;
}

export interface JournalView {
  at: string;
  kind: string;
  nodeId: string | null;
  message: string;
  actor: string | null;
}

export interface InstanceDetails {
  id: string;
  definitionKey: string;
  definitionVersion: number;
  businessKey: string | null;
  status: string;
  startedAt: string;
  endedAt: string | null;
  variables: Record<string, unknown>;
  tokens: { id: number; nodeId: string; nodeName: string | null; status: string; since: string }[];
  openTasks: { id: string; nodeId: string; name: string; assignee: string | null; candidateGroups: string[]; dueDate: string | null; priority: number }[];
  pendingTimers: { id: string; nodeId: string; kind: string; dueAt: string }[];
  incidents: { id: string; nodeId: string; kind: string; message: string; createdAt: string }[];
  journal: JournalView[];
}

export interface Tally {
  key: string;
  count: number;
}

export interface Timing {
  measured: number;
  meanSeconds: number | null;
  p90Seconds: number | null;
}

export interface AlertView {
  id: string;
  kind: string;
  message: string;
  category: string | null;
  scope: string | null;
  cases: { id: string; number: string; status: string }[];
  createdAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
}

export interface SupportNumbers {
  from: string;
  to: string;
  timeZone: string;
  cases: number;
  firstResponse: Timing;
  resolution: Timing;
  resolved: number;
  firstContactResolutionRate: number | null;
  firstResponseAttainment: number | null;
  resolutionAttainment: number | null;
  byChannel: Tally[];
  byCategory: Tally[];
  byDay: Tally[];
  csatScores: Tally[];
  csatByDay: { day: string; answers: number; average: number }[];
  csatAverage: number | null;
  alerts: AlertView[];
}

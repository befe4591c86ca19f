export interface Me {
  userName: string;
  displayName: string;
  roles: string[];
}

export interface DefinitionSummary {
  key: string;
  name: string | null;
  latestVersion: number;
  publishedAt: string;
  publishedBy: string | null;
}

export interface DraftSummary {
  key: string;
  savedAt: string;
  savedBy: string | null;
}

export interface DefinitionVersion {
  id: string;
  key: string;
  version: number;
  name: string | null;
  checksum: string;
  publishedAt: string;
  publishedBy: string | null;
}

export interface InboxRow {
  taskId: string;
  taskName: string;
  nodeId: string;
  candidateGroups: string[];
  assignee: string | null;
  taskPriority: number;
  dueDate: string | null;
  createdAt: string;
  formKey: string | null;
  instanceId: string;
  caseId: string | null;
  caseNumber: string | null;
  subject: string | null;
  channel: string | null;
  category: string | null;
  priority: string | null;
  segment: string | null;
  customerName: string | null;
  slaDueAt: string | null;
}

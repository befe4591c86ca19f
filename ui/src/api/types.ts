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

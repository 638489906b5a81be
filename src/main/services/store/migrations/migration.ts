/**
 * One forward-only schema step: it brings the practice file from user_version `version - 1` to
 * `version`. A migration that has shipped is never edited; a change is a new file.
 */
export interface Migration {
  readonly version: number;
  readonly sql: string;
}

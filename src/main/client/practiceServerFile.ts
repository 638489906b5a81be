import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { privateFolder } from '../practiceFiles';

/** The file in a workstation's data folder that makes it a client of a practice server. */
export const practiceServerFileName = 'practice-server.json';

const practiceServerFileSchema = z.object({
  format: z.literal(1),
  url: z.string(),
  /** This workstation's id, sent with every request (sessions are bound to it). */
  workstationId: z.string(),
  /** The server's certificate (PEM) pinned when the user confirmed its fingerprint; null before. */
  certificate: z.string().nullable(),
});
export type PracticeServerFile = z.infer<typeof practiceServerFileSchema>;

export function newWorkstationId(): string {
  return randomBytes(18).toString('base64url');
}

export function readPracticeServerFile(directory: string): PracticeServerFile | null {
  const path = join(directory, practiceServerFileName);
  if (!existsSync(path)) return null;
  return practiceServerFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Written whole (a temporary file renamed over the old one), readable by this user only. */
export function writePracticeServerFile(directory: string, file: PracticeServerFile): void {
  privateFolder(directory);
  const path = join(directory, practiceServerFileName);
  writeFileSync(`${path}.new`, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  renameSync(`${path}.new`, path);
}

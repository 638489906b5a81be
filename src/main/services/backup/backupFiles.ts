import { closeSync, fsyncSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { keyFileSchema } from '../keys/keyFile';

/**
 * A backup is two files in the backup folder: `ruggensteun-<time>-<kind>.sqlite`, the encrypted
 * database, and `….json`, its manifest: when and by which version it was written, the row count
 * of every table (what the check compared), and the key slots of that moment (wrapped keys only),
 * so the recovery key or a passphrase of that time opens it on any machine.
 */
export const backupManifestSchema = z.object({
  format: z.literal(1),
  writtenAt: z.string(),
  kind: z.enum(['daily', 'manual']),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  counts: z.record(z.string(), z.number().int()),
  keys: keyFileSchema,
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;

const namePattern = /^ruggensteun-(\d{8}T\d{6}Z)-(daily|manual)\.sqlite$/;

/** `2026-03-16T09:30:00.000Z` → `ruggensteun-20260316T093000Z-daily` */
export function backupBaseName(writtenAt: string, kind: 'daily' | 'manual'): string {
  const stamp = writtenAt.replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '');
  return `ruggensteun-${stamp}-${kind}`;
}

export function manifestPathOf(backupFile: string): string {
  return backupFile.replace(/\.sqlite$/, '.json');
}

/** Writes a file readable by this OS user only, flushed to disk before it returns. */
export function writePrivateFile(path: string, text: string): void {
  const descriptor = openSync(path, 'w', 0o600);
  try {
    writeSync(descriptor, text);
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

export function readManifest(backupFile: string): BackupManifest | null {
  try {
    const parsed = backupManifestSchema.safeParse(JSON.parse(readFileSync(manifestPathOf(backupFile), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface BackupInFolder {
  file: string;
  fileName: string;
  kind: 'daily' | 'manual';
  writtenAt: string;
}

/** The complete backups in `folder` (database and manifest both present), newest first. */
export function listBackups(folder: string): BackupInFolder[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const present = new Set(names);
  return names
    .map((fileName) => ({ fileName, match: namePattern.exec(fileName) }))
    .filter(({ fileName, match }) => match !== null && present.has(fileName.replace(/\.sqlite$/, '.json')))
    .map(({ fileName, match }) => {
      const stamp = (match as RegExpExecArray)[1] as string;
      const writtenAt = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}Z`;
      return { file: join(folder, fileName), fileName, kind: (match as RegExpExecArray)[2] as 'daily' | 'manual', writtenAt };
    })
    .sort((a, b) => b.writtenAt.localeCompare(a.writtenAt));
}

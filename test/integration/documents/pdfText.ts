import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs a poppler tool (pdftotext, pdfinfo) on PDF bytes and returns its output. */
function withPdfFile<T>(pdf: Buffer, run: (path: string) => T): T {
  const folder = mkdtempSync(join(tmpdir(), 'documents-'));
  try {
    const path = join(folder, 'document.pdf');
    writeFileSync(path, pdf);
    return run(path);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The text of a PDF as `pdftotext -layout` extracts it, pages separated by form feeds. */
export function extractText(pdf: Buffer): string {
  return withPdfFile(pdf, (path) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }));
}

/** The text with runs of white space (line breaks, layout columns) collapsed to one space. */
export function flatText(pdf: Buffer): string {
  return extractText(pdf).replace(/\s+/g, ' ');
}

/** `pdfinfo` fields, e.g. { Title: '...', Pages: '3', Tagged: 'yes' }. */
export function pdfInfo(pdf: Buffer): Record<string, string> {
  const output = withPdfFile(pdf, (path) => execFileSync('pdfinfo', [path], { encoding: 'utf8' }));
  const fields: Record<string, string> = {};
  for (const line of output.split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) fields[match[1].trim()] = match[2].trim();
  }
  return fields;
}

/** The page-number labels printed in the footers, in page order. */
export function pageLabels(pdf: Buffer, pattern: RegExp): string[] {
  return extractText(pdf)
    .split('\f')
    .filter((page) => page.trim() !== '')
    .map((page) => pattern.exec(page)?.[0] ?? '');
}

import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';

/** Clicks a download button and returns the file's name and the PDF's text (pdftotext). */
export async function downloadedPdfText(page: Page, buttonName: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
  const path = await download.path();
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return { name: download.suggestedFilename(), text };
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages, type Message } from '../../../src/shared/i18n';
import { isValidationCode } from '../../../src/shared/validationCode';

/*
 * Every code that can reach a form must have a message in Dutch, French and English. The codes
 * are read from the source: the schemas' `error: '…'`, the services' field refusals and the plan
 * rules' invariants. Types already hold main to codes of the catalogue; this test also covers
 * the schemas, whose codes zod keeps as plain strings.
 */

const root = join(__dirname, '../../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function codesIn(folders: string[], pattern: RegExp): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of folders.flatMap(sourceFiles)) {
    for (const match of readFileSync(join(root, file), 'utf8').matchAll(pattern)) found.set(match[1] as string, file);
  }
  return found;
}

const schemaCodes = codesIn(['src/shared/model', 'src/shared/channels'], /error: '(\w+)'/g);
const serviceCodes = new Map([
  ...codesIn(['src/main'], /code: '(\w+)'/g),
  ...codesIn(['src/main'], /InvalidInputError\.field\(.*, '(\w+)'\)/g),
]);
const planCodes = new Map(
  [...(readFileSync(join(root, 'src/shared/rules/returnToWorkPlan.ts'), 'utf8').match(/type PlanInvariant =([^;]+);/)?.[1] ?? '').matchAll(/'(\w+)'/g)].map(
    (match) => [`plan.${match[1] as string}`, 'src/shared/rules/returnToWorkPlan.ts'],
  ),
);
const apiOnlyCodes = new Set(['validation', 'notFound', 'unauthenticated', 'forbidden', 'internal', 'alreadyInitialized', 'practiceNotEmpty', 'invalidCredentials', 'noReferralReason', 'noPlan', 'duplicateAccount', 'duplicatePersonnelNumber', 'locked', 'signInDelayed', 'signInLocked', 'doctorSignatureRequired', 'serverUnreachable', 'serverCertificateChanged']);

describe('validation codes', () => {
  it('are found in the source (the scan works)', () => {
    expect([...schemaCodes.keys()]).toEqual(expect.arrayContaining(['periodOrder', 'periodTooLong', 'durationRange', 'fileTooLarge', 'required']));
    expect([...serviceCodes.keys()]).toEqual(expect.arrayContaining(['notEvaluable', 'closedBeforeOnset', 'birthDateFuture']));
    expect(planCodes.size).toBeGreaterThan(10);
  });

  it.each([...schemaCodes, ...planCodes, ...[...serviceCodes].filter(([code]) => !apiOnlyCodes.has(code))])(
    '%s (from %s) has a message',
    (code) => {
      expect(isValidationCode(code)).toBe(true);
    },
  );

  it('each have a message in nl, fr and en', () => {
    const entries = Object.entries(messages as Record<string, Message>).filter(([key]) => key.startsWith('validation.'));
    expect(entries.length).toBeGreaterThan(40);
    for (const [key, message] of entries) {
      for (const language of ['nl', 'fr', 'en'] as const) {
        expect(message[language].trim(), `${key} in ${language}`).not.toBe('');
      }
    }
  });
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiResult } from '../../src/shared/ipc';
import type { Role } from '../../src/shared/model';
import type { HandlerMap } from '../../src/main/ipc/handlerMap';
import type { FolderDialog } from '../../src/main/ipc/handlers/backupHandlers';
import { openPractice } from '../../src/main/openPractice';
import type { Clock } from '../../src/main/services/store/clock';

/** A clock standing still at a given day, for deterministic tests. */
export function fixedClock(day = '2026-03-16', time = '09:30:00'): Clock {
  return { now: () => `${day}T${time}.000Z`, today: () => day };
}

export function temporaryDirectory(): string {
  return mkdtempSync(join(tmpdir(), 'ruggensteun-test-'));
}

export const doctorAccount = { name: 'Dr. Test Arts', role: 'doctor' as const, passphrase: 'een lange test wachtzin' };

/** Unwraps a successful result, failing the test with the error otherwise. */
export function valueOf<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`Expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/**
 * A practice on a real SQLite file with its first doctor signed in.
 * `as(role)` creates an account with that role and signs it in instead.
 */
export async function practiceWithDoctor(options: { jurisdiction?: 'NL' | 'BE'; clock?: Clock; folderDialog?: FolderDialog } = {}) {
  const directory = temporaryDirectory();
  const practice = openPractice(directory, {
    clock: options.clock ?? fixedClock(),
    checkOutputs: true,
    ...(options.folderDialog ? { folderDialog: options.folderDialog } : {}),
  });
  const { handlers } = practice;
  valueOf(
    await handlers.call('practice.initialize', {
      practice: { name: 'Testpraktijk', jurisdiction: options.jurisdiction ?? 'NL', language: 'nl' },
      account: doctorAccount,
    }),
  );
  const doctor = handlers.session.user;
  return {
    directory,
    store: practice.store,
    practice,
    handlers,
    doctor,
    async as(role: Role, name = `Test ${role}`) {
      const passphrase = 'nog een lange wachtzin';
      await handlers.call('auth.signIn', { name: doctorAccount.name, passphrase: doctorAccount.passphrase });
      valueOf(await handlers.call('accounts.create', { name, role, passphrase }));
      return valueOf(await handlers.call('auth.signIn', { name, passphrase }));
    },
    async asDoctor() {
      return valueOf(await handlers.call('auth.signIn', { name: doctorAccount.name, passphrase: doctorAccount.passphrase }));
    },
  };
}

/** An employer with one department and job, ready for workers. */
export async function employerWithJob(handlers: HandlerMap) {
  const employerId = valueOf(await handlers.call('workplace.saveEmployer', { name: 'Testbedrijf', sector: 'private' }));
  const departmentId = valueOf(await handlers.call('workplace.saveDepartment', { employerId, name: 'Magazijn' }));
  const jobPositionId = valueOf(
    await handlers.call('workplace.saveJobPosition', {
      employerId,
      departmentId,
      title: 'Magazijnier',
      maxLoadKg: 20,
      exposures: { liftingCarrying: 'high' },
    }),
  );
  return { employerId, departmentId, jobPositionId };
}

import { describe, expect, it } from 'vitest';
import type { Log } from '../../src/main/services/log/rotatingLog';
import { createHandlerMap } from '../../src/main/ipc/handlerMap';
import { practiceWithDoctor, rowCount, valueOf } from '../support/practiceFixture';
import { warehouseWorker } from './clinicalFixture';

/* Inputs no form sends: the handler map answers them with a validation error, never throws, and logs them. */

function deeplyNested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: true };
  for (let i = 0; i < depth; i += 1) value = { inner: value };
  return value;
}

async function practiceWithLog() {
  const practice = await practiceWithDoctor();
  const entries: string[] = [];
  const log: Log = { info: (event) => entries.push(event), error: (event) => entries.push(`ERROR ${event}`) };
  const handlers = createHandlerMap(practice.practice.vault, { log });
  // The same signed-in session, with a log the test can read.
  Object.assign(handlers.session, practice.handlers.session);
  const worker = await warehouseWorker(handlers);
  const drafts = () => rowCount(practice.store.sql, 'consultation_drafts');
  return { ...practice, handlers, entries, worker, drafts };
}

describe('the handler map with inputs no form sends', () => {
  it('refuses a draft nested 5,000 deep with a validation error, logs it and writes nothing', async () => {
    const { handlers, entries, worker, drafts } = await practiceWithLog();
    const answer = await handlers.invoke('consultations.saveDraft', { workerId: worker.id, consultationId: null, rowVersion: null, document: deeplyNested(5000) });
    expect(answer).toEqual({ ok: false, error: { code: 'validation', issues: [{ path: ['document'], code: 'tooDeep' }] } });
    expect(entries).toEqual(['consultations.saveDraft refused input of the wrong shape: document tooDeep']);
    expect(await drafts()).toBe(0);
    // A draft as deep as the form makes is fine; one of another shape is not.
    const psk = [{ activity: 'Tillen', score: '7' }];
    const outcomes = { workAbility: '', hoursWorked: '', rolandMorris: [], psk, filledInByWorker: [] };
    valueOf(await handlers.invoke('consultations.saveDraft', { workerId: worker.id, consultationId: null, rowVersion: null, document: { outcomes } }) as never);
    expect(await handlers.invoke('consultations.saveDraft', { workerId: worker.id, consultationId: null, rowVersion: null, document: deeplyNested(10) })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
  });

  it('never throws on a BigInt or a cyclic draft (Electron IPC can carry both)', async () => {
    const { handlers, entries, worker, drafts } = await practiceWithLog();
    const cyclic: Record<string, unknown> = { note: 'rondje' };
    cyclic.self = cyclic;
    for (const document of [{ hours: 10n }, cyclic, { nested: [{ deeper: 1n }] }]) {
      const answer = await handlers.invoke('consultations.saveDraft', { workerId: worker.id, consultationId: null, rowVersion: null, document });
      expect(answer).toEqual({ ok: false, error: { code: 'validation', issues: [{ path: ['document'], code: 'invalid' }] } });
    }
    expect(entries).toHaveLength(3);
    expect(await drafts()).toBe(0);
  });

  it('answers a duplicate department name with its own validation code', async () => {
    const { handlers } = await practiceWithDoctor();
    const employerId = valueOf(await handlers.call('workplace.saveEmployer', { name: 'Testbedrijf', sector: 'private' }));
    const magazijn = valueOf(await handlers.call('workplace.saveDepartment', { employerId, name: 'Magazijn' }));
    const refusal = { ok: false, error: { code: 'validation', issues: [{ path: ['name'], code: 'duplicateDepartment' }] } };
    expect(await handlers.call('workplace.saveDepartment', { employerId, name: 'Magazijn' })).toEqual(refusal);
    expect(await handlers.call('workplace.saveDepartment', { employerId, name: '  magazijn ' })).toEqual(refusal);
    const kantoor = valueOf(await handlers.call('workplace.saveDepartment', { employerId, name: 'Kantoor' }));
    expect(await handlers.call('workplace.saveDepartment', { id: kantoor, employerId, name: 'Magazijn' })).toEqual(refusal);
    // Renaming a department to its own name, or another employer using the name, is fine.
    expect(valueOf(await handlers.call('workplace.saveDepartment', { id: magazijn, employerId, name: 'Magazijn' }))).toBe(magazijn);
    const other = valueOf(await handlers.call('workplace.saveEmployer', { name: 'Ander bedrijf', sector: 'private' }));
    expect((await handlers.call('workplace.saveDepartment', { employerId: other, name: 'Magazijn' })).ok).toBe(true);
  });
});

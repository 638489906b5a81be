import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { channels } from '../../../src/shared/ipc';
import { practiceWithDoctor, valueOf } from '../../support/practiceFixture';
import { seenOnce, workplaceRows, YEAR_2025 } from './preventionFixture';

describe('a signed-in prevention advisor', () => {
  let close: (() => unknown) | null = null;
  afterEach(async () => {
    await close?.();
  });

  it('is refused every dossier-level channel, and each refusal is in the access log', async () => {
    const practice = await practiceWithDoctor();
    close = () => practice.practice.close();
    const rows = await workplaceRows(practice.store);
    const employerId = await rows.employer('Testbedrijf');
    const workerId = await rows.worker(employerId, null, null, seenOnce());
    const advisor = await practice.as('preventionAdvisor', 'Adviseur Test');

    const dossierChannels = Object.entries(channels)
      .filter(([, definition]) => 'dossier' in definition && definition.dossier !== undefined)
      .map(([name]) => name);
    expect(dossierChannels.length).toBeGreaterThanOrEqual(3);
    expect(dossierChannels).toEqual(expect.arrayContaining(['workers.get', 'workers.save', 'workers.accessLog']));

    for (const name of dossierChannels) {
      const before = (await practice.store.accessLog.recent(1))[0]?.id ?? 0;
      const result = await practice.handlers.invoke(name, { id: workerId, workerId });
      expect(result, name).toEqual({ ok: false, error: { code: 'forbidden' } });
      const logged = (await practice.store.accessLog.recent(1))[0];
      expect(logged?.id, name).toBeGreaterThan(before);
      expect(logged).toMatchObject({ channel: name, outcome: 'denied', userId: advisor.id, role: 'preventionAdvisor' });
    }
    // Finding workers by name is refused too.
    expect(await practice.handlers.call('workers.search', { query: 'Testnaam' })).toEqual({ ok: false, error: { code: 'forbidden' } });
  });

  it('sees the aggregates and gets a report without any worker name', async () => {
    const practice = await practiceWithDoctor();
    close = () => practice.practice.close();
    const rows = await workplaceRows(practice.store);
    const employerId = await rows.employer('Testbedrijf');
    const departmentId = await rows.department(employerId, 'Magazijn');
    for (let i = 0; i < 6; i += 1) await rows.worker(employerId, departmentId, null, seenOnce());
    for (let i = 0; i < 10; i += 1) await rows.worker(employerId, departmentId, null);
    await practice.as('preventionAdvisor');

    const request = { employerId, ...YEAR_2025 };
    const aggregates = valueOf(await practice.handlers.call('prevention.aggregates', request));
    expect(aggregates.summary.workersSeen.value).toBe(6);
    const json = JSON.stringify(aggregates);
    expect(json).not.toMatch(/Testnaam|Voornaam|1980-01-01/);

    const report = valueOf(await practice.handlers.call('prevention.workplaceReport', { request, language: 'nl' }));
    const file = join(practice.directory, report.fileName);
    writeFileSync(file, Buffer.from(report.content, 'base64'));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Werkplekrapport rugklachten');
    expect(text).toContain('Magazijn');
    expect(text).not.toMatch(/Testnaam|Voornaam|P1\b|01-01-1980/);

    const csv = valueOf(await practice.handlers.call('prevention.aggregatesCsv', { request, language: 'nl' }));
    expect(csv.content).not.toMatch(/Testnaam|Voornaam/);
  });
});

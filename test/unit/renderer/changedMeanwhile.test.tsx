// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../src/shared/ipc';
import type { Employer, Worker } from '../../../src/shared/model';
import { WorkerForm } from '../../../src/renderer/features/workers/WorkerForm';
import { LocaleProvider } from '../../../src/renderer/i18n/LocaleContext';

/*
 * The worker form when main refuses a save because someone else saved the worker meanwhile: the
 * input stays, the differing fields are shown beside the stored ones (here in French), and taking
 * the stored version puts it in the form and saves the next change from its row version.
 */

const call = vi.hoisted(() => vi.fn());
vi.mock('../../../src/renderer/api/client', () => ({ call, hasSystemDialogs: false }));

afterEach(() => {
  cleanup();
  call.mockReset();
});

const employer: Employer = {
  id: 3,
  name: 'Centre de distribution Le Quai',
  sector: 'private',
  contactName: null,
  contactEmail: null,
  workerCount: 40,
  departments: [{ id: 5, employerId: 3, name: 'Expédition' }],
  jobPositions: [],
};

const opened: Worker = {
  id: 11,
  employerId: 3,
  employerName: employer.name,
  departmentId: 5,
  departmentName: 'Expédition',
  jobPositionId: null,
  jobTitle: null,
  personnelNumber: 'Q-1',
  firstName: 'Léa',
  lastName: 'Dubois',
  birthDate: '1980-05-10',
  contractHoursPerWeek: 38,
  email: null,
  phone: null,
  updatedAt: '2026-03-16T09:00:00.000Z',
  rowVersion: 1,
};
const savedElsewhere: Worker = { ...opened, departmentId: null, departmentName: null, phone: '02 123 45 67', rowVersion: 2 };

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('a worker saved by someone else meanwhile', () => {
  it('keeps the input, shows what differs in the user’s language, and takes the stored version on request', async () => {
    const sent: unknown[] = [];
    call.mockImplementation((channel: string, input: unknown): Promise<ApiResult<unknown>> => {
      if (channel === 'workers.get') return Promise.resolve({ ok: true, value: savedElsewhere });
      sent.push(input);
      if (sent.length === 1) return Promise.resolve({ ok: false, error: { code: 'changedMeanwhile' } });
      return Promise.resolve({ ok: true, value: { ...savedElsewhere, firstName: 'Lea', rowVersion: 3 } });
    });
    const onSaved = vi.fn();
    const onStoredTaken = vi.fn();
    render(
      <LocaleProvider locale={{ language: 'fr', jurisdiction: 'BE' }}>
        <WorkerForm worker={opened} employers={[employer]} defaultEmployerId={3} today="2026-03-16" onSaved={onSaved} onStoredTaken={onStoredTaken} onDirtyChange={() => undefined} />
      </LocaleProvider>,
    );
    fireEvent.change(field('Heures contractuelles par semaine'), { target: { value: '24' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));

    const region = await screen.findByRole('region', { name: 'Enregistré entre-temps par quelqu’un d’autre' });
    within(region).getByText(/Quelqu’un d’autre a enregistré ceci entre-temps\./);
    const rows = within(region).getAllByRole('row').map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent));
    expect(rows).toEqual([
      ['Donnée', 'Votre saisie (non enregistrée)', 'Enregistré maintenant'],
      ['Service', 'Expédition', '(vide)'],
      ['Heures contractuelles par semaine', '24', '38'],
      ['Téléphone', '(vide)', '02 123 45 67'],
    ]);
    expect(field('Heures contractuelles par semaine').value).toBe('24');
    expect(sent[0]).toMatchObject({ id: 11, rowVersion: 1, contractHoursPerWeek: 24 });
    expect(onSaved).not.toHaveBeenCalled();

    // The stored version replaces the input; the next save starts from its row version.
    fireEvent.click(within(region).getByRole('button', { name: 'Reprendre la version enregistrée' }));
    expect(screen.queryByRole('region', { name: 'Enregistré entre-temps par quelqu’un d’autre' })).toBeNull();
    expect(field('Heures contractuelles par semaine').value).toBe('38');
    expect(field('Téléphone (facultatif)').value).toBe('02 123 45 67');
    // The screen around the form shows the stored version too.
    expect(onStoredTaken).toHaveBeenCalledWith(savedElsewhere);
    fireEvent.change(field('Prénom'), { target: { value: 'Lea' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sent[1]).toMatchObject({ id: 11, rowVersion: 2, firstName: 'Lea', departmentId: null, phone: '02 123 45 67' });
  });
});

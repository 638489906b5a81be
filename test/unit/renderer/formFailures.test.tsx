// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiError, ApiResult } from '../../../src/shared/ipc';
import type { Employer, Language } from '../../../src/shared/model';
import { LiftingTaskForm } from '../../../src/renderer/features/prevention/LiftingTaskForm';
import { RosterImport } from '../../../src/renderer/features/prevention/RosterImport';
import { BackupPanel } from '../../../src/renderer/features/settings/BackupPanel';
import { PracticeServerForm } from '../../../src/renderer/features/setup/PracticeServerForm';
import { RecoverScreen } from '../../../src/renderer/features/setup/RecoverScreen';
import { WorkerForm } from '../../../src/renderer/features/workers/WorkerForm';
import { EmployerForm } from '../../../src/renderer/features/workplaces/EmployerForm';
import { LocaleProvider } from '../../../src/renderer/i18n/LocaleContext';

/*
 * The failure path of each form on the one submit hook: the message in the user's language next to
 * its field (with the keyboard focus there) or above the form, the button disabled while main
 * answers, and what was typed still there.
 */

const call = vi.hoisted(() => vi.fn());
vi.mock('../../../src/renderer/api/client', () => ({ call, hasSystemDialogs: false }));

afterEach(() => {
  cleanup();
  call.mockReset();
});

/** main's answers by channel; a channel left out answers a failure the test does not expect. */
function answers(byChannel: Record<string, () => Promise<ApiResult<unknown>> | ApiResult<unknown>>) {
  call.mockImplementation((channel: string) => Promise.resolve(byChannel[channel]?.() ?? { ok: false, error: { code: 'internal' } }));
}

/** An answer that comes when the test gives it, to look at the form while main is busy. */
function heldAnswer() {
  let give: (result: ApiResult<unknown>) => void = () => undefined;
  const answer = new Promise<ApiResult<unknown>>((resolve) => (give = resolve));
  return { answer: () => answer, give };
}

const refused = (error: ApiError): ApiResult<never> => ({ ok: false, error });

function inLocale(children: ReactNode, language: Language = 'nl') {
  return <LocaleProvider locale={{ language, jurisdiction: 'NL' }}>{children}</LocaleProvider>;
}

const employer: Employer = {
  id: 3,
  name: 'Distributiecentrum De Kade',
  sector: 'private',
  contactName: null,
  contactEmail: null,
  workerCount: 40,
  departments: [{ id: 5, employerId: 3, name: 'Expeditie' }],
  jobPositions: [{ id: 7, employerId: 3, departmentId: 5, title: 'Orderpicker', maxLoadKg: 25, exposures: {} as Employer['jobPositions'][number]['exposures'] }],
};

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

/** Fills the English worker form with one worker (personnel number X-4711) and saves it. */
function saveJurgenCelik(): void {
  fireEvent.change(field('First name'), { target: { value: 'Jürgen' } });
  fireEvent.change(field('Last name'), { target: { value: 'Çelik' } });
  fireEvent.change(field('Date of birth'), { target: { value: '3-2-1978' } });
  fireEvent.change(field('Personnel number'), { target: { value: 'X-4711' } });
  fireEvent.change(field('Contract hours per week'), { target: { value: '36' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
}

/** Fills the forgotten-passphrase form and sends it. */
function recover() {
  fireEvent.change(field('Herstelsleutel'), { target: { value: 'AAAA-BBBB' } });
  fireEvent.change(field('Naam'), { target: { value: 'Dr. Lotte Janssen' } });
  fireEvent.change(field('Nieuw wachtwoord'), { target: { value: 'een nieuwe lange wachtzin' } });
  fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord instellen en aanmelden' }));
}

describe('forgotten passphrase', () => {
  it('says at the recovery key that it does not fit, keeps what was typed and is busy while main checks', async () => {
    const held = heldAnswer();
    answers({ 'auth.recover': held.answer });
    render(inLocale(<RecoverScreen onRecovered={() => undefined} onBack={() => undefined} />));
    recover();

    expect(screen.getByRole('button', { name: 'Wachtwoord instellen en aanmelden' })).toHaveProperty('disabled', true);
    held.give(refused({ code: 'invalidRecoveryKey' }));
    await screen.findByText('Deze herstelsleutel past niet bij dit praktijkbestand. Controleer de tekens.');
    expect(field('Herstelsleutel').getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(field('Herstelsleutel')));
    expect(field('Naam').value).toBe('Dr. Lotte Janssen');
    expect(field('Nieuw wachtwoord').value).toBe('een nieuwe lange wachtzin');
    expect(screen.getByRole('button', { name: 'Wachtwoord instellen en aanmelden' })).toHaveProperty('disabled', false);
  });
});

describe('a field message from main’s refusal', () => {
  it('follows a change of language without another submit: a wrong recovery key', async () => {
    answers({ 'auth.recover': () => refused({ code: 'invalidRecoveryKey' }) });
    const screenIn = (language: Language) => inLocale(<RecoverScreen onRecovered={() => undefined} onBack={() => undefined} />, language);
    const { rerender } = render(screenIn('nl'));
    recover();
    await screen.findByText('Deze herstelsleutel past niet bij dit praktijkbestand. Controleer de tekens.');

    rerender(screenIn('fr'));
    screen.getByText('Cette clé de récupération ne correspond pas à ce fichier du cabinet. Vérifiez les caractères.');
    expect(screen.queryByText('Deze herstelsleutel past niet bij dit praktijkbestand. Controleer de tekens.')).toBeNull();
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('follows a change of language without another submit: a personnel number in use, and a message found before sending', async () => {
    answers({ 'workers.save': () => refused({ code: 'duplicatePersonnelNumber', personnelNumber: 'X-4711' }) });
    const formIn = (language: Language) =>
      inLocale(
        <WorkerForm worker={null} employers={[employer]} defaultEmployerId={null} today="2026-03-16" onSaved={() => undefined} onStoredTaken={() => undefined} onDirtyChange={() => undefined} />,
        language,
      );
    const { rerender } = render(formIn('nl'));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(field('Werkgever').getAttribute('aria-invalid')).toBe('true'));
    expect(call).not.toHaveBeenCalled();
    rerender(formIn('en'));
    expect(screen.getAllByText('This field is required.').length).toBeGreaterThan(0);

    fireEvent.change(field('Employer'), { target: { value: '3' } });
    saveJurgenCelik();
    await screen.findByText('Personnel number X-4711 is already in use at this employer.');

    rerender(formIn('fr'));
    screen.getByText('Le matricule X-4711 est déjà utilisé chez cet employeur.');
    expect(call).toHaveBeenCalledTimes(1);
  });
});

describe('a form sent twice before the screen shows it busy', () => {
  it('sends once', async () => {
    const held = heldAnswer();
    answers({ 'workplace.saveEmployer': held.answer });
    render(inLocale(<EmployerForm onSaved={() => undefined} />));
    fireEvent.change(field('Naam van de werkgever'), { target: { value: 'Brouwerij Sint-Gérard' } });
    const form = field('Naam van de werkgever').closest('form');
    if (form === null) throw new Error('no form');
    // Two submits (Enter pressed twice) in one task, before React shows the button disabled.
    act(() => {
      fireEvent.submit(form);
      fireEvent.submit(form);
    });
    held.give({ ok: true, value: 9 });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Opslaan' })).toHaveProperty('disabled', false));
    expect(call).toHaveBeenCalledTimes(1);
  });
});

describe('a failure that belongs to no field', () => {
  it('stands above the form and follows a change of language', async () => {
    answers({ 'auth.recover': () => refused({ code: 'internal' }) });
    const screenIn = (language: Language) => inLocale(<RecoverScreen onRecovered={() => undefined} onBack={() => undefined} />, language);
    const { rerender } = render(screenIn('nl'));
    recover();
    expect((await screen.findByRole('alert')).textContent).toContain('Er ging iets mis. Er is niets half opgeslagen; probeer het opnieuw.');

    rerender(screenIn('en'));
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong. Nothing was half-saved; please try again.');
  });

  it('shows main’s refusal of the input as a whole (no field in its path) above the form', async () => {
    answers({ 'auth.recover': () => refused({ code: 'validation', issues: [{ path: [], code: 'invalid' }] }) });
    render(inLocale(<RecoverScreen onRecovered={() => undefined} onBack={() => undefined} />));
    recover();
    expect((await screen.findByRole('alert')).textContent).toContain('Niet alle velden zijn goed ingevuld.');
  });
});

describe('restoring a backup', () => {
  it('says at the recovery key that it does not open this backup', async () => {
    answers({
      'backups.status': () => ({ ok: true, value: { folder: '/media/usb', lastGood: '2026-03-15T22:00:00Z', lastFailure: null, stale: false } }),
      'backups.list': () => ({
        ok: true,
        value: [{ file: '/media/usb/a.rgbk', fileName: 'a.rgbk', kind: 'daily', writtenAt: '2026-03-15T22:00:00Z' }],
      }),
      'backups.preview': () => refused({ code: 'invalidRecoveryKey' }),
    });
    render(inLocale(<BackupPanel onRestored={() => undefined} />));
    await screen.findByRole('heading', { name: 'Reservekopie terugzetten' });
    fireEvent.change(field('Herstelsleutel'), { target: { value: 'ZZZZ-ZZZZ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bekijken' }));

    await screen.findByText('Deze herstelsleutel past niet bij dit praktijkbestand. Controleer de tekens.');
    expect(field('Herstelsleutel').getAttribute('aria-invalid')).toBe('true');
    expect(field('Herstelsleutel').value).toBe('ZZZZ-ZZZZ');
    expect(call).toHaveBeenCalledWith('backups.preview', { file: '/media/usb/a.rgbk', recoveryKey: 'ZZZZ-ZZZZ' });
  });
});

describe('roster import', () => {
  it('refuses an empty file at the file field before sending, and says above the form when main cannot read one', async () => {
    answers({ 'prevention.previewRoster': () => refused({ code: 'internal' }) });
    render(inLocale(<RosterImport employer={employer} onImported={() => undefined} />));

    fireEvent.change(field('CSV-bestand'), { target: { files: [new File([], 'leeg.csv', { type: 'text/csv' })] } });
    await screen.findByText('Dit bestand is leeg.');
    expect(field('CSV-bestand').getAttribute('aria-invalid')).toBe('true');
    expect(call).not.toHaveBeenCalled();

    const text = 'nummer;voornaam\n1;An\n';
    // jsdom's File cannot read itself.
    const roster = Object.assign(new File([text], 'personeel.csv', { type: 'text/csv' }), { arrayBuffer: () => Promise.resolve(new TextEncoder().encode(text).buffer) });
    fireEvent.change(field('CSV-bestand'), { target: { files: [roster] } });
    expect((await screen.findByRole('alert')).textContent).toContain('Er ging iets mis. Er is niets half opgeslagen; probeer het opnieuw.');
    expect(screen.queryByText('Dit bestand is leeg.')).toBeNull();
  });
});

describe('lifting task', () => {
  function renderTaskForm() {
    render(inLocale(<LiftingTaskForm employer={employer} task={null} today="2026-03-16" assessor="Ilse Peeters" onSaved={() => undefined} onCancel={() => undefined} />));
  }

  it('puts the messages by the fields before sending, with the focus on the first', async () => {
    renderTaskForm();
    fireEvent.change(field('Omschrijving van de taak'), { target: { value: 'Dozen van de band op de pallet' } });
    fireEvent.change(field('Gewicht van de last (kg)'), { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(field('Horizontale afstand H (cm)').getAttribute('aria-invalid')).toBe('true'));
    expect(field('Omschrijving van de taak').getAttribute('aria-invalid')).toBeNull();
    expect(document.activeElement).toBe(field('Horizontale afstand H (cm)'));
    expect(field('Gewicht van de last (kg)').value).toBe('12');
    expect(call).not.toHaveBeenCalled();
  });

  it('shows main’s refusal of a field next to it, busy while main checks', async () => {
    const held = heldAnswer();
    answers({ 'prevention.saveLiftingTask': held.answer });
    renderTaskForm();
    fireEvent.change(field('Omschrijving van de taak'), { target: { value: 'Dozen van de band op de pallet' } });
    const measures = {
      'Gewicht van de last (kg)': '12',
      'Horizontale afstand H (cm)': '40',
      'Hoogte van de handen V (cm)': '75',
      'Verplaatsing in hoogte D (cm)': '50',
      'Draaiing van de romp A (graden)': '0',
      'Tillen per minuut F': '2',
      'Duur van het tilwerk (uur per dag)': '1',
    };
    for (const [label, value] of Object.entries(measures)) fireEvent.change(field(label), { target: { value } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(screen.getByRole('button', { name: 'Bezig met opslaan…' })).toHaveProperty('disabled', true);
    held.give(refused({ code: 'validation', issues: [{ path: ['jobPositionId'], code: 'invalid' }] }));
    await waitFor(() => expect(field('Functie').getAttribute('aria-invalid')).toBe('true'));
    expect(document.activeElement).toBe(field('Functie'));
    expect(field('Omschrijving van de taak').value).toBe('Dozen van de band op de pallet');
    expect(screen.getByRole('button', { name: 'Opslaan' })).toHaveProperty('disabled', false);
  });
});

describe('worker', () => {
  it('says at the personnel number that it is taken, in the user’s language', async () => {
    answers({ 'workers.save': () => refused({ code: 'duplicatePersonnelNumber', personnelNumber: 'X-4711' }) });
    render(
      inLocale(
        <WorkerForm worker={null} employers={[employer]} defaultEmployerId={3} today="2026-03-16" onSaved={() => undefined} onStoredTaken={() => undefined} onDirtyChange={() => undefined} />,
        'en',
      ),
    );
    saveJurgenCelik();

    await screen.findByText('Personnel number X-4711 is already in use at this employer.');
    expect(field('Personnel number').getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(field('Personnel number')));
    expect(field('First name').value).toBe('Jürgen');
  });
});

describe('employer', () => {
  it('asks for a name before sending, then says above the form why main refused, busy while main answers', async () => {
    const held = heldAnswer();
    answers({ 'workplace.saveEmployer': held.answer });
    render(inLocale(<EmployerForm onSaved={() => undefined} />));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByText('Vul dit veld in.');
    expect(field('Naam van de werkgever').getAttribute('aria-invalid')).toBe('true');
    expect(call).not.toHaveBeenCalled();

    fireEvent.change(field('Naam van de werkgever'), { target: { value: 'Brouwerij Sint-Gérard' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(screen.getByRole('button', { name: 'Bezig met opslaan…' })).toHaveProperty('disabled', true);
    held.give(refused({ code: 'internal' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Er ging iets mis. Er is niets half opgeslagen; probeer het opnieuw.');
    expect(field('Naam van de werkgever').value).toBe('Brouwerij Sint-Gérard');
  });
});

describe('practice server', () => {
  it('refuses an address that is not one at the field, and says above the form why main refused', async () => {
    answers({ 'workstation.useServer': () => refused({ code: 'alreadyInitialized' }) });
    render(inLocale(<PracticeServerForm onChosen={() => undefined} onBack={() => undefined} />));
    fireEvent.change(field('Adres van de praktijkserver'), { target: { value: 'geen adres' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verbinden' }));
    await waitFor(() => expect(field('Adres van de praktijkserver').getAttribute('aria-invalid')).toBe('true'));
    expect(call).not.toHaveBeenCalled();

    fireEvent.change(field('Adres van de praktijkserver'), { target: { value: 'https://praktijkserver.local:8443' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verbinden' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Deze praktijk is al ingericht. Meld u aan.');
    expect(field('Adres van de praktijkserver').getAttribute('aria-invalid')).toBeNull();
  });
});

// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FedrisCase } from '../../../src/shared/channels/legalChannels';
import type { ApiError, ApiResult } from '../../../src/shared/ipc';
import type { Employer, Language } from '../../../src/shared/model';
import { PaperQuestionnaire } from '../../../src/renderer/features/documents/PaperQuestionnaire';
import { DossierExportButton } from '../../../src/renderer/features/dossier/DossierExportButton';
import { FedrisPanel } from '../../../src/renderer/features/legal/FedrisPanel';
import { DemoOffer } from '../../../src/renderer/features/setup/DemoOffer';
import { PassphraseCard } from '../../../src/renderer/features/setup/PassphraseCard';
import { RetentionPanel } from '../../../src/renderer/features/settings/RetentionPanel';
import { EmployerDetail } from '../../../src/renderer/features/workplaces/EmployerDetail';
import { LocaleProvider } from '../../../src/renderer/i18n/LocaleContext';

/*
 * The buttons and small forms that send one request on the one submit hook: busy while main
 * answers, sent once however often they are pressed meanwhile, and a refusal by its field or above
 * the form in the user's language, following a change of language.
 */

const call = vi.hoisted(() => vi.fn());
vi.mock('../../../src/renderer/api/client', () => ({ call, hasSystemDialogs: false }));

afterEach(() => {
  cleanup();
  call.mockReset();
});

/** An answer that comes when the test gives it, to look at the screen while main is busy. */
function heldAnswer() {
  let give: (result: ApiResult<unknown>) => void = () => undefined;
  const answer = new Promise<ApiResult<unknown>>((resolve) => (give = resolve));
  call.mockImplementation(() => answer);
  return give;
}

const refused = (error: ApiError): ApiResult<never> => ({ ok: false, error });

function inLocale(children: ReactNode, language: Language = 'nl') {
  return <LocaleProvider locale={{ language, jurisdiction: 'BE' }}>{children}</LocaleProvider>;
}

/** Presses `button` twice before React shows it busy (a double click), then answers `result`. */
async function pressTwiceAndAnswer(button: HTMLElement, give: (result: ApiResult<unknown>) => void, result: ApiResult<unknown>) {
  act(() => {
    fireEvent.click(button);
    fireEvent.click(button);
  });
  expect(button).toHaveProperty('disabled', true);
  give(result);
  await waitFor(() => expect(button).toHaveProperty('disabled', false));
  expect(call).toHaveBeenCalledTimes(1);
}

describe('the dossier export', () => {
  it('is sent once, and says above the button why it failed, in the user’s language', async () => {
    const give = heldAnswer();
    const { rerender } = render(inLocale(<DossierExportButton workerId={4} />));
    await pressTwiceAndAnswer(screen.getByRole('button', { name: 'Dossier exporteren (PDF en JSON)' }), give, refused({ code: 'internal' }));
    expect(screen.getByRole('alert').textContent).toContain('Er ging iets mis. Er is niets half opgeslagen; probeer het opnieuw.');
    expect(call).toHaveBeenCalledWith('dossier.export', { workerId: 4 });

    rerender(inLocale(<DossierExportButton workerId={4} />, 'fr'));
    expect(screen.getByRole('alert').textContent).toContain('Un problème est survenu. Rien n’a été enregistré à moitié ; réessayez.');
  });
});

describe('the paper questionnaire', () => {
  it('is busy while made, sent once, and says why it failed', async () => {
    const give = heldAnswer();
    render(inLocale(<PaperQuestionnaire workerId={4} />));
    const button = screen.getByRole('button', { name: 'Vragenlijst op papier (PDF)' });
    act(() => {
      fireEvent.click(button);
      fireEvent.click(button);
    });
    expect(screen.getByRole('button', { name: 'Bezig met maken…' })).toHaveProperty('disabled', true);
    give(refused({ code: 'notFound' }));
    await screen.findByRole('alert');
    expect(screen.getByRole('button', { name: 'Vragenlijst op papier (PDF)' })).toHaveProperty('disabled', false);
    expect(call).toHaveBeenCalledTimes(1);
    expect(call).toHaveBeenCalledWith('documents.questionnaire', { workerId: 4, language: 'nl' });
  });
});

describe('the example practice', () => {
  it('is loaded once, and says why not in the user’s language', async () => {
    const give = heldAnswer();
    const onLoaded = vi.fn();
    const { rerender } = render(inLocale(<DemoOffer onLoaded={onLoaded} />));
    await pressTwiceAndAnswer(screen.getByRole('button', { name: 'Voorbeeldpraktijk laden' }), give, refused({ code: 'practiceNotEmpty' }));
    expect(screen.getByRole('alert').textContent).toContain('De voorbeeldpraktijk kan alleen in een lege praktijk worden geladen.');
    rerender(inLocale(<DemoOffer onLoaded={onLoaded} />, 'en'));
    expect(screen.getByRole('alert').textContent).toContain('The example practice can only be loaded into an empty practice.');
    expect(onLoaded).not.toHaveBeenCalled();
  });
});

describe('the sign-in card', () => {
  function card(onAnswer: (result: ApiResult<unknown>) => void, language: Language = 'nl') {
    return inLocale(
      <PassphraseCard title="Aanmelden" lead="Testpraktijk" askName submitLabel="Aanmelden" send={(name, passphrase) => call('auth.signIn', { name, passphrase })} onAnswer={onAnswer} />,
      language,
    );
  }

  it('tells a malformed entry as a wrong name or password, empties the password, and sends once', async () => {
    const give = heldAnswer();
    const onAnswer = vi.fn();
    const { rerender } = render(card(onAnswer));
    fireEvent.change(screen.getByLabelText('Naam'), { target: { value: 'Dr. Lotte Janssen' } });
    fireEvent.change(screen.getByLabelText('Wachtwoord'), { target: { value: 'x' } });
    await pressTwiceAndAnswer(screen.getByRole('button', { name: 'Aanmelden' }), give, refused({ code: 'validation', issues: [{ path: ['passphrase'], code: 'required' }] }));
    expect(screen.getByRole('alert').textContent).toContain('Naam of wachtwoord klopt niet.');
    expect((screen.getByLabelText('Wachtwoord') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Naam') as HTMLInputElement).value).toBe('Dr. Lotte Janssen');
    // The screen that shows the card hears main's own answer.
    expect(onAnswer).toHaveBeenCalledTimes(1);
    expect(onAnswer).toHaveBeenCalledWith(refused({ code: 'validation', issues: [{ path: ['passphrase'], code: 'required' }] }));

    rerender(card(onAnswer, 'fr'));
    expect(screen.getByRole('alert').textContent).toContain('Nom ou mot de passe incorrect.');
  });
});

describe('the Fedris request', () => {
  const fedris: FedrisCase = {
    incapacityStart: '2026-01-05',
    lastDayOfIncapacity: null,
    eligible: true,
    reasons: [],
    windowOpens: '2026-02-02',
    windowCloses: '2026-07-05',
    relapseRuleApplied: false,
    routes: [{ route: 'incapacity', eligible: true, reasons: [] }],
    request: null,
    employerClaimDeadline: null,
  };

  it('shows main’s refusal of a date by its field, in the user’s language, and is sent once', async () => {
    const give = heldAnswer();
    const panel = (language: Language) => inLocale(<FedrisPanel workerId={4} today="2026-03-16" fedris={fedris} />, language);
    const { rerender } = render(panel('nl'));
    for (const check of [/gezondheidstoezicht/, /behandelend arts is akkoord/, /werknemer is akkoord/]) fireEvent.click(screen.getByLabelText(check));
    await pressTwiceAndAnswer(
      screen.getByRole('button', { name: 'Aanvraag opslaan en PDF maken' }),
      give,
      refused({ code: 'validation', issues: [{ path: ['request', 'requestDate'], code: 'required' }] }),
    );
    const requestDate = screen.getByLabelText('Datum van de aanvraag');
    expect(requestDate.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(requestDate));
    screen.getByText('Vul dit veld in.');
    // A field's refusal is said at the field only.
    expect(screen.queryByText(/Niet alle velden zijn goed ingevuld/)).toBeNull();

    rerender(panel('en'));
    expect(screen.getByLabelText('Request date').getAttribute('aria-invalid')).toBe('true');
    screen.getByText('This field is required.');
  });
});

describe('a new department', () => {
  const employer: Employer = { id: 3, name: 'Brouwerij Sint-Gérard', sector: 'private', contactName: null, contactEmail: null, workerCount: 0, departments: [], jobPositions: [] };

  it('is sent once, and main’s refusal of its name stands by the field in the user’s language', async () => {
    const give = heldAnswer();
    const detail = (language: Language) => inLocale(<EmployerDetail employer={employer} canEdit onChanged={() => undefined} />, language);
    const { rerender } = render(detail('nl'));
    await pressTwiceAndAnswer(screen.getByRole('button', { name: 'Afdeling toevoegen' }), give, refused({ code: 'validation', issues: [{ path: ['name'], code: 'required' }] }));
    expect(screen.getByLabelText('Naam van de afdeling').getAttribute('aria-invalid')).toBe('true');
    screen.getByText('Vul dit veld in.');
    // The job form below has nothing to say.
    expect(screen.getByLabelText('Functienaam').getAttribute('aria-invalid')).toBeNull();

    rerender(detail('fr'));
    screen.getByText('Ce champ est obligatoire.');
  });
});

describe('the Belgian retention term', () => {
  it('is sent once, and main’s refusal of the years stands by the field in the user’s language', async () => {
    const overview = { jurisdiction: 'BE', years: 15, cutoff: '2011-03-16', dossiers: [] };
    let give: (result: ApiResult<unknown>) => void = () => undefined;
    call.mockImplementation((channel: string) =>
      channel === 'retention.overview' ? Promise.resolve({ ok: true, value: overview }) : new Promise((resolve) => (give = resolve)),
    );
    const panel = (language: Language) => inLocale(<RetentionPanel />, language);
    const { rerender } = render(panel('nl'));
    fireEvent.change(await screen.findByLabelText('Termijn in jaren'), { target: { value: '0' } });
    call.mockClear();
    await pressTwiceAndAnswer(screen.getByRole('button', { name: 'Termijn opslaan' }), (result) => give(result), refused({ code: 'validation', issues: [{ path: ['years'], code: 'retentionYears' }] }));
    expect(call).toHaveBeenCalledWith('retention.setTermBE', { years: 0 });
    expect(screen.getByLabelText('Termijn in jaren').getAttribute('aria-invalid')).toBe('true');
    screen.getByText('Kies een termijn van 1 tot 100 jaar.');

    rerender(panel('en'));
    screen.getByText('Choose a term from 1 to 100 years.');
  });
});

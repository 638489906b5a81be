// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../src/shared/ipc';
import type { GeneratedDocument } from '../../../src/shared/channels/documentChannels';
import { DocumentActions } from '../../../src/renderer/features/documents/DocumentActions';
import { LocaleProvider } from '../../../src/renderer/i18n/LocaleContext';

const call = vi.hoisted(() => vi.fn());
vi.mock('../../../src/renderer/api/client', () => ({ call }));

const PDF: GeneratedDocument = {
  fileName: 'consultverslag-de-wit-2026-03-16.pdf',
  mimeType: 'application/pdf',
  base64: Buffer.from('%PDF-1.7 test').toString('base64'),
};

let downloads: Array<{ href: string; download: string }> = [];
let blobs: Blob[] = [];

beforeEach(() => {
  downloads = [];
  blobs = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:document';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ href: this.getAttribute('href') ?? '', download: this.download });
  });
});

afterEach(() => {
  cleanup();
  call.mockReset();
  vi.restoreAllMocks();
});

/** jsdom's Blob has no text(): read it the old way. */
function blobText(blob: Blob | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    if (blob === undefined) return reject(new Error('no blob'));
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(blob);
  });
}

function renderActions(props: { hasRedFlag?: boolean; unsavedChanges?: boolean } = {}) {
  render(
    <LocaleProvider locale={{ language: 'nl', jurisdiction: 'NL' }}>
      <DocumentActions consultationId={7} hasRedFlag={props.hasRedFlag ?? false} unsavedChanges={props.unsavedChanges ?? false} />
    </LocaleProvider>,
  );
}

/** The actions of consultation 7 in `language`: render it again with another to switch languages. */
function actionsIn(language: 'nl' | 'fr' | 'en') {
  return (
    <LocaleProvider locale={{ language, jurisdiction: 'NL' }}>
      <DocumentActions consultationId={7} hasRedFlag={false} />
    </LocaleProvider>
  );
}

describe('document actions', () => {
  it('makes a document and saves it as a file under its name', async () => {
    let answer: (result: ApiResult<GeneratedDocument>) => void = () => undefined;
    call.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    renderActions();

    fireEvent.click(screen.getByRole('button', { name: 'Consultverslag' }));

    expect(call).toHaveBeenCalledWith('documents.generate', { kind: 'consultation-record', consultationId: 7 });
    expect(screen.getByRole('button', { name: 'Bezig met maken…' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Advies aan werkgever' })).toHaveProperty('disabled', true);

    answer({ ok: true, value: PDF });
    await screen.findByText('consultverslag-de-wit-2026-03-16.pdf is gemaakt.');
    expect(downloads).toEqual([{ href: 'blob:document', download: 'consultverslag-de-wit-2026-03-16.pdf' }]);
    expect(blobs[0]?.type).toBe('application/pdf');
    expect(await blobText(blobs[0])).toBe('%PDF-1.7 test');
    expect(screen.getByRole('button', { name: 'Consultverslag' })).toHaveProperty('disabled', false);
  });

  it('says in the current language that the document was made, also after a change of language', async () => {
    call.mockResolvedValue({ ok: true, value: PDF });
    const { rerender } = render(actionsIn('nl'));
    fireEvent.click(screen.getByRole('button', { name: 'Consultverslag' }));
    await screen.findByText('consultverslag-de-wit-2026-03-16.pdf is gemaakt.');

    rerender(actionsIn('en'));
    expect(screen.getByRole('status').textContent).toContain('consultverslag-de-wit-2026-03-16.pdf has been made.');
    expect(screen.queryByText(/is gemaakt/)).toBeNull();
    rerender(actionsIn('fr'));
    expect(screen.getByRole('status').textContent).toContain('consultverslag-de-wit-2026-03-16.pdf a été créé.');
  });

  it('says why a document could not be made in the current language, also after a change of language', async () => {
    call.mockResolvedValue({ ok: false, error: { code: 'noPlan' } });
    const { rerender } = render(actionsIn('nl'));
    fireEvent.click(screen.getByRole('button', { name: 'Advies aan werkgever' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Sla eerst het werkhervattingsplan op.');
    rerender(actionsIn('en'));
    expect(screen.getByRole('alert').textContent).toContain('Save the return-to-work plan first.');
  });

  it('explains why the employer advice cannot be made yet', async () => {
    call.mockResolvedValue({ ok: false, error: { code: 'noPlan' } });
    renderActions();
    fireEvent.click(screen.getByRole('button', { name: 'Advies aan werkgever' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Sla eerst het werkhervattingsplan op.');
    expect(downloads).toEqual([]);
  });

  it('asks for a reason for a referral without a red flag', async () => {
    call.mockResolvedValue({ ok: false, error: { code: 'noReferralReason' } });
    renderActions();
    expect(screen.getByText('Dit consult heeft geen rode vlag: schrijf waarom u verwijst.')).toBeTruthy();

    fireEvent.click(screen.getByLabelText('Specialist'));
    fireEvent.change(screen.getByLabelText('Naam en specialisme (optioneel)'), { target: { value: 'Dr. K. Orthopeed' } });
    fireEvent.click(screen.getByLabelText('De werknemer stemt in met deze verwijzing en met het delen van deze gegevens'));
    fireEvent.click(screen.getByRole('button', { name: 'Verwijsbrief maken' }));

    expect(call).toHaveBeenCalledWith('documents.generate', {
      kind: 'referral-letter',
      consultationId: 7,
      referral: { recipient: 'specialist', recipientName: 'Dr. K. Orthopeed', reason: '', workerConsented: true },
    });
    await waitFor(() =>
      expect(screen.getByLabelText('Reden van verwijzing').getAttribute('aria-invalid')).toBe('true'),
    );
    expect(screen.getByText('Geef een reden voor de verwijzing: dit consult heeft geen rode vlag.')).toBeTruthy();
  });

  it('says at the fields why a referral letter was refused in the current language, also after a change of language', async () => {
    call.mockResolvedValue({ ok: false, error: { code: 'noReferralReason' } });
    const { rerender } = render(actionsIn('nl'));
    fireEvent.click(screen.getByRole('button', { name: 'Verwijsbrief maken' }));
    await screen.findByText('Vraag eerst de toestemming van de werknemer en vink die hier aan.');
    rerender(actionsIn('fr'));
    screen.getByText('Demandez d’abord l’accord du travailleur et cochez-le ici.');

    fireEvent.click(screen.getByLabelText(/Le travailleur accepte/));
    fireEvent.click(screen.getByRole('button', { name: 'Créer la lettre' }));
    await screen.findByText('Indiquez le motif de l’orientation : cette consultation n’a pas de drapeau rouge.');
    rerender(actionsIn('nl'));
    screen.getByText('Geef een reden voor de verwijzing: dit consult heeft geen rode vlag.');
    expect(call).toHaveBeenCalledTimes(1);
  });

  it('makes no referral letter before the worker’s consent is ticked', async () => {
    renderActions({ hasRedFlag: true });
    fireEvent.click(screen.getByRole('button', { name: 'Verwijsbrief maken' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Vraag eerst de toestemming van de werknemer en vink die hier aan.');
    const consent = screen.getByLabelText('De werknemer stemt in met deze verwijzing en met het delen van deze gegevens');
    expect(consent.getAttribute('aria-invalid')).toBe('true');
    expect(call).not.toHaveBeenCalled();
  });

  it('makes the reason optional with a red flag and says when the form has unsaved changes', () => {
    renderActions({ hasRedFlag: true, unsavedChanges: true });
    expect(screen.getByLabelText('Reden van verwijzing (optioneel)')).toBeTruthy();
    expect(screen.getByText(/De documenten tonen de laatst opgeslagen versie/)).toBeTruthy();
  });
});

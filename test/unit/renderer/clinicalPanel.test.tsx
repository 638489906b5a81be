// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EvaluationContext } from '../../../src/shared/model';
import { ClinicalPanel } from '../../../src/renderer/features/clinicalPanel/ClinicalPanel';
import { liveEvaluation } from '../../../src/renderer/features/intake/liveEvaluation';
import { RedFlagAlert } from '../../../src/renderer/features/clinicalPanel/RedFlagAlert';
import { LocaleProvider } from '../../../src/renderer/i18n/LocaleContext';
import type { IntakeForm } from '../../../src/renderer/features/intake/intakeForm';
import { newIntakeForm } from '../../../src/renderer/features/intake/intakeForm';
import type { OpenedConsultation } from '../../../src/shared/channels/consultationChannels';

const today = '2026-03-16';

function context(jurisdiction: 'NL' | 'BE'): EvaluationContext {
  return {
    jurisdiction,
    orebroCutOff: 50,
    birthDate: '1980-05-10',
    job: { exposures: ['manualHandling'], maxLiftKg: 20, contractHoursPerWeek: 38, sector: 'private' },
  };
}

function form(changes: (f: IntakeForm) => IntakeForm = (f) => f): IntakeForm {
  const base = newIntakeForm({ today, currentEpisode: null } as unknown as OpenedConsultation);
  return changes({
    ...base,
    complaint: { ...base.complaint, onsetDate: '2026-03-02', painScore: '6', radiation: 'none', course: 'improving', previousEpisodes: 'none', workStatus: 'offWork', sickLeaveStart: '2026-03-03' },
  });
}

function renderPanel(intake: IntakeForm, jurisdiction: 'NL' | 'BE' = 'NL', acknowledged: string[] = []) {
  const live = liveEvaluation(intake, context(jurisdiction), today);
  render(
    <LocaleProvider locale={{ language: 'nl', jurisdiction }}>
      <ClinicalPanel live={live} acknowledged={acknowledged} today={today} />
    </LocaleProvider>,
  );
  return live;
}

afterEach(cleanup);

describe('the live clinical panel', () => {
  it('shows a non-specific acute case: no red flags, week 2, Poortwachter dates', () => {
    renderPanel(form());
    expect(screen.getByText('Geen rode vlaggen')).toBeTruthy();
    expect(screen.getByText('Acuut')).toBeTruthy();
    expect(screen.getByText(/week 2 \(14 dagen sinds het begin\)/)).toBeTruthy();
    // First sick day 03-03-2026 + 41 days.
    expect(screen.getByText('13-04-2026')).toBeTruthy();
    expect(screen.getByText(/Voorstel: 4 stappen, volledig eigen werk vanaf 06-04-2026/)).toBeTruthy();
  });

  it('shows an immediate flag with what to do, and the plan on hold', () => {
    renderPanel(form((f) => ({ ...f, redFlags: { ...f.redFlags, saddleAnaesthesia: true } })));
    expect(screen.getByText('Direct')).toBeTruthy();
    expect(screen.getByText(/Verwijs nu naar de spoedeisende hulp/)).toBeTruthy();
    expect(screen.getByText('Aangehouden.')).toBeTruthy();
  });

  it('shows a within-48-hours flag from fever', () => {
    renderPanel(form((f) => ({ ...f, redFlags: { ...f.redFlags, fever: true } })));
    expect(screen.getByText('Binnen 48 uur')).toBeTruthy();
    expect(screen.getByText(/Regel binnen 48 uur een beoordeling/)).toBeTruthy();
  });

  it('shows high chronicity risk when STarT Back scores 4 or more on the psychosocial items', () => {
    const answers = {
      legPain: 'false', shoulderOrNeckPain: 'false', walkedOnlyShortDistances: 'false', dressedMoreSlowly: 'false',
      notSafeToBeActive: 'true', worryingThoughts: 'true', painTerribleNeverBetter: 'true', notEnjoyingThings: 'true',
      bothersomeness: 'slightly',
    };
    renderPanel(form((f) => ({ ...f, startBack: answers })));
    expect(screen.getByText('Hoog risico')).toBeTruthy();
    expect(screen.getByText(/STarT Back 4\/9 \(psychosociaal 4\/5\)/)).toBeTruthy();
  });

  it('shows Fedris eligibility and its window in a Belgian practice', () => {
    // Incapacity since 16-02-2026: window 16-03-2026 to 16-08-2026.
    renderPanel(form((f) => ({ ...f, complaint: { ...f.complaint, onsetDate: '2026-02-10', sickLeaveStart: '2026-02-16' } })), 'BE');
    expect(screen.getByText('Komt nu in aanmerking')).toBeTruthy();
    expect(screen.getByText(/Aanvraag mogelijk van 16-03-2026 tot en met 16-08-2026/)).toBeTruthy();
  });

  it('keeps showing red flags while the onset date is missing', () => {
    const live = renderPanel(form((f) => ({ ...f, complaint: { ...f.complaint, onsetDate: '' }, redFlags: { ...f.redFlags, bladderOrBowelDysfunction: true } })));
    expect(live.kind).toBe('partial');
    expect(screen.getByText('Direct')).toBeTruthy();
    expect(screen.getByText(/Vul de begindatum van de klachten in/)).toBeTruthy();
  });

  it('names the field when the dates do not fit together', () => {
    renderPanel(form((f) => ({ ...f, complaint: { ...f.complaint, sickLeaveStart: '2026-03-20' } })));
    expect(screen.getByText(/controleer ‘Eerste ziektedag’/)).toBeTruthy();
  });
});

describe('the immediate red-flag alert', () => {
  it('asks for an explicit acknowledgement and then shows it', () => {
    const live = liveEvaluation(form((f) => ({ ...f, redFlags: { ...f.redFlags, saddleAnaesthesia: true } })), context('NL'), today);
    const redFlags = live.kind === 'full' ? live.evaluation.redFlags : live.redFlags;
    const onAcknowledge = vi.fn();
    const { rerender } = render(
      <LocaleProvider locale={{ language: 'nl', jurisdiction: 'NL' }}>
        <RedFlagAlert redFlags={redFlags} acknowledged={[]} onAcknowledge={onAcknowledge} />
      </LocaleProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Cauda-equinasyndroom');
    fireEvent.click(screen.getByRole('button', { name: 'Gezien: ik verwijs nu door' }));
    expect(onAcknowledge).toHaveBeenCalledWith(['saddleAnaesthesia']);
    rerender(
      <LocaleProvider locale={{ language: 'nl', jurisdiction: 'NL' }}>
        <RedFlagAlert redFlags={redFlags} acknowledged={['saddleAnaesthesia']} onAcknowledge={onAcknowledge} />
      </LocaleProvider>,
    );
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('Gezien en bevestigd')).toBeTruthy();
  });
});

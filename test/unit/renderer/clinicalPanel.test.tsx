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
import type { DeadlineRecords } from '../../../src/renderer/features/clinicalPanel/deadlineRecords';

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
    redFlagsScreened: true,
    complaint: { ...base.complaint, onsetDate: '2026-03-02', painScore: '6', radiation: 'none', course: 'improving', previousEpisodes: 'none', workStatus: 'offWork', sickLeaveStart: '2026-03-03' },
  });
}

function renderPanel(intake: IntakeForm, jurisdiction: 'NL' | 'BE' = 'NL', acknowledged: string[] = [], records?: DeadlineRecords) {
  const live = liveEvaluation(intake, context(jurisdiction), today);
  render(
    <LocaleProvider locale={{ language: 'nl', jurisdiction }}>
      <ClinicalPanel live={live} screened={intake.redFlagsScreened} acknowledged={acknowledged} today={today} {...(records ? { deadlineRecords: records } : {})} />
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
    expect(screen.getByText(/2 weken sinds begin klachten \(14 dagen\)/)).toBeTruthy();
    // First sick day 03-03-2026 + 41 days.
    expect(screen.getByText('13-04-2026')).toBeTruthy();
    expect(screen.getByText(/Voorstel: 4 stappen, volledig eigen werk vanaf 07-04-2026/)).toBeTruthy();
  });

  it('says "nog niet nagelopen" in grey, never "Geen rode vlaggen", until the checklist is gone through', () => {
    renderPanel(form((f) => ({ ...f, redFlagsScreened: false })));
    expect(screen.getByText('Nog niet nagelopen')).toBeTruthy();
    expect(screen.queryByText('Geen rode vlaggen')).toBeNull();
    expect(screen.queryByText(/Geen beeldvorming/)).toBeNull();
    expect(document.querySelector('.cp-block--unscreened')).not.toBeNull();
    expect(document.querySelector('.cp-block--none')).toBeNull();
  });

  it('shows a derived flag with its own action even before the checklist is gone through', () => {
    // Born 10-05-1980: first ever back pain at 58 (this episode) is not possible here, so type it.
    renderPanel(
      form((f) => ({ ...f, redFlagsScreened: false, complaint: { ...f.complaint, course: 'unchanged', onsetDate: '2026-01-26' } })),
    );
    expect(screen.getByText('Niet spoedeisend')).toBeTruthy();
    expect(screen.getByText(/Geen verbetering na 6 weken: heroverweeg de diagnose/)).toBeTruthy();
    expect(screen.queryByText(/reumatoloog/)).toBeNull();
    expect(screen.getByText(/De checklist rode vlaggen is nog niet nagelopen/)).toBeTruthy();
  });

  it('shows an immediate flag with what to do, and the plan on hold', () => {
    renderPanel(form((f) => ({ ...f, redFlags: { ...f.redFlags, saddleAnaesthesia: true } })));
    expect(screen.getByText('Direct')).toBeTruthy();
    expect(screen.getByText(/Verwijs nu naar de spoedeisende hulp. Er is een verdenking/)).toBeTruthy();
    expect(screen.getByText(/Verwijs nu naar de spoedeisende hulp voor beoordeling op een cauda-equinasyndroom/)).toBeTruthy();
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

  it('says of each legal deadline whether it is done, overdue, due soon or still to come', () => {
    const deadline = (label: RegExp) => screen.getByText(label).closest('li')?.textContent ?? '';
    // Sick since 20-01-2026: the problem analysis was due on 02-03 (day 41), the action plan is due today (day 55).
    const sickSince = form((f) => ({ ...f, complaint: { ...f.complaint, onsetDate: '2026-01-19', sickLeaveStart: '2026-01-20' } }));
    renderPanel(sickSince);
    expect(deadline(/Probleemanalyse door de bedrijfsarts/)).toMatch(/te laat$/);
    expect(deadline(/Plan van aanpak/)).toMatch(/binnenkort$/);
    expect(deadline(/Ziekmelding bij UWV/)).toMatch(/komt$/);
    cleanup();
    // The analysis written on 27-02 (a document of the case): done, not overdue.
    renderPanel(sickSince, 'NL', [], { poortwachter: { probleemanalyse: '2026-02-27' }, lastConsultation: '2026-02-27' });
    expect(deadline(/Probleemanalyse door de bedrijfsarts/)).toMatch(/gedaan op 27-02-2026$/);
    cleanup();
    // Belgium: the 4-week contact (an action) is overdue until a consultation on or after its date.
    renderPanel(sickSince, 'BE');
    expect(deadline(/Arbeidsongeschiktheid van 4 weken/)).toMatch(/te laat$/);
    expect(deadline(/De werkgever mag/)).toMatch(/verstreken$/);
  });

  it('lists the deadlines in date order, the evaluation of the plan van aanpak among the Poortwachter steps', () => {
    // Sick since 03-03-2026: plan van aanpak due 27-04, its first evaluation 6 weeks later, long before the report to UWV in week 42.
    renderPanel(form());
    const rows = [...document.querySelectorAll('.deadlines li')].map((li) => li.textContent ?? '');
    expect(rows.map((row) => /^\d\d-\d\d-\d{4}/.exec(row)?.[0])).toEqual([
      '13-04-2026',
      '27-04-2026',
      '08-06-2026',
      '22-12-2026',
      '01-03-2027',
      '29-11-2027',
      '28-02-2028',
    ]);
    expect(rows[2]).toMatch(/^08-06-2026Evaluatie van het plan van aanpak/);
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
        <RedFlagAlert redFlags={redFlags} acknowledged={[]} referral={null} onAcknowledge={onAcknowledge} />
      </LocaleProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Cauda-equinasyndroom');
    const acknowledge = screen.getByRole('button', { name: 'Gezien: ik verwijs nu door' });
    expect((acknowledge as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Verwezen naar'), { target: { value: 'SEH Martini Ziekenhuis' } });
    fireEvent.click(acknowledge);
    expect(onAcknowledge).toHaveBeenCalledWith(['saddleAnaesthesia'], 'SEH Martini Ziekenhuis');
    rerender(
      <LocaleProvider locale={{ language: 'nl', jurisdiction: 'NL' }}>
        <RedFlagAlert
          redFlags={redFlags}
          acknowledged={['saddleAnaesthesia']}
          referral={{ referredTo: 'SEH Martini Ziekenhuis', acknowledgedBy: 'Dr. A. Jansen', acknowledgedAt: '2026-03-16T09:30:00.000Z' }}
          onAcknowledge={onAcknowledge}
        />
      </LocaleProvider>,
    );
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('Gezien en bevestigd')).toBeTruthy();
    expect(screen.getByText(/Gezien door Dr\. A\. Jansen op 16-03-2026 om \d\d:30; verwezen naar SEH Martini Ziekenhuis/)).toBeTruthy();
  });
});

// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { EvaluationContext } from '../../../src/shared/model';
import type { PlanProgressInput } from '../../../src/shared/rules';
import { ClinicalPanel } from '../../../src/renderer/features/clinicalPanel/ClinicalPanel';
import { liveEvaluation } from '../../../src/renderer/features/intake/liveEvaluation';
import { LocaleProvider } from '../../../src/renderer/i18n/LocaleContext';
import { newIntakeForm } from '../../../src/renderer/features/intake/intakeForm';
import type { OpenedConsultation } from '../../../src/shared/channels/consultationChannels';

const today = '2026-03-16';

function renderPanel(jurisdiction: 'NL' | 'BE', plan: PlanProgressInput | null = null) {
  const context: EvaluationContext = {
    jurisdiction,
    orebroCutOff: 50,
    birthDate: '1980-05-10',
    job: { exposures: ['manualHandling'], maxLiftKg: 20, contractHoursPerWeek: 38, sector: 'private' },
  };
  const base = newIntakeForm({ today, currentEpisode: null } as unknown as OpenedConsultation);
  const form = {
    ...base,
    complaint: { ...base.complaint, onsetDate: '2026-01-05', painScore: '5', radiation: 'none', course: 'improving', previousEpisodes: 'none', workStatus: 'offWork', sickLeaveStart: '2026-01-13' },
  } as typeof base;
  render(
    <LocaleProvider locale={{ language: 'nl', jurisdiction }}>
      <ClinicalPanel live={liveEvaluation(form, context, today)} screened acknowledged={[]} today={today} plan={plan} />
    </LocaleProvider>,
  );
}

afterEach(cleanup);

describe('the clinical panel and the saved plan', () => {
  const saved: PlanProgressInput = {
    status: 'planned',
    contractHoursPerWeek: 38,
    reviewDate: null,
    steps: [
      { startDate: '2026-03-09', reviewDate: '2026-03-13', hoursPerWeek: 9.5, duties: 'adapted' },
      { startDate: '2026-03-16', reviewDate: '2026-03-27', hoursPerWeek: 19, duties: 'adapted' },
      { startDate: '2026-04-13', reviewDate: '2026-04-24', hoursPerWeek: 38, duties: 'full' },
    ],
  };

  it('gives the saved plan’s step and full return, the same as the dossier and the plan screen', () => {
    renderPanel('NL', saved);
    const plan = screen.getByRole('region', { name: 'Werkhervatting' });
    expect(plan.textContent).toContain('Nu: stap 2 van 3 · 19 uur.');
    expect(plan.textContent).toContain('Volledig aan het werk vanaf 13-04-2026.');
    expect(plan.textContent).not.toContain('Voorstel');
  });

  it('gives the rules’ suggestion while no plan is saved', () => {
    renderPanel('NL');
    expect(screen.getByRole('region', { name: 'Werkhervatting' }).textContent).toContain('Voorstel');
  });
});

describe('the background notes of the deadlines', () => {
  it('are behind an information button (aria-expanded) that Escape closes, giving the focus back', () => {
    renderPanel('BE');
    // Not on screen (the note is hidden) until asked for.
    expect(screen.queryByRole('note')).toBeNull();
    const button = screen.getByRole('button', { name: 'Toelichting bij wettelijke termijnen (re-integratie)' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('note').textContent).toMatch(/Bronnen verschillen.*vervangingsdag/);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('note')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});

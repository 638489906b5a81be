// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { OpenedConsultation } from '../../../src/shared/channels/consultationChannels';
import type { EvaluationContext } from '../../../src/shared/model';
import { newIntakeForm, type IntakeForm } from '../../../src/renderer/features/intake/intakeForm';
import { liveEvaluation } from '../../../src/renderer/features/intake/liveEvaluation';
import { RiskFactorSection, SHARED_CODES, shownRiskFactors, withRiskFactors } from '../../../src/renderer/features/intake/RiskFactorSection';
import { LocaleProvider } from '../../../src/renderer/i18n/LocaleContext';

afterEach(cleanup);

const today = '2026-03-16';
const context: EvaluationContext = { jurisdiction: 'NL', orebroCutOff: 50, birthDate: '1980-05-10', job: { exposures: [], maxLiftKg: null, contractHoursPerWeek: 38, sector: 'private' } };

function Harness({ initial, onForm }: { initial: IntakeForm; onForm(form: IntakeForm): void }) {
  let form = initial;
  return (
    <RiskFactorSection
      form={form}
      update={(change) => {
        form = change(form);
        onForm(form);
      }}
      error={() => undefined}
      today={today}
      context={context}
      currentEpisode={null}
      live={liveEvaluation(initial, context, today)}
    />
  );
}

describe('risk factors and yellow flags', () => {
  it('shares conflicts at work and low mood between both lists', () => {
    expect([...SHARED_CODES].sort()).toEqual(['lowMood', 'workConflicts']);
  });

  it('asks "conflicten op het werk" and "sombere stemming" once each, and records a tick in both lists', () => {
    const initial = newIntakeForm({ today, currentEpisode: null } as unknown as OpenedConsultation);
    let latest = initial;
    render(
      <LocaleProvider locale={{ language: 'nl', jurisdiction: 'NL' }}>
        <Harness initial={initial} onForm={(form) => (latest = form)} />
      </LocaleProvider>,
    );
    expect(screen.getAllByLabelText(/Conflicten op het werk/)).toHaveLength(1);
    expect(screen.getAllByLabelText(/Sombere stemming/)).toHaveLength(1);
    fireEvent.click(screen.getByLabelText('Conflicten op het werk'));
    expect(latest.riskFactors).toEqual(['workConflicts']);
    expect(latest.yellowFlags).toEqual(['workConflicts']);
  });

  it('shows an older consultation’s yellow flag ticked, and unticking clears it from both lists', () => {
    const form = { riskFactors: ['heavyLifting'], yellowFlags: ['lowMood', 'fearOfMovement'] };
    expect(shownRiskFactors(form)).toEqual(['heavyLifting', 'lowMood']);
    expect(withRiskFactors(form, ['heavyLifting'])).toEqual({ riskFactors: ['heavyLifting'], yellowFlags: ['fearOfMovement'] });
  });
});

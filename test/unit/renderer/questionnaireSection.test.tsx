// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { OpenedConsultation } from '../../../src/shared/channels/consultationChannels';
import type { EvaluationContext } from '../../../src/shared/model';
import { OREBRO_DEFINITION, scoreOrebroShort } from '../../../src/shared/rules';
import { newIntakeForm, orebroAnswersOf, type IntakeForm } from '../../../src/renderer/features/intake/intakeForm';
import { liveEvaluation } from '../../../src/renderer/features/intake/liveEvaluation';
import { QuestionnaireSection, withOrebroAnswer } from '../../../src/renderer/features/intake/QuestionnaireSection';
import { LocaleProvider } from '../../../src/renderer/i18n/LocaleContext';

afterEach(cleanup);

const today = '2026-03-16';
const context: EvaluationContext = { jurisdiction: 'NL', orebroCutOff: 50, birthDate: '1980-05-10', job: { exposures: [], maxLiftKg: null, contractHoursPerWeek: 38, sector: 'private' } };

function base(): IntakeForm {
  const form = newIntakeForm({ today, currentEpisode: null } as unknown as OpenedConsultation);
  return { ...form, complaint: { ...form.complaint, onsetDate: '2026-03-02', painScore: '6' } };
}

function renderSection(initial: IntakeForm) {
  let form = initial;
  const view = () => (
    <LocaleProvider locale={{ language: 'nl', jurisdiction: 'NL' }}>
      <QuestionnaireSection
        form={form}
        update={(change) => {
          form = change(form);
          rerender(view());
        }}
        error={() => undefined}
        today={today}
        context={context}
        currentEpisode={null}
        live={liveEvaluation(form, context, today)}
      />
    </LocaleProvider>
  );
  const { rerender } = render(view());
  return () => form;
}

describe('the questionnaires section', () => {
  it('shows one questionnaire at a time', () => {
    renderSection(base());
    expect(screen.getByRole('region', { name: 'STarT Back Screening Tool' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: /Örebro/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Örebro/ }));
    expect(screen.getByRole('region', { name: /Örebro/ })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'STarT Back Screening Tool' })).toBeNull();
  });

  it('asks the Örebro scale items as 0-10 rows with the words of both ends; items 3, 4 and 8 run the other way', () => {
    const current = renderSection(base());
    fireEvent.click(screen.getByRole('button', { name: /Örebro/ }));
    const item3 = screen.getByRole('group', { name: /^3\. / });
    expect(within(item3).getAllByRole('radio')).toHaveLength(11);
    expect(item3.textContent).toContain('0 = Helemaal niet');
    expect(item3.textContent).toContain('10 = Zonder enige moeite');
    fireEvent.click(within(item3).getByLabelText('10'));
    expect(current().orebro.canDoLightWorkForAnHour).toBe('10');
    for (const [position, id] of [[3, 'canDoLightWorkForAnHour'], [4, 'canSleepAtNight'], [8, 'chanceWorkingInThreeMonths']] as const) {
      const item = OREBRO_DEFINITION.items.find((candidate) => candidate.position === position);
      expect(item?.id).toBe(id);
      expect(item?.answer.kind === 'scale' && item.answer.scoring).toBe('reverse');
    }
  });

  it('carries the complaint’s pain into Örebro item 2 at the first answer, and keeps it editable', () => {
    const current = renderSection(base());
    fireEvent.click(screen.getByRole('button', { name: /Örebro/ }));
    expect(screen.getByText(/Uit de klacht overgenomen: 6/)).toBeTruthy();
    fireEvent.click(within(screen.getByRole('group', { name: /^5\. / })).getByLabelText('3'));
    expect(current().orebro).toEqual({ tenseOrAnxious: '3', painLastWeek: '6' });
    fireEvent.click(within(screen.getByRole('group', { name: /^2\. / })).getByLabelText('4'));
    expect(current().orebro.painLastWeek).toBe('4');
    // An answer given later does not overwrite the pain the doctor changed.
    expect(withOrebroAnswer(current(), 'tenseOrAnxious', '2').orebro.painLastWeek).toBe('4');
  });

  it('quick entry: after the last item’s answer the focus is on the chosen radio button, not on the first of the row', () => {
    const current = renderSection(base());
    const item8 = within(screen.getByRole('group', { name: /^8\. / })).getAllByRole('radio');
    const item9 = within(screen.getByRole('group', { name: /^9\. / })).getAllByRole('radio');
    item8[0]?.focus();
    fireEvent.keyDown(item8[0] as HTMLElement, { key: 'j' });
    expect(document.activeElement).toBe(item9[0]);

    fireEvent.keyDown(item9[0] as HTMLElement, { key: '3' });
    expect(current().startBack.bothersomeness).toBe('moderately');
    const chosen = within(screen.getByRole('group', { name: /^9\. / })).getByLabelText('Matig');
    expect(document.activeElement).toBe(chosen);
    expect(chosen).toHaveProperty('checked', true);
  });

  it('quick entry: a 10 typed as 1 0 on Örebro’s last item leaves the focus on the 10', () => {
    const current = renderSection(base());
    fireEvent.click(screen.getByRole('button', { name: /Örebro/ }));
    const first = within(screen.getByRole('group', { name: /^10\. / })).getAllByRole('radio')[0] as HTMLElement;
    first.focus();
    fireEvent.keyDown(first, { key: '1' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first, { key: '0' });
    expect(current().orebro.shouldNotWorkWithCurrentPain).toBe('10');
    expect(document.activeElement).toBe(within(screen.getByRole('group', { name: /^10\. / })).getByLabelText('10'));
  });

  it('scores what the buttons recorded: 10 on a reversed item adds nothing, 10 on a direct item adds 10', () => {
    let form = base();
    const answers: Record<string, string> = {
      durationCategory: '1', painLastWeek: '0', canDoLightWorkForAnHour: '10', canSleepAtNight: '10', tenseOrAnxious: '0',
      botheredByDepression: '0', riskPainBecomesPersistent: '0', chanceWorkingInThreeMonths: '10', stopWhenPainIncreases: '0', shouldNotWorkWithCurrentPain: '0',
    };
    for (const [id, value] of Object.entries(answers)) form = withOrebroAnswer(form, id, value);
    const best = orebroAnswersOf(form);
    if (best === null) throw new Error('incomplete');
    expect(scoreOrebroShort(best).total).toBe(1);
    const worst = orebroAnswersOf(withOrebroAnswer(withOrebroAnswer(withOrebroAnswer(form, 'canDoLightWorkForAnHour', '0'), 'canSleepAtNight', '0'), 'chanceWorkingInThreeMonths', '0'));
    if (worst === null) throw new Error('incomplete');
    expect(scoreOrebroShort(worst).total).toBe(31);
  });
});

import type { OutcomeSnapshot, PskActivity } from '../../../shared/rules';
import { scorePsk, scoreRolandMorris } from '../../../shared/rules';
import { parseDate } from '../../../shared/i18n/format';
import { parseNumber } from '../../i18n/typedNumber';
import type { LiveEvaluation } from '../clinicalPanel/LiveEvaluation';
import { rolandMorrisAnswersOf, type IntakeForm } from '../intake/intakeForm';

/** The values of the form being filled in, as far as they are valid (null where not). */
export interface CurrentOutcomes {
  snapshot: OutcomeSnapshot;
  pskScore: number | null;
  startBack: { total: number; risk: string } | null;
  orebro: { total: number; risk: string } | null;
}

function integerIn(text: string, min: number, max: number): number | null {
  const value = parseNumber(text);
  return Number.isInteger(value) && value >= min && value <= max ? value : null;
}

export function currentOutcomes(form: IntakeForm, live: LiveEvaluation, today: string): CurrentOutcomes {
  const o = form.outcomes;
  const hours = parseNumber(o.hoursWorked);
  const rolandMorris = rolandMorrisAnswersOf(o);
  const psk: PskActivity[] = [];
  for (const row of o.psk) {
    const score = integerIn(row.score, 0, 10);
    if (row.activity.trim() !== '' && score !== null) psk.push({ activity: row.activity, score });
  }
  const evaluation = live.kind === 'full' ? live.evaluation : null;
  return {
    snapshot: {
      date: parseDate(form.consultationDate, today) ?? today,
      painNow: integerIn(form.complaint.painScore, 0, 10),
      rolandMorris: rolandMorris ? scoreRolandMorris(rolandMorris) : null,
      workAbility: integerIn(o.workAbility, 0, 10),
      psk: psk.length > 0 ? psk : null,
      hoursWorked: Number.isFinite(hours) && hours >= 0 && hours <= 80 ? hours : null,
    },
    pskScore: scorePsk(psk),
    startBack: evaluation?.startBack ? { total: evaluation.startBack.total, risk: evaluation.startBack.risk } : null,
    orebro: evaluation?.orebro ? { total: evaluation.orebro.total, risk: evaluation.orebro.risk } : null,
  };
}

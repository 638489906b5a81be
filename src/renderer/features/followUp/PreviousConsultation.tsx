import type { ReactNode } from 'react';
import type { OpenedConsultation } from '../../../shared/channels/consultationChannels';
import { planStepOn, type OutcomePoint, type WorkStatus } from '../../../shared/model';
import {
  OUTCOME_MEASURES,
  RED_FLAG_LABELS,
  RED_FLAG_STATUS_LABELS,
  comparablePsk,
  measureChange,
  textIn,
  type ChangeDirection,
  type LocalizedText,
  type OutcomeMeasureId,
  type RedFlagScreening,
} from '../../../shared/rules';
import { useT } from '../../i18n/LocaleContext';
import { ChangeArrow } from './ChangeArrow';
import type { CurrentOutcomes } from './currentOutcomes';

const WORK_STATUS_RANK: Record<WorkStatus, number> = { offWork: 0, partlyWorking: 1, working: 2 };

function direction(before: number, after: number, higherIsBetter: boolean): ChangeDirection {
  return before === after ? 'unchanged' : after > before === higherIsBetter ? 'better' : 'worse';
}

/**
 * The previous consultation of the episode beside the follow-up: each measure then and now, with an
 * arrow for better / worse / unchanged and 'meaningful' when the change reaches the published MIC.
 * The side panel is narrow, so each measure's name has the full width and its values sit below it.
 */
export function PreviousConsultation({
  opened,
  current,
  workStatus,
  redFlags,
  today,
}: {
  opened: OpenedConsultation;
  current: CurrentOutcomes;
  workStatus: WorkStatus | '';
  redFlags: RedFlagScreening;
  today: string;
}) {
  const { t, locale, date, number } = useT();
  const text = (value: LocalizedText) => textIn(value, locale.language);
  const previous = opened.previous;
  const point: OutcomePoint | undefined = opened.episodeOutcomes.find((p) => p.consultationId === previous?.id);
  if (!previous || !point) return null;
  const now = current.snapshot;
  const dash = t('followUp.notMeasured');
  const show = (value: number | null) => (value === null ? dash : number(value, 1));

  const measureRow = (id: OutcomeMeasureId, before: number | null, after: number | null) => {
    const change = before !== null && after !== null ? measureChange(id, before, after) : null;
    return row(text(OUTCOME_MEASURES[id].title), show(before), show(after), change && <ChangeArrow direction={change.direction} meaningful={change.meaningful} />);
  };
  const psk = point.psk.length > 0 && now.psk ? comparablePsk(point.psk, now.psk) : null;
  const pskChange = psk ? measureChange('psk', psk.before, psk.after) : null;
  const planThen = opened.plan ? planStepOn(opened.plan.plan, previous.consultationDate) : null;
  const planNow = opened.plan ? planStepOn(opened.plan.plan, today) : null;
  const planText = (step: ReturnToWorkPlanStepOn) =>
    step === null ? t('followUp.noPlanStep') : `${step.number} · ${t('dossier.hoursPerWeek', { hours: number(step.step.hoursPerWeek) })} · ${t(`rtw.duties.${step.step.duties}`)}`;
  const flagsText = (flags: ReadonlyArray<{ code: keyof typeof RED_FLAG_LABELS; status: keyof typeof RED_FLAG_STATUS_LABELS }>) =>
    flags.length === 0 ? t('followUp.noRedFlags') : flags.map((f) => `${text(RED_FLAG_LABELS[f.code])} (${text(RED_FLAG_STATUS_LABELS[f.status]).toLowerCase()})`).join('; ');

  return (
    <section className="cp-block previous-consultation" aria-labelledby="previous-consultation-title">
      <h2 id="previous-consultation-title">{t('followUp.previousOn', { date: date(previous.consultationDate) })}</h2>
      {/* Laid out as a grid (styles.css), so the table's roles are spelled out for screen readers. */}
      <table className="previous-table" role="table">
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader" className="visually-hidden">
              {t('followUp.measure')}
            </th>
            <th scope="col" role="columnheader">
              {t('followUp.then')}
            </th>
            <th scope="col" role="columnheader">
              {t('followUp.now')}
            </th>
            <th scope="col" role="columnheader">
              {t('followUp.change')}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {measureRow('painNow', point.painNow, now.painNow)}
          {measureRow('rolandMorris', point.rolandMorris, now.rolandMorris)}
          {measureRow('workAbility', point.workAbility, now.workAbility)}
          {row(
            text(OUTCOME_MEASURES.psk.title),
            show(psk?.before ?? point.pskScore),
            show(psk?.after ?? current.pskScore),
            pskChange && <ChangeArrow direction={pskChange.direction} meaningful={pskChange.meaningful} />,
          )}
          {measureRow('hoursWorked', point.hoursWorked, now.hoursWorked)}
          {row(
            t('followUp.startBack'),
            point.startBack ? `${point.startBack.total} · ${t(`intake.risk.${point.startBack.risk}`)}` : dash,
            current.startBack ? `${current.startBack.total} · ${t(`intake.risk.${current.startBack.risk as 'low'}`)}` : dash,
            point.startBack && current.startBack && <ChangeArrow direction={direction(point.startBack.total, current.startBack.total, false)} />,
          )}
          {row(
            t('followUp.orebro'),
            point.orebro ? String(point.orebro.total) : dash,
            current.orebro ? String(current.orebro.total) : dash,
            point.orebro && current.orebro && <ChangeArrow direction={direction(point.orebro.total, current.orebro.total, false)} />,
          )}
          {row(
            t('followUp.workStatus'),
            t(`intake.workStatus.${point.workStatus}`),
            workStatus === '' ? dash : t(`intake.workStatus.${workStatus}`),
            workStatus !== '' && <ChangeArrow direction={direction(WORK_STATUS_RANK[point.workStatus], WORK_STATUS_RANK[workStatus], true)} />,
          )}
          {row(t('followUp.redFlags'), flagsText(opened.previousRedFlags), flagsText(redFlags.flags), null)}
          {opened.plan &&
            row(
              t('followUp.planStep'),
              planText(planThen),
              planText(planNow),
              planThen && planNow && <ChangeArrow direction={direction(planThen.number, planNow.number, true)} />,
            )}
        </tbody>
      </table>
    </section>
  );
}

type ReturnToWorkPlanStepOn = ReturnType<typeof planStepOn>;

function row(label: string, then: string, now: string, change: ReactNode) {
  return (
    <tr key={label} role="row">
      <th scope="row" role="rowheader">
        {label}
      </th>
      <td role="cell">{then}</td>
      <td role="cell">{now}</td>
      <td role="cell">{change}</td>
    </tr>
  );
}

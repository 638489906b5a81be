import type { BelgianDeadlines, ConsultationDeadline, MilestoneKind, NetherlandsDeadlines } from '../../../shared/rules';
import {
  BELGIAN_LABELS,
  BELGIAN_RULES_LABELS,
  FEDRIS_REASON_TEXTS,
  FEDRIS_SOURCES_NOTE,
  POORTWACHTER_EVALUATION_LABEL,
  POORTWACHTER_LABELS,
  RETURN_TO_WORK_EXAM_LABEL,
  WORKING_DAYS_NOTE,
  ZIEKMELDING42_WORKING_DAY_LABEL,
  consultationDeadlines,
  milestoneState,
  textIn,
} from '../../../shared/rules';
import { DeadlineState } from '../../components/DeadlineState';
import { useT } from '../../i18n/LocaleContext';
import type { DeadlineRecords } from './deadlineRecords';

/** One deadline with its state in words: done (on its date), overdue, due soon, coming or passed. */
function Deadline({
  date,
  label,
  today,
  kind,
  doneOn = null,
  records,
}: {
  date: string;
  label: string;
  today: string;
  kind: MilestoneKind;
  doneOn?: string | null;
  records: DeadlineRecords;
}) {
  const { date: formatDate } = useT();
  const state = milestoneState({ code: '', due: date, kind, doneOn }, today, records.lastConsultation);
  return (
    <li className={`deadline deadline--${state}`}>
      <span className="deadline__date">{formatDate(date)}</span>
      <span className="deadline__label">
        {label} <DeadlineState state={state} due={date} doneOn={doneOn} today={today} />
      </span>
    </li>
  );
}

/** The background of the Belgian deadlines (rules version, sources, what counts as a working day), for the information popover. */
export function DeadlineNotes({ deadlines }: { deadlines: BelgianDeadlines }) {
  const { locale } = useT();
  const text = (value: Parameters<typeof textIn>[0]) => textIn(value, locale.language, locale.jurisdiction);
  return (
    <>
      <span>{text(BELGIAN_RULES_LABELS[deadlines.rulesVersion])}</span>
      <span>{text(FEDRIS_SOURCES_NOTE)}</span>
      <span>{text(WORKING_DAYS_NOTE)}</span>
    </>
  );
}

/** Poortwachter milestones (NL) or the Belgian re-integration milestones and Fedris window (BE). */
export function DeadlineList({
  deadlines,
  today,
  records,
}: {
  deadlines: NetherlandsDeadlines | BelgianDeadlines;
  today: string;
  /** What is on record as done; the steps are then judged on their dates alone. */
  records: DeadlineRecords;
}) {
  const { t, plural, locale, date } = useT();
  const text = (value: Parameters<typeof textIn>[0]) => textIn(value, locale.language, locale.jurisdiction);

  // Every deadline in date order (the evaluation of the plan van aanpak among the Poortwachter steps).
  const list = consultationDeadlines(deadlines, records.poortwachter);
  const labelOf = (d: ConsultationDeadline): string => {
    switch (d.scheme) {
      case 'poortwachter': {
        const label = `${t('glance.legal.week', { week: d.week })}: ${text(POORTWACHTER_LABELS[d.code])}`;
        // UWV reads the week-42 report as due on the first working day after 42 weeks: show both.
        const uwv = deadlines.jurisdiction === 'NL' && d.code === 'ziekmelding42' && deadlines.ziekmelding42FirstWorkingDay !== d.due ? deadlines.ziekmelding42FirstWorkingDay : null;
        return uwv === null ? label : `${label} (${text(ZIEKMELDING42_WORKING_DAY_LABEL)}: ${date(uwv)})`;
      }
      case 'actionPlanEvaluation':
        return text(POORTWACHTER_EVALUATION_LABEL);
      case 'belgian':
        return text(BELGIAN_LABELS[d.code]);
      case 'returnToWorkExam':
        return text(RETURN_TO_WORK_EXAM_LABEL);
    }
  };
  const items = (shown: ConsultationDeadline[]) => (
    <ul className="deadlines">
      {shown.map((d) => (
        <Deadline key={d.code} date={d.due} today={today} kind={d.kind} doneOn={d.doneOn} records={records} label={labelOf(d)} />
      ))}
    </ul>
  );

  if (deadlines.jurisdiction === 'NL') return items(list);

  const fedris = deadlines.fedris;
  return (
    <>
      <div className={fedris.eligible ? 'fedris fedris--eligible' : 'fedris'}>
        <h3>{t('clinicalPanel.fedrisTitle')}</h3>
        <p>
          <strong>
            <span aria-hidden="true">{fedris.eligible ? '✓ ' : '– '}</span>
            {fedris.eligible ? t('clinicalPanel.fedrisEligible') : t('clinicalPanel.fedrisNotEligible')}
          </strong>
        </p>
        <p>
          {t('clinicalPanel.fedrisWindow', { opens: date(fedris.windowOpens), closes: date(fedris.windowCloses) })}
          {fedris.daysUntilWindowCloses >= 0 && ` · ${plural('clinicalPanel.daysLeft', fedris.daysUntilWindowCloses)}`}
        </p>
        {fedris.relapseRuleApplied && <p className="muted">{t('clinicalPanel.fedrisRelapse')}</p>}
        {fedris.reasons.length > 0 && (
          <ul className="plain-list">
            {fedris.reasons.map((reason) => (
              <li key={reason}>{text(FEDRIS_REASON_TEXTS[reason])}</li>
            ))}
          </ul>
        )}
      </div>
      {/* The Fedris window is shown above. */}
      {items(list.filter((d) => d.code !== 'fedrisWindowOpens' && d.code !== 'fedrisWindowCloses'))}
    </>
  );
}

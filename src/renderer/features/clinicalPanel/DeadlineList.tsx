import type { BelgianDeadlines, NetherlandsDeadlines } from '../../../shared/rules';
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
  textIn,
} from '../../../shared/rules';
import { useT } from '../../i18n/LocaleContext';

function Deadline({ date, label, today }: { date: string; label: string; today: string }) {
  const { t, date: formatDate } = useT();
  const past = date < today;
  return (
    <li className={past ? 'deadline deadline--past' : 'deadline'}>
      <span className="deadline__date">{formatDate(date)}</span>
      <span className="deadline__label">
        {label}
        {past && <span className="deadline__past"> ({t('clinicalPanel.past')})</span>}
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
export function DeadlineList({ deadlines, today }: { deadlines: NetherlandsDeadlines | BelgianDeadlines; today: string }) {
  const { t, plural, locale, date } = useT();
  const text = (value: Parameters<typeof textIn>[0]) => textIn(value, locale.language, locale.jurisdiction);

  if (deadlines.jurisdiction === 'NL') {
    return (
      <ul className="deadlines">
        {deadlines.milestones.map((m) => {
          const label = `${t('glance.legal.week', { week: m.week })}: ${text(POORTWACHTER_LABELS[m.code])}`;
          // UWV reads the week-42 report as due on the first working day after 42 weeks: show both.
          const uwv = m.code === 'ziekmelding42' && deadlines.ziekmelding42FirstWorkingDay !== m.due ? deadlines.ziekmelding42FirstWorkingDay : null;
          return (
            <Deadline
              key={m.code}
              date={m.due}
              today={today}
              label={uwv === null ? label : `${label} (${text(ZIEKMELDING42_WORKING_DAY_LABEL)}: ${date(uwv)})`}
            />
          );
        })}
        <Deadline date={deadlines.nextActionPlanEvaluation} today={today} label={text(POORTWACHTER_EVALUATION_LABEL)} />
      </ul>
    );
  }

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
      <ul className="deadlines">
        {deadlines.milestones
          .filter((m) => m.code !== 'fedrisWindowOpens' && m.code !== 'fedrisWindowCloses')
          .map((m) => (
            <Deadline key={m.code} date={m.date} today={today} label={text(BELGIAN_LABELS[m.code])} />
          ))}
        {deadlines.returnToWorkExam && (
          <Deadline date={deadlines.returnToWorkExam.latest} today={today} label={text(RETURN_TO_WORK_EXAM_LABEL)} />
        )}
      </ul>
    </>
  );
}

import type { MessageKey } from '../../../../shared/i18n';
import { adviceAllowed, isUrgentReferral } from '../../../../shared/rules';
import { createDocumentReport, documentText } from '../documentText';
import { writeReturnToWorkPlan } from '../returnToWorkPlanSection';
import type { WorkerLeafletView } from './view';

/*
 * A personal self-care leaflet in plain language: what non-specific low back pain is, why moving
 * helps, what to do and avoid, the alarm signs, and the worker's own advice, plan and appointment.
 * While an immediate or within-48-hours red flag is open the leaflet never reassures (nothing
 * broken, no scan needed, non-specific pain): it explains the referral, what to do while waiting
 * and when to get help at once.
 */

const DO_KEYS = ['documents.leaflet.do1', 'documents.leaflet.do2', 'documents.leaflet.do3', 'documents.leaflet.do4', 'documents.leaflet.do5'] as const satisfies readonly MessageKey[];
const AVOID_KEYS = ['documents.leaflet.avoid1', 'documents.leaflet.avoid2', 'documents.leaflet.avoid3', 'documents.leaflet.avoid4'] as const satisfies readonly MessageKey[];
const ALARM_KEYS = [
  'documents.leaflet.alarm1',
  'documents.leaflet.alarm2',
  'documents.leaflet.alarm3',
  'documents.leaflet.alarm4',
  'documents.leaflet.alarm5',
  'documents.leaflet.alarm6',
  'documents.leaflet.alarm7',
] as const satisfies readonly MessageKey[];
const WAITING_KEYS = {
  immediate: ['documents.leaflet.urgentWaiting.immediate1', 'documents.leaflet.urgentWaiting.immediate2'],
  within48h: ['documents.leaflet.urgentWaiting.within481', 'documents.leaflet.urgentWaiting.within482', 'documents.leaflet.urgentWaiting.within483'],
} as const satisfies Record<'immediate' | 'within48h', readonly MessageKey[]>;

/** The worker leaflet as PDF bytes. */
export function renderWorkerLeaflet(view: WorkerLeafletView): Promise<Buffer> {
  const text = documentText(view.locale);
  const urgency = isUrgentReferral(view.urgency) ? (view.urgency as 'immediate' | 'within48h') : null;
  const title = text.t(urgency === null ? 'documents.leaflet.title' : 'documents.leaflet.urgentTitle');
  const report = createDocumentReport(text, {
    title,
    subject: text.t('documents.leaflet.subject'),
    letterhead: view.letterhead,
    confidentiality: text.t('documents.confidential.personal'),
    issuedAt: view.issuedAt,
  });
  report.title(title, text.t('documents.leaflet.subtitle', { name: view.firstName, date: text.date(view.consultationDate) }));

  if (urgency !== null) {
    report.heading(text.t('documents.leaflet.urgentWhy'));
    report.paragraph(text.t(`documents.leaflet.urgentWhyText.${urgency}`));
    report.heading(text.t(`documents.leaflet.urgentWaiting.${urgency}`));
    report.bulletList(WAITING_KEYS[urgency].map((key) => text.t(key)));
    report.heading(text.t('documents.leaflet.urgentAlarm'));
    report.notice(
      text.t(`documents.leaflet.urgentAlarmIntro.${urgency}`),
      'warning',
      ALARM_KEYS.map((key) => text.t(key)),
    );
    report.heading(text.t('documents.leaflet.yourPlan'));
    report.paragraph(text.t('documents.leaflet.urgentPlan'));
  } else {
    report.heading(text.t('documents.leaflet.whatIsIt'));
    report.paragraph(text.t('documents.leaflet.whatIsItText'));
    report.heading(text.t('documents.leaflet.whyMove'));
    report.paragraph(text.t('documents.leaflet.whyMoveText'));
    report.heading(text.t('documents.leaflet.do'));
    report.bulletList(DO_KEYS.map((key) => text.t(key)));
    report.heading(text.t('documents.leaflet.avoid'));
    report.bulletList(AVOID_KEYS.map((key) => text.t(key)));

    report.heading(text.t('documents.leaflet.alarm'));
    report.notice(
      text.t('documents.leaflet.alarmIntro'),
      'warning',
      ALARM_KEYS.map((key) => text.t(key)),
    );

    const advice = adviceAllowed(view.advice, view.urgency);
    if (advice.length > 0) {
      report.heading(text.t('documents.leaflet.yourAdvice'));
      report.bulletList(advice.map((key) => text.advice(key, view.adviceContext)));
    }

    report.heading(text.t('documents.leaflet.yourPlan'));
    if (view.plan.status === 'planned') report.paragraph(text.t('documents.leaflet.yourPlanIntro'));
    writeReturnToWorkPlan(report, text, view.plan);
  }

  report.heading(text.t('documents.leaflet.nextAppointment'));
  report.paragraph(
    view.nextAppointment === null
      ? text.t(urgency === null ? 'documents.leaflet.noAppointment' : 'documents.leaflet.urgentNoAppointment')
      : text.t('documents.leaflet.nextAppointmentText', { date: text.date(view.nextAppointment), name: view.authorName }),
  );
  const contact = [view.practice.phone, view.practice.email].filter((value): value is string => value !== null);
  report.paragraph(text.t('documents.leaflet.questions', { practice: [view.practice.name, ...contact].join(' · ') }));
  return report.finish();
}

import { ADVICE_TEXTS } from '../../../../shared/rules';
import type { MessageKey } from '../../../../shared/i18n';
import { createDocumentReport, documentText } from '../documentText';
import { writeReturnToWorkPlan } from '../returnToWorkPlanSection';
import type { WorkerLeafletView } from './view';

/*
 * A personal self-care leaflet in plain language: what non-specific low back pain is, why moving
 * helps, what to do and avoid, the alarm signs, and the worker's own advice, plan and appointment.
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
] as const satisfies readonly MessageKey[];

/** The worker leaflet as PDF bytes. */
export function renderWorkerLeaflet(view: WorkerLeafletView): Promise<Buffer> {
  const text = documentText(view.locale);
  const title = text.t('documents.leaflet.title');
  const report = createDocumentReport(text, {
    title,
    subject: text.t('documents.leaflet.subject'),
    letterhead: view.letterhead,
    confidentiality: text.t('documents.confidential.personal'),
    issuedAt: view.issuedAt,
  });
  report.title(title, text.t('documents.leaflet.subtitle', { name: view.firstName, date: text.date(view.consultationDate) }));

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

  if (view.advice.length > 0) {
    report.heading(text.t('documents.leaflet.yourAdvice'));
    report.bulletList(view.advice.map((key) => text.rule(ADVICE_TEXTS[key])));
  }

  report.heading(text.t('documents.leaflet.yourPlan'));
  if (view.plan.status === 'planned') report.paragraph(text.t('documents.leaflet.yourPlanIntro'));
  writeReturnToWorkPlan(report, text, view.plan);

  report.heading(text.t('documents.leaflet.nextAppointment'));
  report.paragraph(
    view.nextAppointment === null
      ? text.t('documents.leaflet.noAppointment')
      : text.t('documents.leaflet.nextAppointmentText', { date: text.date(view.nextAppointment), name: view.authorName }),
  );
  const contact = [view.practice.phone, view.practice.email].filter((value): value is string => value !== null);
  report.paragraph(text.t('documents.leaflet.questions', { practice: [view.practice.name, ...contact].join(' · ') }));
  return report.finish();
}

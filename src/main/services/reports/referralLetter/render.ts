import { CHRONICITY_LEVEL_LABELS, RED_FLAG_LABELS, SUSPECTED_CONDITION_LABELS, URGENCY_LABELS, isUrgentReferral } from '../../../../shared/rules';
import { createDocumentReport, type DocumentText, documentText } from '../documentText';
import { type KeyValue, STYLES } from '../layout';
import type { ReferralLetterView } from './view';

/*
 * The referral letter to the GP or a specialist, written when a red flag or the course needs it and
 * addressed to that colleague: reason and urgency first, then the relevant findings and what the
 * occupational doctor has done, that the worker consented, and the doctor's BIG or RIZIV number under
 * the name. The advice meant for the worker (the leaflet) is mentioned, never reprinted; the app's
 * rule hints (what to do about a flag) are never printed: the colleague makes their own assessment.
 */

function recipientName(view: ReferralLetterView, text: DocumentText): string {
  return view.referral.recipientName ?? text.t(view.referral.recipient === 'gp' ? 'documents.referral.gp' : 'documents.referral.specialist');
}

function reasons(view: ReferralLetterView, text: DocumentText): string[] {
  const open = view.redFlags.filter((flag) => flag.status !== 'evaluated');
  const lines = open.map((flag) =>
    text.t('documents.record.redFlagLine', {
      flag: text.rule(RED_FLAG_LABELS[flag.code]),
      suspected: text.inline(SUSPECTED_CONDITION_LABELS[flag.suspected]),
      urgency: text.inline(URGENCY_LABELS[flag.urgency]),
    }),
  );
  if (open.length === 0) {
    lines.push(
      text.t('documents.referral.courseReason', {
        weeks: view.phase.weeks,
        phase: text.t(`documents.phase.${view.phase.phase}`),
        level: text.inline(CHRONICITY_LEVEL_LABELS[view.chronicityLevel]),
      }),
    );
  }
  if (view.referral.reason !== null && view.referral.reason !== '') lines.push(view.referral.reason);
  return lines;
}

/** The short facts of the complaint, two to a row. */
function facts(view: ReferralLetterView, text: DocumentText): KeyValue[] {
  const c = view.complaint;
  return [
    {
      label: text.t('documents.field.duration'),
      value: text.t('documents.durationValue', { weeks: view.phase.weeks, days: view.phase.days, phase: text.t(`documents.phase.${view.phase.phase}`) }),
    },
    { label: text.t('documents.field.painScore'), value: String(c.painScore) },
    {
      label: text.t('documents.field.radiation'),
      value: view.radicular
        ? text.t('documents.referral.radiationRadicular', { radiation: text.t(`documents.radiation.${c.radiation}`) })
        : text.t(`documents.radiation.${c.radiation}`),
    },
    { label: text.t('documents.field.course'), value: text.t(`documents.course.${c.course}`) },
    { label: text.t('documents.field.previousEpisodes'), value: text.t(`documents.previousEpisodes.${c.previousEpisodes}`) },
    { label: text.t('documents.field.workStatus'), value: text.t(`documents.workStatus.${c.workStatus}`) },
  ];
}

/** The doctor's findings and conclusion in their own words. */
function findings(view: ReferralLetterView, text: DocumentText): KeyValue[] {
  return [
    { label: text.t('documents.record.findings'), value: view.findings ?? text.t('documents.notRecorded') },
    { label: text.t('documents.record.conclusion'), value: view.conclusion ?? text.t('documents.notRecorded') },
  ];
}

/**
 * What the occupational doctor has done so far, written to the colleague: the screening, flags
 * investigated before, what the worker was told (as short labels, not the worker's own texts) and
 * where the return to work stands.
 */
function done(view: ReferralLetterView, text: DocumentText): string[] {
  // The advice itself is the worker's leaflet: the colleague reads that it was given, not the list.
  const screening = text.t(view.redFlagsScreened ? 'documents.referral.doneScreening' : 'documents.referral.doneHistory');
  const advised = view.advice.some((key) => key !== 'followReferral');
  const lines = [advised ? `${screening} ${text.t('documents.referral.doneAdvice')}` : screening];
  for (const flag of view.redFlags.filter((f) => f.status === 'evaluated')) {
    const evaluation = view.redFlagEvaluations.find((e) => e.code === flag.code);
    if (evaluation === undefined) continue;
    lines.push(
      text.t('documents.referral.doneEvaluated', {
        flag: text.rule(RED_FLAG_LABELS[flag.code]),
        note: evaluation.note,
        date: evaluation.evaluatedOn === null ? '' : text.date(evaluation.evaluatedOn),
      }),
    );
  }
  if (isUrgentReferral(view.urgency)) lines.push(text.t('documents.referral.doneInformed'));
  lines.push(text.t(view.plan.status === 'onHold' ? 'documents.referral.doneWorkOnHold' : view.plan.steps.length > 0 ? 'documents.referral.doneWorkPlanned' : 'documents.referral.doneWorkOpen'));
  return lines;
}

/** The referral letter as PDF bytes. */
export function renderReferralLetter(view: ReferralLetterView): Promise<Buffer> {
  const text = documentText(view.locale);
  const title = text.t('documents.referral.title');
  const report = createDocumentReport(text, {
    title,
    subject: text.t('documents.referral.subject'),
    letterhead: view.letterhead,
    confidentiality: text.t('documents.confidential.medical'),
    issuedAt: view.issuedAt,
  });
  report.title(title);
  report.keyValues([
    { label: text.t('documents.referral.to'), value: recipientName(view, text) },
    {
      label: text.t('documents.referral.concerning'),
      value: text.t('documents.referral.concerningValue', { worker: view.worker.name, birthDate: text.date(view.worker.birthDate) }),
    },
    { label: text.t('documents.referral.date'), value: text.date(view.issuedOn) },
    { label: text.t('documents.referral.urgency'), value: text.rule(URGENCY_LABELS[view.urgency]) },
  ]);
  report.paragraph(text.t('documents.referral.salutation'));
  const intro = text.t('documents.referral.intro', {
    date: text.date(view.consultationDate),
    worker: view.worker.name,
    role: text.t('documents.doctorRole'),
    onset: text.date(view.complaint.onsetDate),
  });
  report.paragraph(`${intro} ${text.t('documents.referral.consent')}`);

  report.heading(text.t('documents.referral.reason'));
  report.bulletList(reasons(view, text));
  // A routine referral's urgency is in the heading lines; an urgent one is also asked for in a box.
  if (view.urgency === 'immediate' || view.urgency === 'within48h') report.notice(text.t(`documents.referral.urgencyRequest.${view.urgency}`), view.urgency === 'immediate' ? 'warning' : 'info');

  report.heading(text.t('documents.referral.findings'));
  report.keyValuePairs(facts(view, text));
  report.keyValues(findings(view, text));

  report.heading(text.t('documents.referral.done'));
  report.bulletList(done(view, text));

  report.paragraph(text.t('documents.referral.request'));
  // The closing and the signature stay together on one page.
  const closing = [text.t('documents.referral.closing'), ...signature(view, text)].join('\n');
  report.ensureSpace(report.measure(closing, STYLES.body, report.contentWidth));
  report.paragraph(closing);
  return report.finish();
}

/**
 * The doctor's name and role, the BIG or RIZIV number under it, then how to reach them (the
 * practice's name is the letterhead's).
 */
function signature(view: ReferralLetterView, text: DocumentText): string[] {
  const lines = [`${view.doctorName}, ${text.t('documents.doctorRole')}`];
  if (view.doctorRegistration !== null) {
    lines.push(text.t(`documents.register.${view.doctorRegistration.register}`, { number: view.doctorRegistration.number }));
  }
  const contact = [view.practice.address, view.practice.phone, view.practice.email].filter((value): value is string => value !== null);
  if (contact.length > 0) lines.push(contact.join(' · '));
  return lines;
}

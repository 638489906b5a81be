import {
  BELGIAN_LABELS,
  CHRONICITY_LEVEL_LABELS,
  FEDRIS_REASON_TEXTS,
  OREBRO_DEFINITION,
  POORTWACHTER_EVALUATION_LABEL,
  POORTWACHTER_LABELS,
  ZIEKMELDING42_WORKING_DAY_LABEL,
  RADICULAR_TEXT,
  RED_FLAG_LABELS,
  RISK_FACTOR_LABELS,
  START_BACK_DEFINITION,
  STRATIFIED_CARE_TEXTS,
  SUSPECTED_CONDITION_LABELS,
  URGENCY_LABELS,
  YELLOW_FLAG_LABELS,
  type ConsultationDeadline,
  consultationDeadlines,
  redFlagAction,
  redFlagCodeAction,
} from '../../../../shared/rules';
import { clockTime, localDate } from '../../../../shared/i18n/format';
import { intakeChanges, type ImmediateReferral } from '../../../../shared/model';
import { createDocumentReport, type DocumentText, documentText } from '../documentText';
import type { KeyValue, ReportDocument } from '../layout';
import { writeReturnToWorkPlan } from '../returnToWorkPlanSection';
import { writeOutcomes } from './outcomesSection';
import type { ConsultationRecordView } from './view';

/*
 * The consultation record for the doctor's file: identification, complaint, findings, red flags
 * with the action, chronicity questionnaires with their licence notices, risk factors, conclusion,
 * advice, the return-to-work plan and the legal deadlines.
 */

function identification(view: ConsultationRecordView, text: DocumentText): KeyValue[] {
  const w = view.worker;
  const pairs: KeyValue[] = [
    { label: text.t('documents.field.worker'), value: w.name },
    { label: text.t('documents.field.birthDate'), value: text.date(w.birthDate) },
    { label: text.t('documents.field.personnelNumber'), value: w.personnelNumber },
    { label: text.t('documents.field.employer'), value: w.employerName },
  ];
  if (w.departmentName !== null) pairs.push({ label: text.t('documents.field.department'), value: w.departmentName });
  if (w.jobTitle !== null) pairs.push({ label: text.t('documents.field.job'), value: w.jobTitle });
  pairs.push(
    { label: text.t('documents.field.contractHours'), value: text.t('documents.hoursPerWeek', { hours: text.number(w.contractHoursPerWeek) }) },
    { label: text.t('documents.field.recordedBy'), value: `${view.author.name}, ${text.t(`documents.role.${view.author.role}`)}` },
    { label: text.t('documents.field.consultationDate'), value: text.date(view.consultationDate) },
    {
      label: text.t('documents.record.signed'),
      value: text.t('documents.record.signedValue', {
        name: view.signature.signedBy,
        date: text.date(localDate(view.signature.signedAt)),
        time: clockTime(view.signature.signedAt),
      }),
    },
  );
  return pairs;
}

function signedLine(name: string, at: string, text: DocumentText): string {
  return text.t('signing.signedBy', { name, date: text.date(localDate(at)), time: clockTime(at) });
}

/** Who acknowledged the immediate flags, when and where the worker was sent (or that this was not recorded). */
function acknowledgementLine(referral: ImmediateReferral | null, text: DocumentText): string {
  if (referral === null || referral.acknowledgedAt === null) return text.t('acknowledgement.unrecorded');
  return text.t('acknowledgement.line', {
    name: referral.acknowledgedBy,
    date: text.date(localDate(referral.acknowledgedAt)),
    time: clockTime(referral.acknowledgedAt),
    referredTo: referral.referredTo,
  });
}

/** What to do: the own action of each open flag (one per code), or the action of the urgency when none is open. */
function actionOf(screening: ConsultationRecordView['evaluation']['redFlags'], text: DocumentText): string {
  const open = screening.flags.filter((flag) => flag.status === 'open');
  if (open.length === 0) return text.rule(redFlagAction(screening.urgency).text);
  return [...new Set(open.map((flag) => text.rule(redFlagCodeAction(flag.code))))].join(' ');
}

function complaint(view: ConsultationRecordView, text: DocumentText): KeyValue[] {
  const c = view.complaint;
  const phase = view.evaluation.phase;
  const pairs: KeyValue[] = [
    { label: text.t('documents.field.onset'), value: text.date(c.onsetDate) },
    {
      label: text.t('documents.field.duration'),
      value: text.t('documents.durationValue', { weeks: phase.weeks, days: phase.days, phase: text.t(`documents.phase.${phase.phase}`) }),
    },
    { label: text.t('documents.field.painScore'), value: String(c.painScore) },
    { label: text.t('documents.field.radiation'), value: text.t(`documents.radiation.${c.radiation}`) },
    { label: text.t('documents.field.course'), value: text.t(`documents.course.${c.course}`) },
    { label: text.t('documents.field.previousEpisodes'), value: text.t(`documents.previousEpisodes.${c.previousEpisodes}`) },
    { label: text.t('documents.field.workStatus'), value: text.t(`documents.workStatus.${c.workStatus}`) },
  ];
  if (c.sickLeaveStart !== null) pairs.push({ label: text.t('documents.field.sickLeaveStart'), value: text.date(c.sickLeaveStart) });
  if (c.sickLeaveEnd !== null) pairs.push({ label: text.t('documents.field.returnDate'), value: text.date(c.sickLeaveEnd) });
  return pairs;
}

function writeRedFlags(report: ReportDocument, view: ConsultationRecordView, text: DocumentText): void {
  const screening = view.evaluation.redFlags;
  const unscreenedClear = !view.redFlagsScreened && screening.urgency === 'none';
  report.heading(text.t('documents.record.redFlags'));
  report.keyValues([
    {
      label: text.t('documents.record.screening'),
      value: text.t(view.redFlagsScreened ? 'documents.record.screened' : 'documents.record.notScreened'),
    },
  ]);
  if (screening.flags.length === 0) {
    report.paragraph(text.t(view.redFlagsScreened ? 'documents.record.redFlagsNone' : 'documents.record.redFlagsNotScreened'));
  } else {
    report.bulletList(
      screening.flags.map((flag) => {
        const line = text.t('documents.record.redFlagLine', {
          flag: text.rule(RED_FLAG_LABELS[flag.code]),
          suspected: text.inline(SUSPECTED_CONDITION_LABELS[flag.suspected]),
          urgency: text.inline(URGENCY_LABELS[flag.urgency]),
        });
        if (view.acknowledgedRedFlags.includes(flag.code)) return `${line} · ${acknowledgementLine(view.immediateReferral, text)}`;
        const evaluation = view.redFlagEvaluations.find((e) => e.code === flag.code);
        if (flag.status !== 'evaluated' || evaluation === undefined) return line;
        return `${line} · ${text.t('documents.record.evaluated', {
          date: evaluation.evaluatedOn === null ? '' : text.date(evaluation.evaluatedOn),
          name: evaluation.evaluatedBy,
          note: evaluation.note,
        })}`;
      }),
    );
  }
  const pairs: KeyValue[] = unscreenedClear
    ? []
    : [
        { label: text.t('documents.record.urgency'), value: text.rule(URGENCY_LABELS[screening.urgency]) },
        { label: text.t('documents.record.action'), value: actionOf(screening, text) },
      ];
  if (view.referral !== null) {
    const recipient = view.referral.recipientName ?? text.t(view.referral.recipient === 'gp' ? 'documents.referral.gp' : 'documents.referral.specialist');
    pairs.push({ label: text.t('documents.record.referral'), value: text.t('documents.record.referralMade', { recipient }) });
  }
  report.keyValues(pairs);
  if (screening.radicular) report.paragraph(text.rule(RADICULAR_TEXT));
}

function writeChronicity(report: ReportDocument, view: ConsultationRecordView, text: DocumentText): void {
  const { startBack, orebro, chronicity } = view.evaluation;
  report.heading(text.t('documents.record.chronicity'));
  const startBackTitle = text.rule(START_BACK_DEFINITION.title) + report.footnote(text.rule(START_BACK_DEFINITION.licence.notice));
  const orebroTitle = text.rule(OREBRO_DEFINITION.title) + report.footnote(text.rule(OREBRO_DEFINITION.licence.notice));
  const pairs: KeyValue[] = [
    {
      label: startBackTitle,
      value:
        startBack === null
          ? text.t('documents.record.notAdministered')
          : text.t('documents.record.startBackScore', {
              total: startBack.total,
              psychosocial: startBack.psychosocial,
              risk: text.rule(CHRONICITY_LEVEL_LABELS[startBack.risk]),
            }),
    },
    {
      label: orebroTitle,
      value:
        orebro === null
          ? text.t('documents.record.notAdministered')
          : text.t('documents.record.orebroScore', {
              total: orebro.total,
              cutOff: view.orebroCutOff,
              risk: text.rule(CHRONICITY_LEVEL_LABELS[orebro.risk]),
            }),
    },
    { label: text.t('documents.record.combinedLevel'), value: text.rule(CHRONICITY_LEVEL_LABELS[chronicity.level]) },
    {
      label: text.t('documents.record.yellowFlags'),
      value:
        view.yellowFlags.length === 0
          ? text.t('documents.none')
          : view.yellowFlags.map((code) => text.rule(YELLOW_FLAG_LABELS[code])).join('; '),
    },
    { label: text.t('documents.record.care'), value: text.rule(STRATIFIED_CARE_TEXTS[chronicity.level]) },
  ];
  report.keyValues(pairs);
  report.footnotes();
}

function writeDeadlines(report: ReportDocument, view: ConsultationRecordView, text: DocumentText): void {
  const deadlines = view.evaluation.deadlines;
  if (deadlines === null) return;
  report.heading(text.t('documents.record.deadlines'));
  // UWV reads the week-42 report as due on the first working day after 42 weeks: show both. (Not in
  // evaluations stored before version 2 of the rules.)
  const uwv: string | undefined = deadlines.jurisdiction === 'NL' ? deadlines.ziekmelding42FirstWorkingDay : undefined;
  const rowOf = (deadline: ConsultationDeadline): string[] => {
    const date = text.date(deadline.due);
    switch (deadline.scheme) {
      case 'poortwachter': {
        const both = deadline.code === 'ziekmelding42' && uwv !== undefined && uwv !== deadline.due;
        return [text.rule(POORTWACHTER_LABELS[deadline.code]), both ? `${date} (${text.rule(ZIEKMELDING42_WORKING_DAY_LABEL)}: ${text.date(uwv)})` : date];
      }
      case 'actionPlanEvaluation':
        return [text.rule(POORTWACHTER_EVALUATION_LABEL), date];
      case 'belgian':
        return [text.rule(BELGIAN_LABELS[deadline.code]), date];
      case 'returnToWorkExam':
        return [text.t('documents.record.returnToWorkExam', { earliest: text.date(deadline.earliest), latest: date }), date];
    }
  };
  // In date order, as in the consultation's panel.
  const rows = consultationDeadlines(deadlines, {}).map(rowOf);
  report.table({
    columns: [
      { header: text.t('documents.record.deadline'), weight: 4 },
      { header: text.t('documents.record.date'), weight: 1 },
    ],
    rows,
  });
  if (deadlines.jurisdiction === 'BE') {
    const fedris = deadlines.fedris;
    report.paragraph(
      fedris.eligible
        ? text.t('documents.record.fedrisEligible', { opens: text.date(fedris.windowOpens), closes: text.date(fedris.windowCloses) })
        : text.t('documents.record.fedrisNotEligible'),
    );
    if (!fedris.eligible) report.bulletList(fedris.reasons.map((reason) => text.rule(FEDRIS_REASON_TEXTS[reason])));
  }
}

/**
 * What a consultation record says after its identification: complaint, findings, red flags,
 * chronicity, risk factors, conclusion, advice, plan, deadlines, the next appointment and the
 * history of amendments. The dossier export writes it once per consultation.
 */
export function writeConsultationRecordBody(report: ReportDocument, view: ConsultationRecordView, text: DocumentText): void {
  report.heading(text.t('documents.record.complaint'));
  report.keyValues(complaint(view, text));

  report.heading(text.t('documents.record.findings'));
  report.paragraph(view.findings ?? text.t('documents.notRecorded'));

  writeRedFlags(report, view, text);
  writeChronicity(report, view, text);
  writeOutcomes(report, view, text);

  report.heading(text.t('documents.record.riskFactors'));
  if (view.riskFactors.length === 0) report.paragraph(text.t('documents.none'));
  else report.bulletList(view.riskFactors.map((code) => text.rule(RISK_FACTOR_LABELS[code])));

  report.heading(text.t('documents.record.conclusion'));
  report.paragraph(view.conclusion ?? text.t('documents.notRecorded'));

  report.heading(text.t('documents.record.advice'));
  if (view.advice.length === 0) report.paragraph(text.t('documents.none'));
  else report.bulletList(view.advice.map((key) => text.advice(key, view.adviceContext)));

  report.heading(text.t('documents.record.plan'));
  writeReturnToWorkPlan(report, text, view.plan);

  writeDeadlines(report, view, text);

  report.heading(text.t('documents.field.nextAppointment'));
  report.paragraph(view.followUpDate === null ? text.t('documents.none') : text.date(view.followUpDate));

  writeHistory(report, view, text);
}

/** Each amendment with who made it, when and why, and the earlier value beside the later one. */
function writeHistory(report: ReportDocument, view: ConsultationRecordView, text: DocumentText): void {
  const { amendments } = view.signature;
  if (amendments.length === 0) return;
  report.heading(text.t('signing.history'));
  report.paragraph(signedLine(view.signature.signedBy, view.signature.signedAt, text));
  const words = { t: text.t, date: text.date, rule: text.rule };
  amendments.forEach((amendment, index) => {
    const later = amendments[index + 1]?.previousIntake ?? view.intake;
    report.heading(
      text.t('signing.amendment', { name: amendment.amendedBy, date: text.date(localDate(amendment.amendedAt)), time: clockTime(amendment.amendedAt) }),
      2,
    );
    report.paragraph(text.t('signing.amendmentReason', { reason: amendment.reason }));
    const changes = intakeChanges(amendment.previousIntake, later, words);
    if (changes.length === 0) {
      report.paragraph(text.t('signing.noVisibleChange'));
      return;
    }
    const shown = (value: string) => (value === '' ? text.t('signing.empty') : value);
    report.table({
      columns: [
        { header: text.t('signing.field'), weight: 1 },
        { header: text.t('signing.before'), weight: 2 },
        { header: text.t('signing.after'), weight: 2 },
      ],
      rows: changes.map((change) => [change.label, shown(change.before), shown(change.after)]),
    });
  });
}

/** The consultation record as PDF bytes. */
export function renderConsultationRecord(view: ConsultationRecordView): Promise<Buffer> {
  const text = documentText(view.locale);
  const title = text.t('documents.record.title');
  const report = createDocumentReport(text, {
    title,
    subject: text.t('documents.record.subject'),
    letterhead: view.letterhead,
    confidentiality: text.t('documents.confidential.medical'),
    issuedAt: view.issuedAt,
  });
  report.title(title, text.t('documents.record.subtitle', { worker: view.worker.name, date: text.date(view.consultationDate) }));

  report.heading(text.t('documents.record.identification'));
  report.keyValues(identification(view, text));

  writeConsultationRecordBody(report, view, text);
  report.space(6);
  report.paragraph(
    text.t('documents.record.signedBy', { name: view.author.name, role: text.t(`documents.role.${view.author.role}`), date: text.date(view.issuedOn) }),
  );
  report.paragraph(text.t('documents.record.guidelines'));
  return report.finish();
}

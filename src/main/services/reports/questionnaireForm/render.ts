import type { WorkerModeQuestionnaire } from '../../../../shared/model';
import {
  APPLIES_LABEL,
  MAX_PSK_ACTIVITIES,
  OREBRO_DEFINITION,
  OUTCOME_MEASURES,
  ROLAND_MORRIS_DEFINITION,
  START_BACK_DEFINITION,
  type AnswerFormat,
  type LocalizedText,
  type QuestionnaireDefinition,
} from '../../../../shared/rules';
import { createDocumentReport, type DocumentText, documentText } from '../documentText';
import type { ReportDocument } from '../layout';
import type { QuestionnaireFormView } from './view';

/*
 * The questionnaires due today on paper, for the worker to fill in before the consultation: one
 * cross per question in a box, the worker's name and the date, the licence notices. The doctor
 * types the answers in afterwards with quick entry (one key per answer).
 */

const SCALE_NUMBERS = Array.from({ length: 11 }, (_, n) => String(n));

function ratingQuestion(report: ReportDocument, text: DocumentText, number: string, question: string, low: LocalizedText | null, high: LocalizedText | null): void {
  report.tickBoxQuestion({
    shape: 'scale',
    number,
    text: question,
    answers: SCALE_NUMBERS,
    ...(low && high ? { ends: { low: `0 = ${text.rule(low)}`, high: `10 = ${text.rule(high)}` } } : {}),
  });
}

/** A questionnaire of the rules module item by item, in the words put to the worker. */
function writeDefinition(report: ReportDocument, text: DocumentText, definition: QuestionnaireDefinition<string, string>): void {
  report.heading(text.rule(definition.title));
  if (definition.recallPeriod) report.paragraph(text.rule(definition.recallPeriod));
  for (const item of definition.items) {
    const format: AnswerFormat = item.answer;
    const number = `${item.position}.`;
    if (format.kind === 'scale') {
      ratingQuestion(report, text, number, text.rule(item.question), format.minLabel, format.maxLabel);
    } else {
      const answers = format.options.map((option) => text.rule(option.label));
      report.tickBoxQuestion({ shape: format.options.length === 2 ? 'beside' : 'grid', number, text: text.rule(item.question), answers });
    }
  }
  report.smallPrint(text.rule(definition.licence.notice));
}

function writeQuestionnaire(report: ReportDocument, text: DocumentText, view: QuestionnaireFormView, id: WorkerModeQuestionnaire): void {
  const m = OUTCOME_MEASURES;
  switch (id) {
    case 'painNow':
    case 'workAbility':
      report.heading(text.rule(m[id].title));
      ratingQuestion(report, text, '', text.rule(m[id].question), m[id].minLabel, m[id].maxLabel);
      if (m[id].licence) report.smallPrint(text.rule(m[id].licence.notice));
      return;
    case 'hoursWorked':
      report.heading(text.rule(m.hoursWorked.title));
      report.paragraph(`${text.rule(m.hoursWorked.question)}   ${text.t('documents.questionnaire.hours')}`);
      return;
    case 'psk': {
      report.heading(text.rule(m.psk.title));
      const named = view.pskActivities.length > 0;
      report.paragraph(text.t(named ? 'documents.questionnaire.pskRate' : 'documents.questionnaire.pskName'));
      const activities = named
        ? view.pskActivities
        : Array.from({ length: MAX_PSK_ACTIVITIES }, (_, i) => text.t('documents.questionnaire.activityBlank', { n: i + 1 }));
      activities.forEach((activity, i) => ratingQuestion(report, text, `${i + 1}.`, activity, m.psk.minLabel, m.psk.maxLabel));
      if (m.psk.licence) report.smallPrint(text.rule(m.psk.licence.notice));
      return;
    }
    case 'rolandMorris':
      // As published: one box per statement, ticked when it applies today; a statement left
      // unticked does not apply (the doctor types n for it in quick entry).
      report.heading(text.rule(ROLAND_MORRIS_DEFINITION.title));
      if (ROLAND_MORRIS_DEFINITION.recallPeriod) report.paragraph(text.rule(ROLAND_MORRIS_DEFINITION.recallPeriod));
      for (const item of ROLAND_MORRIS_DEFINITION.items) {
        report.tickBoxQuestion({ shape: 'beside', number: `${item.position}.`, text: text.rule(item.question), answers: [text.rule(APPLIES_LABEL)] });
      }
      report.smallPrint(text.rule(ROLAND_MORRIS_DEFINITION.licence.notice));
      return;
    case 'startBack':
      writeDefinition(report, text, START_BACK_DEFINITION);
      return;
    case 'orebro':
      writeDefinition(report, text, OREBRO_DEFINITION);
      return;
  }
}

/** The paper questionnaire as PDF bytes. */
export function renderQuestionnaireForm(view: QuestionnaireFormView): Promise<Buffer> {
  const text = documentText(view.locale);
  const title = text.t('documents.questionnaire.title');
  const report = createDocumentReport(text, {
    title,
    subject: text.t('documents.questionnaire.subject'),
    letterhead: view.letterhead,
    confidentiality: text.t('documents.confidential.personal'),
    issuedAt: view.issuedAt,
  });
  report.title(title);
  report.keyValues([
    { label: text.t('documents.questionnaire.name'), value: view.workerName },
    { label: text.t('documents.questionnaire.date'), value: text.date(view.issuedOn) },
  ]);
  report.paragraph(text.t('documents.questionnaire.intro'));
  for (const id of view.questionnaires) writeQuestionnaire(report, text, view, id);
  report.smallPrint(text.t('documents.questionnaire.ownWording'));
  report.paragraph(text.t('documents.questionnaire.thanks'));
  return report.finish();
}

import type { Locale } from '../../../../shared/i18n';
import { questionnairesDue, type WorkerModeQuestionnaire } from '../../../../shared/model';
import type { IsoDate } from '../../../../shared/rules';
import type { Letterhead } from '../layout';

/**
 * The paper questionnaire of one worker: the questionnaires due today, in the worker's language,
 * with the worker's name and the date and nothing else of the dossier.
 */
export interface QuestionnaireFormView {
  locale: Locale;
  letterhead: Letterhead;
  issuedOn: IsoDate;
  issuedAt: string;
  workerName: string;
  questionnaires: WorkerModeQuestionnaire[];
  /** The PSK activities the worker named at the last consultation; none: the worker names them. */
  pskActivities: string[];
}

/** What the episode has recorded so far that decides which questionnaires are due. */
export interface QuestionnaireFormSource {
  locale: Locale;
  letterhead: Letterhead;
  issuedOn: IsoDate;
  issuedAt: string;
  workerName: string;
  startBackAnswered: boolean;
  orebroAnswered: boolean;
  pskActivities: string[];
}

export function buildQuestionnaireFormView(source: QuestionnaireFormSource): QuestionnaireFormView {
  const { startBackAnswered, orebroAnswered, pskActivities, ...frame } = source;
  return {
    ...frame,
    pskActivities,
    questionnaires: questionnairesDue({ startBackAnswered, orebroAnswered, pskActivities, canNameActivities: true }),
  };
}

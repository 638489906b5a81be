import type { WorkerQuestionnaire } from '../../../shared/model';
import { useT } from '../../i18n/LocaleContext';
import type { IntakeForm } from './intakeForm';

/** "Filled in by the worker" beside a questionnaire the worker answered in worker mode. */
export function WorkerMark({ form, questionnaire }: { form: IntakeForm; questionnaire: WorkerQuestionnaire }) {
  const { t } = useT();
  if (!form.outcomes.filledInByWorker.includes(questionnaire)) return null;
  return <span className="worker-mark">{t('followUp.filledInByWorker')}</span>;
}

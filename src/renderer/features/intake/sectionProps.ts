import type { EvaluationContext, Episode } from '../../../shared/model';
import type { LiveEvaluation } from '../clinicalPanel/LiveEvaluation';
import type { IntakeForm } from './intakeForm';

/** What every intake section gets from the consultation screen. */
export interface SectionProps {
  form: IntakeForm;
  update(change: (form: IntakeForm) => IntakeForm): void;
  /** The translated message for a field path ('complaint.onsetDate'), if any. */
  error(path: string): string | undefined;
  today: string;
  context: EvaluationContext;
  currentEpisode: Episode | null;
  live: LiveEvaluation;
}

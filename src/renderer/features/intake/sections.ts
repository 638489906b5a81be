import type { ComponentType } from 'react';
import type { MessageKey } from '../../../shared/i18n';
import { AdviceSection } from './AdviceSection';
import { ComplaintSection } from './ComplaintSection';
import { FindingsSection } from './FindingsSection';
import { OutcomeSection } from './OutcomeSection';
import { QuestionnaireSection } from './QuestionnaireSection';
import { RedFlagSection } from './RedFlagSection';
import { RiskFactorSection } from './RiskFactorSection';
import type { SectionProps } from './sectionProps';
import { complaintIsComplete, orebroAnswersOf, startBackAnswersOf, type IntakeForm } from './intakeForm';

export interface IntakeSection {
  id: string;
  title: MessageKey;
  component: ComponentType<SectionProps>;
  /** First segments of the field paths that belong to this section (for error markers). */
  fields: readonly string[];
}

/** The intake in the order of a consultation. */
export const INTAKE_SECTIONS: readonly IntakeSection[] = [
  { id: 'complaint', title: 'intake.section.complaint', component: ComplaintSection, fields: ['consultationDate', 'episodeId', 'complaint'] },
  { id: 'red-flags', title: 'intake.section.redFlags', component: RedFlagSection, fields: ['redFlags', 'redFlagsScreened', 'acknowledgedRedFlags', 'immediateReferral', 'redFlagEvaluations'] },
  { id: 'risk-factors', title: 'intake.section.riskFactors', component: RiskFactorSection, fields: ['riskFactors', 'yellowFlags'] },
  { id: 'outcomes', title: 'followUp.section.outcomes', component: OutcomeSection, fields: ['outcomes'] },
  { id: 'questionnaires', title: 'intake.section.questionnaires', component: QuestionnaireSection, fields: ['startBack', 'orebro'] },
  { id: 'findings', title: 'intake.section.findings', component: FindingsSection, fields: ['findings', 'conclusion'] },
  { id: 'advice', title: 'intake.section.advice', component: AdviceSection, fields: ['advice', 'followUpDate'] },
];

export function sectionOfPath(path: string): number {
  const head = path.split('.')[0] ?? '';
  const index = INTAKE_SECTIONS.findIndex((section) => section.fields.includes(head));
  return index < 0 ? 0 : index;
}

/**
 * Whether a section is done, for the section navigation: the complaint when its required fields are
 * filled, the red flags once screened, the questionnaires when one is complete, the findings when
 * written; the other sections (nothing required) once the doctor has opened them or filled something.
 */
export function sectionIsDone(id: string, form: IntakeForm, visited: boolean): boolean {
  switch (id) {
    case 'complaint':
      return complaintIsComplete(form);
    case 'red-flags':
      return form.redFlagsScreened;
    case 'questionnaires':
      return startBackAnswersOf(form) !== null || orebroAnswersOf(form) !== null;
    case 'findings':
      return form.findings.trim() !== '' || form.conclusion.trim() !== '';
    case 'risk-factors':
      return visited || form.riskFactors.length > 0 || form.yellowFlags.length > 0;
    case 'outcomes':
      return visited || form.outcomes.workAbility.trim() !== '';
    default:
      return visited || form.adviceEdited || form.followUpDate.trim() !== '';
  }
}

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
  { id: 'red-flags', title: 'intake.section.redFlags', component: RedFlagSection, fields: ['redFlags', 'acknowledgedRedFlags', 'redFlagEvaluations'] },
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

import type { BelgianCode } from './belgium';
import type { IsoDate } from './dates';
import type { BelgianDeadlines, NetherlandsDeadlines } from './evaluateConsultation';
import { BELGIAN_MILESTONE_KINDS, type MilestoneInput, type PoortwachterRecords, poortwachterMilestoneInputs } from './legalTimeline';
import type { PoortwachterCode } from './poortwachter';

/** One deadline of a consultation's evaluation, as the clinical panel and the consultation record list them. */
export type ConsultationDeadline =
  | (MilestoneInput<PoortwachterCode> & { scheme: 'poortwachter'; week: number })
  | (MilestoneInput<'actionPlanEvaluation'> & { scheme: 'actionPlanEvaluation' })
  | (MilestoneInput<BelgianCode> & { scheme: 'belgian' })
  /** BE: the return-to-work examination, due on the last day of its window. */
  | (MilestoneInput<'returnToWorkExam'> & { scheme: 'returnToWorkExam'; earliest: IsoDate });

/**
 * The deadlines of a consultation in date order, the earliest first (on the same day, in the order
 * the rules give them): NL the Poortwachter milestones and the next evaluation of the plan van
 * aanpak; BE the re-integration milestones, the Fedris window and the return-to-work examination.
 * `records` are the Poortwachter steps on record as done.
 */
export function consultationDeadlines(deadlines: NetherlandsDeadlines | BelgianDeadlines, records: PoortwachterRecords): ConsultationDeadline[] {
  const list: ConsultationDeadline[] = [];
  if (deadlines.jurisdiction === 'NL') {
    const milestones = deadlines.milestones;
    poortwachterMilestoneInputs(milestones, records).forEach((input, index) => {
      list.push({ ...input, scheme: 'poortwachter', week: milestones[index]?.week ?? 0 });
    });
    list.push({ scheme: 'actionPlanEvaluation', code: 'actionPlanEvaluation', due: deadlines.nextActionPlanEvaluation, kind: 'date', doneOn: null });
  } else {
    for (const m of deadlines.milestones) list.push({ scheme: 'belgian', code: m.code, due: m.date, kind: BELGIAN_MILESTONE_KINDS[m.code], doneOn: null });
    const exam = deadlines.returnToWorkExam;
    if (exam !== null) list.push({ scheme: 'returnToWorkExam', code: 'returnToWorkExam', due: exam.latest, earliest: exam.earliest, kind: 'action', doneOn: null });
  }
  // Array.prototype.sort is stable: deadlines on the same day keep the rules' order.
  return list.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

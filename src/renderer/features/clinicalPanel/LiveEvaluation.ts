import type { ConsultationEvaluation, RedFlagScreening } from '../../../shared/rules';

/** What the panel shows while the doctor fills in the intake (worked out in features/intake/liveEvaluation.ts). */
export type LiveEvaluation =
  | { kind: 'full'; evaluation: ConsultationEvaluation }
  | {
      /** Red flags always show; the rest waits for the onset date or a field the rules cannot use yet. */
      kind: 'partial';
      redFlags: RedFlagScreening;
      problem: 'onsetMissing' | 'notEvaluable';
      /** The field the rules named (e.g. 'sickLeaveStart'), when there is one. */
      field: string | null;
    };

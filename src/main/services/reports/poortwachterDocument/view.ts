import { z } from 'zod';
import { isoDate, poortwachterDocumentKind, prognosis, workOutlook, type PoortwachterDocument } from '../../../../shared/model';
import type { Letterhead } from '../layout';

/*
 * The employer's version of a Poortwachter document (probleemanalyse, its revision, the advice on the
 * plan van aanpak and its evaluation, the first-year evaluation, the actueel oordeel). It holds only
 * what the employer may read under the Dutch DPA's rules on the sick worker: functional possibilities
 * and limitations, the prognosis in time, advice on work adaptations and on the action plan, and
 * whether the worker can do the own or other work. There is no field for a diagnosis, complaint, red
 * flag, questionnaire answer or the doctor's medical note, and every object is strict: a value with
 * any other field is refused (at compile time for the top level through
 * `ExactPoortwachterEmployerView`, at run time at every level).
 */

export const poortwachterEmployerViewSchema = z.strictObject({
  letterhead: z.strictObject({ practiceName: z.string(), logo: z.custom<Uint8Array>((value) => value instanceof Uint8Array).nullable() }),
  issuedAt: z.string(),
  kind: poortwachterDocumentKind,
  madeOn: isoDate,
  worker: z.strictObject({ name: z.string(), personnelNumber: z.string(), jobTitle: z.string().nullable(), departmentName: z.string().nullable() }),
  employer: z.strictObject({ name: z.string() }),
  /** The case's first sick day (of the merged periods) and the week of sickness on the day it was made. */
  firstSickDay: isoDate,
  week: z.number().int().positive(),
  possibilities: z.string(),
  limitations: z.string(),
  prognosis,
  expectedReturn: isoDate.nullable(),
  workOutlook,
  workAdaptations: z.string().nullable(),
  actionPlanAdvice: z.string().nullable(),
  /** Probleemanalyse: the plan van aanpak is due 2 weeks after it; evaluations: UWV's advised next one. */
  nextDate: isoDate.nullable(),
  doctor: z.strictObject({ name: z.string(), phone: z.string().nullable(), email: z.string().nullable(), address: z.string().nullable() }),
});
export type PoortwachterEmployerView = z.infer<typeof poortwachterEmployerViewSchema>;

/** `V` when it has no top-level field beyond PoortwachterEmployerView's; otherwise the extra fields become `never`. */
export type ExactPoortwachterEmployerView<V> = V & Record<Exclude<keyof V, keyof PoortwachterEmployerView>, never>;

export interface PoortwachterDocumentSource {
  document: PoortwachterDocument;
  letterhead: Letterhead;
  issuedAt: string;
  worker: { firstName: string; lastName: string; personnelNumber: string; jobTitle: string | null; departmentName: string | null; employerName: string };
  firstSickDay: string;
  week: number;
  nextDate: string | null;
  doctor: { name: string; phone: string | null; email: string | null; address: string | null };
}

/** Copies from the doctor's document only what the employer may see; checked against the strict schema. */
export function toPoortwachterEmployerView(source: PoortwachterDocumentSource): PoortwachterEmployerView {
  const d = source.document;
  return poortwachterEmployerViewSchema.parse({
    letterhead: source.letterhead,
    issuedAt: source.issuedAt,
    kind: d.kind,
    madeOn: d.madeOn,
    worker: {
      name: `${source.worker.firstName} ${source.worker.lastName}`,
      personnelNumber: source.worker.personnelNumber,
      jobTitle: source.worker.jobTitle,
      departmentName: source.worker.departmentName,
    },
    employer: { name: source.worker.employerName },
    firstSickDay: source.firstSickDay,
    week: source.week,
    possibilities: d.possibilities,
    limitations: d.limitations,
    prognosis: d.prognosis,
    expectedReturn: d.expectedReturn,
    workOutlook: d.workOutlook,
    workAdaptations: d.workAdaptations,
    actionPlanAdvice: d.actionPlanAdvice,
    nextDate: source.nextDate,
    doctor: source.doctor,
  } satisfies PoortwachterEmployerView);
}

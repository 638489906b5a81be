import { z } from 'zod';
import { trajectoryTermCode } from '../../../../shared/channels/legalChannels';
import { isoDate, jurisdiction, language, trajectoryDecision, trajectoryInitiator } from '../../../../shared/model';

/*
 * The Belgian re-integration assessment form's own view model. The form goes to the worker and the
 * employer, so it holds only the procedure (request, decision, terms) and the functional
 * possibilities and limitations: no field for a diagnosis or any other medical data, and every
 * object is strict (checked again when rendering).
 */
export const reintegrationAssessmentViewSchema = z.strictObject({
  locale: z.strictObject({ language, jurisdiction }),
  letterhead: z.strictObject({ practiceName: z.string(), logo: z.custom<Uint8Array>((value) => value instanceof Uint8Array).nullable() }),
  issuedAt: z.string(),
  issuedOn: isoDate,
  worker: z.strictObject({ name: z.string(), personnelNumber: z.string(), jobTitle: z.string().nullable() }),
  employer: z.strictObject({ name: z.string() }),
  firstDayOfIncapacity: isoDate,
  requestDate: isoDate,
  initiator: trajectoryInitiator,
  assessmentDate: isoDate.nullable(),
  decision: trajectoryDecision.nullable(),
  possibilities: z.string().nullable(),
  limitations: z.string().nullable(),
  terms: z.array(z.strictObject({ code: trajectoryTermCode, date: isoDate })),
  rulesSource: z.string(),
  doctor: z.strictObject({ name: z.string(), phone: z.string().nullable(), email: z.string().nullable() }),
});
export type ReintegrationAssessmentView = z.infer<typeof reintegrationAssessmentViewSchema>;

/** `V` when it has no top-level field beyond the view's; otherwise the extra fields become `never`. */
export type ExactReintegrationAssessmentView<V> = V & Record<Exclude<keyof V, keyof ReintegrationAssessmentView>, never>;

import { z } from 'zod';
import { agendaItemSchema, isoDate } from '../model';
import { channel } from './channel';

export const agendaHorizon = z.enum(['thisWeek', 'fourWeeks']);
export type AgendaHorizon = z.infer<typeof agendaHorizon>;

/**
 * What is due across the signed-in doctor's workers. It lists several workers, so it is not a
 * one-dossier channel; its handler records every worker it shows in the access log.
 */
export const agendaChannels = {
  'agenda.list': channel({
    input: z.object({ horizon: agendaHorizon.default('thisWeek') }).strict(),
    output: z.object({ today: isoDate, until: isoDate, items: z.array(agendaItemSchema) }),
    access: 'dossier.read',
  }),
} as const;

import { z } from 'zod';
import type { Access } from '../permissions';

export interface ChannelDefinition<I extends z.ZodType, O extends z.ZodType, A extends Access = Access> {
  input: I;
  output: O;
  access: A;
  /** Reads or writes one worker's dossier: the handler must record it in the access log. */
  dossier?: 'read' | 'write';
}

export function channel<I extends z.ZodType, O extends z.ZodType, A extends Access>(definition: ChannelDefinition<I, O, A>) {
  return definition;
}

export const noInput = z.object({}).strict();

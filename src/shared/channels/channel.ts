import { z } from 'zod';
import type { Access } from '../permissions';

export interface ChannelDefinition<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  access: Access;
  /** Reads or writes one worker's dossier: the handler must record it in the access log. */
  dossier?: 'read' | 'write';
}

export function channel<I extends z.ZodType, O extends z.ZodType>(definition: ChannelDefinition<I, O>) {
  return definition;
}

export const noInput = z.object({}).strict();

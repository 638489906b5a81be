import { z } from 'zod';
import { departmentInputSchema, employerInputSchema, employerSchema, id, jobPositionInputSchema } from '../model';
import { channel, noInput } from './channel';

/** Employers, departments and job positions (no personal data). */
export const workplaceChannels = {
  'workplace.list': channel({ input: noInput, output: z.array(employerSchema), access: 'workplace.read' }),
  'workplace.saveEmployer': channel({ input: employerInputSchema, output: id, access: 'workplace.write' }),
  'workplace.saveDepartment': channel({ input: departmentInputSchema, output: id, access: 'workplace.write' }),
  'workplace.saveJobPosition': channel({ input: jobPositionInputSchema, output: id, access: 'workplace.write' }),
} as const;

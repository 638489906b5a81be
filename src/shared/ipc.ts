/**
 * The one API contract between renderer and main: for each channel its input schema, output
 * schema and the access it requires. Electron IPC, browser mode and tests all go through the
 * handler map that main builds from this table.
 */
import { z } from 'zod';
import {
  departmentInputSchema,
  employerInputSchema,
  employerSchema,
  id,
  jobPositionInputSchema,
  jurisdiction,
  language,
  newAccountSchema,
  practiceSettingsSchema,
  role,
  signInSchema,
  userSchema,
  workerInputSchema,
  workerSchema,
  workerSearchSchema,
  workerSummarySchema,
} from './model';
import type { Access } from './permissions';

interface ChannelDefinition<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  access: Access;
  /** Reads or writes one worker's dossier: the handler must record it in the access log. */
  dossier?: 'read' | 'write';
}

function channel<I extends z.ZodType, O extends z.ZodType>(definition: ChannelDefinition<I, O>) {
  return definition;
}

const none = z.object({}).strict();
const byId = z.object({ id }).strict();

export const accessLogRowSchema = z.object({
  id,
  at: z.string(),
  userName: z.string().nullable(),
  role: role.nullable(),
  action: z.string(),
  channel: z.string(),
  outcome: z.enum(['allowed', 'denied']),
});

export const channels = {
  'app.status': channel({
    input: none,
    output: z.object({
      initialized: z.boolean(),
      practice: z.object({ name: z.string(), language, jurisdiction }).nullable(),
      user: userSchema.nullable(),
      hasWorkers: z.boolean(),
    }),
    access: 'public',
  }),
  'practice.initialize': channel({
    input: z.object({ practice: practiceSettingsSchema, account: newAccountSchema.extend({ role: z.literal('doctor') }) }),
    output: userSchema,
    access: 'public',
  }),
  'practice.settings': channel({ input: none, output: practiceSettingsSchema, access: 'session' }),
  'practice.updateSettings': channel({ input: practiceSettingsSchema, output: practiceSettingsSchema, access: 'practice.admin' }),
  'practice.loadDemo': channel({ input: none, output: z.object({ workers: z.number().int() }), access: 'practice.admin' }),
  'accounts.list': channel({ input: none, output: z.array(userSchema), access: 'practice.admin' }),
  'accounts.create': channel({ input: newAccountSchema, output: userSchema, access: 'practice.admin' }),
  'auth.signIn': channel({ input: signInSchema, output: userSchema, access: 'public' }),
  'auth.signOut': channel({ input: none, output: z.null(), access: 'session' }),

  'workplace.list': channel({ input: none, output: z.array(employerSchema), access: 'workplace.read' }),
  'workplace.saveEmployer': channel({ input: employerInputSchema, output: id, access: 'workplace.write' }),
  'workplace.saveDepartment': channel({ input: departmentInputSchema, output: id, access: 'workplace.write' }),
  'workplace.saveJobPosition': channel({ input: jobPositionInputSchema, output: id, access: 'workplace.write' }),

  'workers.search': channel({ input: workerSearchSchema, output: z.array(workerSummarySchema), access: 'dossier.read' }),
  'workers.get': channel({ input: byId, output: workerSchema, access: 'dossier.read', dossier: 'read' }),
  'workers.save': channel({ input: workerInputSchema, output: workerSchema, access: 'dossier.write', dossier: 'write' }),
  'workers.accessLog': channel({
    input: byId,
    output: z.array(accessLogRowSchema),
    access: 'dossier.read',
    dossier: 'read',
  }),
} as const;

export type Channels = typeof channels;
export type Channel = keyof Channels;
export type ChannelInput<C extends Channel> = z.input<Channels[C]['input']>;
export type ValidChannelInput<C extends Channel> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Channels[C]['output']>;

export interface ValidationIssue {
  /** Path of the field, e.g. ['birthDate'] or ['account', 'passphrase']. */
  path: Array<string | number>;
  /** Message key under `validation.` in the i18n catalogue. */
  code: string;
}

export type ApiError =
  | { code: 'validation'; issues: ValidationIssue[] }
  | { code: 'unauthenticated' | 'forbidden' | 'notFound' | 'invalidCredentials' | 'alreadyInitialized' | 'practiceNotEmpty' | 'internal' }
  | { code: 'duplicatePersonnelNumber'; personnelNumber: string }
  | { code: 'duplicateAccount'; name: string };

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The one object the preload (or the browser bridge) gives the renderer. */
export interface RuggensteunApi {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiResult<ChannelOutput<C>>>;
}

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
}

const knownValidationCodes = new Set([
  'required', 'tooLong', 'date', 'email', 'hoursRange', 'number', 'passphraseTooShort',
  'nonNegative', 'tooLarge', 'smallCellK',
]);

/** Turns schema issues into translatable codes; anything unforeseen becomes 'invalid'. */
export function toValidationIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
    code: knownValidationCodes.has(issue.message) ? issue.message : 'invalid',
  }));
}

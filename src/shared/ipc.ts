/**
 * The one API contract between renderer and main: for each channel its input schema, output
 * schema and the access it requires. Electron IPC, browser mode and tests all go through the
 * handler map that main builds from this table.
 */
import type { z } from 'zod';
import { isValidationCode, type ValidationCode } from './validationCode';
import { practiceChannels } from './channels/practiceChannels';
import { workerChannels } from './channels/workerChannels';
import { workplaceChannels } from './channels/workplaceChannels';
import { dossierChannels } from './channels/dossierChannels';
import { consultationChannels } from './channels/consultationChannels';
import { planChannels } from './channels/planChannels';
import { agendaChannels } from './channels/agendaChannels';
import { preventionChannels } from './channels/preventionChannels';
import { documentChannels } from './channels/documentChannels';
import { episodeChannels } from './channels/episodeChannels';
import { keyChannels } from './channels/keyChannels';
import { backupChannels } from './channels/backupChannels';
import { dossierExportChannels } from './channels/dossierExportChannels';
import { retentionChannels } from './channels/retentionChannels';
import { legalChannels } from './channels/legalChannels';
import { workerModeChannels } from './channels/workerModeChannels';
import { workstationChannels } from './channels/workstationChannels';

export const channels = {
  ...practiceChannels,
  ...workplaceChannels,
  ...workerChannels,
  ...dossierChannels,
  ...consultationChannels,
  ...planChannels,
  ...agendaChannels,
  ...preventionChannels,
  ...documentChannels,
  ...episodeChannels,
  ...keyChannels,
  ...backupChannels,
  ...dossierExportChannels,
  ...retentionChannels,
  ...legalChannels,
  ...workerModeChannels,
  ...workstationChannels,
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
  code: ValidationCode;
}

export type ApiError =
  | { code: 'validation'; issues: ValidationIssue[] }
  | { code: 'unauthenticated' | 'forbidden' | 'notFound' | 'invalidCredentials' | 'alreadyInitialized' | 'practiceNotEmpty' | 'internal' }
  /** The recovery key does not open this practice; the OS keychain is not available here. */
  | { code: 'invalidRecoveryKey' | 'keychainUnavailable' }
  /** Backups: no folder chosen, a folder that cannot be written, a backup that failed its check or cannot be read, or is newer than this version. */
  | { code: 'noBackupFolder' | 'backupFolderMissing' | 'backupFolderUnusable' | 'backupFailed' | 'backupUnreadable' | 'backupFromNewerVersion' }
  /** Backups of a practice server's PostgreSQL database are its administrator's (pg_dump, archiving), not the app's. */
  | { code: 'backupsOnServer' }
  /** backups.chooseFolder where there is no folder dialog (browser mode): the path is typed instead. */
  | { code: 'noFolderDialog' }
  /** retention.erase: the dossier is still within its retention term. */
  | { code: 'withinRetentionTerm' }
  /** The screen is locked (idle or by the user): only unlocking and signing out are answered. */
  | { code: 'locked' }
  /** Too many failed sign-ins: wait this many seconds, or (locked out) this many minutes. */
  | { code: 'signInDelayed'; seconds: number }
  | { code: 'signInLocked'; minutes: number }
  | { code: 'duplicatePersonnelNumber'; personnelNumber: string }
  | { code: 'duplicateAccount'; name: string }
  /**
   * documents.generate: a referral letter needs a red flag or the doctor's reason; the employer advice
   * a saved plan; the worker leaflet a consultation whose red flags were gone through (it reassures).
   */
  | { code: 'noReferralReason' | 'noPlan' | 'leafletNeedsScreening' }
  /** documents.generate: a referral letter or an employer advice is signed by a doctor; a nurse cannot make one. */
  | { code: 'doctorSignatureRequired' }
  /**
   * A save made from a version of the record that is no longer the stored one: someone else saved it
   * in between (another workstation of the practice server). Nothing was written; read it again.
   */
  | { code: 'changedMeanwhile' }
  /** accounts.remove: nobody removes their own account. */
  | { code: 'ownAccount' }
  /** Client mode: the practice server cannot be reached, or shows another certificate than the pinned one. */
  | { code: 'serverUnreachable' | 'serverCertificateChanged' };

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The one object the preload (or the browser bridge) gives the renderer. */
export interface RuggensteunApi {
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ApiResult<ChannelOutput<C>>>;
}

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
}

/**
 * Turns schema issues into translatable codes: a schema's own `error` code crosses as it is;
 * zod's built-in English messages (a wrong type from a misbehaving caller) become 'invalid'.
 */
export function toValidationIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
    code: isValidationCode(issue.message) ? issue.message : 'invalid',
  }));
}

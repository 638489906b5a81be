import type { ApiError, ValidationIssue } from '../../shared/ipc';
import type { ValidationCode } from '../../shared/validationCode';

/**
 * An expected refusal from a service: bad input, something missing, a conflict. Each knows the
 * form it takes in the API; the handler map turns it into the answer (and anything else into
 * 'internal', written to the log file).
 */
export abstract class DomainError extends Error {
  abstract toApiError(): ApiError;
}

/** One or more fields refused, each with a code that has a message in every language. */
export class InvalidInputError extends DomainError {
  constructor(readonly issues: ValidationIssue[]) {
    super(`invalid input: ${issues.map((issue) => `${issue.path.join('.')} ${issue.code}`).join(', ')}`);
    this.name = 'InvalidInputError';
  }

  static field(path: Array<string | number>, code: ValidationCode = 'invalid'): InvalidInputError {
    return new InvalidInputError([{ path, code }]);
  }

  toApiError(): ApiError {
    return { code: 'validation', issues: this.issues };
  }
}

/** A refusal that needs no more than its code: the record does not exist, the practice is set up… */
export class RefusedError extends DomainError {
  constructor(
    readonly code:
      | 'notFound'
      | 'invalidCredentials'
      | 'alreadyInitialized'
      | 'practiceNotEmpty'
      | 'noReferralReason'
      | 'noPlan'
      | 'leafletNeedsScreening'
      | 'unauthenticated'
      | 'invalidRecoveryKey'
      | 'keychainUnavailable'
      | 'forbidden'
      | 'noBackupFolder'
      | 'backupsOnServer'
      | 'backupFolderMissing'
      | 'backupFolderUnusable'
      | 'noFolderDialog'
      | 'backupFailed'
      | 'backupUnreadable'
      | 'backupFromNewerVersion'
      | 'withinRetentionTerm'
      | 'doctorSignatureRequired'
      | 'ownAccount'
      | 'changedMeanwhile',
  ) {
    super(code);
    this.name = 'RefusedError';
  }

  toApiError(): ApiError {
    return { code: this.code };
  }
}

export function notFound(): RefusedError {
  return new RefusedError('notFound');
}

/** The record was saved by someone else since the version the change started from: nothing was written. */
export function changedMeanwhile(): RefusedError {
  return new RefusedError('changedMeanwhile');
}

export class DuplicateAccountError extends DomainError {
  constructor(readonly accountName: string) {
    super('an account with this name exists');
    this.name = 'DuplicateAccountError';
  }

  toApiError(): ApiError {
    return { code: 'duplicateAccount', name: this.accountName };
  }
}

/** Too many failed sign-ins: the attempt was not checked; wait, or (locked out) wait longer. */
export class SignInThrottledError extends DomainError {
  constructor(readonly wait: { kind: 'delayed'; seconds: number } | { kind: 'locked'; minutes: number }) {
    super(`sign-in ${wait.kind}`);
    this.name = 'SignInThrottledError';
  }

  toApiError(): ApiError {
    return this.wait.kind === 'locked'
      ? { code: 'signInLocked', minutes: this.wait.minutes }
      : { code: 'signInDelayed', seconds: this.wait.seconds };
  }
}

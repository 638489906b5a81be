import { isMessageKey, type MessageKey } from './i18n';

/**
 * A reason a field is refused: a schema's `error`, a service's check or a plan rule. Each code is
 * the message `validation.<code>` of the catalogue, so the list of codes is the catalogue's and a
 * code without a message in every language cannot be written (see validationMessages.test.ts).
 */
export type ValidationCode = MessageKey extends infer Key ? (Key extends `validation.${infer Code}` ? Code : never) : never;

export function isValidationCode(code: string): code is ValidationCode {
  return isMessageKey(`validation.${code}`);
}

/** The catalogue key of a code's message. */
export function validationMessageKey(code: ValidationCode): MessageKey {
  return `validation.${code}` as MessageKey;
}

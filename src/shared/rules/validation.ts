import { RuleInputError } from './ruleInputError';

/**
 * Input checks shared by the rules. Each throws a RuleInputError naming the field, so a form can
 * point at it; nothing is ever clamped.
 */

export function requireNumber(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RuleInputError(field, 'must be a finite number');
  }
  if (value < min || value > max) {
    throw new RuleInputError(field, `must be between ${min} and ${max}`);
  }
  return value;
}

export function requireInteger(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new RuleInputError(field, 'must be an integer');
  }
  if (value < min || value > max) {
    throw new RuleInputError(field, `must be between ${min} and ${max}`);
  }
  return value;
}

export function requireBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') {
    throw new RuleInputError(field, 'must be true or false');
  }
  return value;
}

/** An optional yes/no finding: undefined means 'not present'. */
export function optionalBoolean(value: unknown, field: string): boolean {
  return value === undefined ? false : requireBoolean(value, field);
}

export function requireOneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new RuleInputError(field, `must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

/** Checks that a value is a list (data may come from outside TypeScript's reach). */
export function requireList<T>(value: readonly T[], field: string): readonly T[] {
  if (!Array.isArray(value)) throw new RuleInputError(field, 'must be a list');
  return value;
}

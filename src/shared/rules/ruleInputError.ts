/**
 * Input a rule cannot work with: the field it names and why. Nothing is ever clamped. It is a
 * RangeError, so callers that only care that the input was refused can still catch that.
 */
export class RuleInputError extends RangeError {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'RuleInputError';
  }
}

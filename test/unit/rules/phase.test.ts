import { describe, expect, it } from 'vitest';
import { complaintPhase } from '../../../src/shared/rules';

describe('complaintPhase', () => {
  it('is acute on the day of onset', () => {
    expect(complaintPhase('2025-01-01', '2025-01-01')).toEqual({ days: 0, weeks: 0, phase: 'acute' });
  });

  it('is acute in week 5 and subacute from week 6', () => {
    expect(complaintPhase('2025-01-01', '2025-02-11')).toEqual({ days: 41, weeks: 5, phase: 'acute' });
    expect(complaintPhase('2025-01-01', '2025-02-12')).toEqual({ days: 42, weeks: 6, phase: 'subacute' });
  });

  it('is subacute in week 11 and chronic from week 12', () => {
    expect(complaintPhase('2025-01-01', '2025-03-25')).toEqual({ days: 83, weeks: 11, phase: 'subacute' });
    expect(complaintPhase('2025-01-01', '2025-03-26')).toEqual({ days: 84, weeks: 12, phase: 'chronic' });
  });

  it('counts calendar days across a leap day', () => {
    expect(complaintPhase('2024-02-28', '2024-03-01').days).toBe(2);
  });

  it('refuses an onset after the consultation', () => {
    expect(() => complaintPhase('2025-01-02', '2025-01-01')).toThrow(RangeError);
    expect(() => complaintPhase('2025-01-02', '2025-01-01')).toThrow(/^onset:/);
  });

  it('refuses malformed dates, naming the field', () => {
    expect(() => complaintPhase('2025-02-30', '2025-03-01')).toThrow('onset: not a valid ISO date');
    expect(() => complaintPhase('2025-02-01', '01-03-2025')).toThrow('on: not a valid ISO date');
  });
});

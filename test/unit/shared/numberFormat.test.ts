import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, liftingIndexText } from '../../../src/shared/model';
import { nioshBand } from '../../../src/shared/rules';

describe('numbers on screens and in reports', () => {
  it('shows a lifting index with two decimals, rounded, in the language of the reader', () => {
    expect(liftingIndexText(4.33, 'nl', 'NL')).toBe('4,33');
    expect(liftingIndexText(3.04, 'fr', 'BE')).toBe('3,04');
    expect(liftingIndexText(2.996, 'nl', 'NL')).toBe('3,00');
    expect(liftingIndexText(1, 'en', 'NL')).toBe('1.00');
    expect(liftingIndexText(0.857, 'en', 'BE')).toBe('0.86');
  });

  it('never shows a lifting index above 3 as 3,00 or less, nor one of 3 or less as more', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 20, noNaN: true }), (index) => {
        const shown = Number(liftingIndexText(index, 'en', 'NL'));
        expect(Math.abs(shown - index)).toBeLessThanOrEqual(0.005 + 1e-9);
        // What the band says and what the number says agree, except at the rounding edge itself.
        if (nioshBand(index) === 'high' && index >= 3.005) expect(shown).toBeGreaterThan(3);
      }),
    );
  });

  it('keeps whole numbers whole and gives others one decimal unless told otherwise', () => {
    expect(formatNumber(12, 'nl')).toBe('12');
    expect(formatNumber(12.25, 'nl')).toBe('12,3');
    expect(formatNumber(12.25, 'en', 2)).toBe('12.25');
  });
});

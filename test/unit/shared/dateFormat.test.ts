import { describe, expect, it } from 'vitest';
import { ageOn, formatDate, parseDate } from '../../../src/shared/i18n/format';

describe('typed dates', () => {
  const today = '2026-11-22';

  it.each([
    ['1-3-26', '2026-03-01'],
    ['01-03-2026', '2026-03-01'],
    ['1/3/2026', '2026-03-01'],
    ['1.3.2026', '2026-03-01'],
    ['2026-03-01', '2026-03-01'],
    [' 29-2-24 ', '2024-02-29'],
    ['3-2-78', '1978-02-03'],
    ['31-12-36', '2036-12-31'],
    ['1-1-37', '1937-01-01'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseDate(text, today)).toBe(iso);
  });

  it.each(['29-2-25', '31-4-2026', '0-1-2026', '1-13-2026', 'morgen', '', '1-3', '2026-3-32'])('refuses %s', (text) => {
    expect(parseDate(text, today)).toBeNull();
  });

  it('shows dates as dd-mm-yyyy in Dutch and French and dd/mm/yyyy in English', () => {
    expect(formatDate('2026-03-01', 'nl')).toBe('01-03-2026');
    expect(formatDate('2026-03-01', 'fr')).toBe('01-03-2026');
    expect(formatDate('2026-03-01', 'en')).toBe('01/03/2026');
    expect(formatDate(null, 'nl')).toBe('');
  });

  it('counts age in whole years, turning a year older on the birthday itself', () => {
    expect(ageOn('1980-03-16', '2026-03-15')).toBe(45);
    expect(ageOn('1980-03-16', '2026-03-16')).toBe(46);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
    expect(ageOn('2000-02-29', '2026-03-01')).toBe(26);
  });
});

import type { Language } from '../model';

/** Shows an ISO date as dd-mm-yyyy (nl, fr) or dd/mm/yyyy (en). */
export function formatDate(iso: string | null | undefined, language: Language): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  if (!y || !m || !d) return iso;
  return language === 'en' ? `${d}/${m}/${y}` : `${d}-${m}-${y}`;
}

/**
 * Reads a typed date: 1-3-26, 01-03-2026, 1/3/2026, 1.3.2026 or 2026-03-01. Two-digit years
 * are read as 20yy when that is not more than 10 years ahead of `today`, otherwise as 19yy.
 * Returns the ISO date, or null when the text is not a real calendar day.
 */
export function parseDate(text: string, today: string): string | null {
  const value = text.trim();
  let day: number, month: number, year: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const local = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(value);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (local) {
    [day, month] = [Number(local[1]), Number(local[2])];
    year = Number(local[3]);
    if ((local[3] as string).length === 2) {
      const currentYear = Number(today.slice(0, 4));
      year += 2000;
      if (year > currentYear + 10) year -= 100;
    }
  } else {
    return null;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole years between an ISO birth date and an ISO day. */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The day of an instant (ISO) in this computer's time zone, as `YYYY-MM-DD`. */
export function localDate(instant: string): string {
  const d = new Date(instant);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The time of an instant (ISO) in this computer's time zone, as `HH:MM`. */
export function clockTime(instant: string): string {
  const d = new Date(instant);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

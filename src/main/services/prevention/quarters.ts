import type { QuarterBounds } from '../store/aggregatesRepository';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The calendar quarters a period touches, each cut to the period ('2025-Q3', from, to). */
export function quartersOf(from: string, to: string): QuarterBounds[] {
  const quarters: QuarterBounds[] = [];
  let year = Number(from.slice(0, 4));
  let quarter = Math.floor((Number(from.slice(5, 7)) - 1) / 3) + 1;
  for (;;) {
    const startMonth = (quarter - 1) * 3 + 1;
    const start = `${year}-${pad(startMonth)}-01`;
    if (start > to) break;
    const lastDay = new Date(Date.UTC(year, startMonth + 2, 0)).getUTCDate();
    const end = `${year}-${pad(startMonth + 2)}-${pad(lastDay)}`;
    quarters.push({ quarter: `${year}-Q${quarter}`, from: start < from ? from : start, to: end > to ? to : end });
    quarter += 1;
    if (quarter > 4) {
      quarter = 1;
      year += 1;
    }
  }
  return quarters;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The day of an instant (ISO) in the user's time zone, as `YYYY-MM-DD`. */
export function localDate(instant: string): string {
  const d = new Date(instant);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The time of an instant (ISO) in the user's time zone, as `HH:MM`. */
export function clockTime(instant: string): string {
  const d = new Date(instant);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

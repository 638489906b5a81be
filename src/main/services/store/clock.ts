/** Source of the current time, injected so that tests and the benchmark control it. */
export interface Clock {
  /** Current instant as an ISO timestamp in UTC. */
  now(): string;
  /** Today's calendar date `YYYY-MM-DD` in the practice's local time. */
  today(): string;
}

export const systemClock: Clock = {
  now: () => new Date().toISOString(),
  today: () => {
    const d = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  },
};

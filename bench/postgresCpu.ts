import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Linux's clock ticks per second in /proc/<pid>/stat (USER_HZ, 100 on every common build). */
const ticksPerSecond = 100;

/**
 * CPU seconds used so far by a PostgreSQL cluster's processes that are alive now (the postmaster
 * and its children: the connections' backends, the writers), read from /proc. Taken before and
 * after a run, the difference is what the database used for it, pooled connections being kept.
 */
export function postgresCpuSeconds(dataFolder: string): number {
  const postmaster = Number(readFileSync(join(dataFolder, 'postmaster.pid'), 'utf8').split('\n')[0]);
  let ticks = 0;
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let stat: string;
    try {
      stat = readFileSync(join('/proc', entry, 'stat'), 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    // After the command in parentheses: state, ppid, … utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(entry) === postmaster || Number(fields[1]) === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / ticksPerSecond;
}

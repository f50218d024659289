import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's utime and stime (100 on Linux almost everywhere). */
const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * CPU time (user + system) a process has used so far, in ms, read from /proc/<pid>/stat: the process's own
 * account, whatever it runs (our services, the comparison gateways), without asking it over HTTP.
 * Resolution: one clock tick (10 ms), plenty over a run of thousands of requests.
 */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the parenthesised command name (which may contain spaces): state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** The bench's own process (its load generator shares the two cores with the services). */
export const ownCpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Busy CPU time of the whole machine so far, in ms (every core; /proc/stat's first line). */
export function machineBusyMs(): number {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
  return ((user! + nice! + system! + irq! + softirq! + (steal ?? 0)) * 1000) / TICKS_PER_SECOND;
}

const DATABASE_COMMANDS = new Set(['postgres', 'redis-server']);

/**
 * CPU used so far by every PostgreSQL and Redis process of the machine (BENCH_STORAGE=servers: the
 * subgraphs' database and cache run outside the bench's processes; anyone else's queries count too).
 */
export function databaseCpuMs(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (DATABASE_COMMANDS.has(readFileSync(`/proc/${entry}/comm`, 'utf8').trim())) total += processCpuMs(Number(entry));
    } catch {
      /* exited meanwhile */
    }
  }
  return total;
}

/** Whether the database processes are part of what a run costs (set once by the bench: servers storage). */
let countDatabases = false;
export function countDatabaseCpu(on: boolean): void {
  countDatabases = on;
}

export type CpuSnapshot = Record<string, number>;

export function snapshotCpu(processes: ReadonlyArray<{ name: string; pid: number }>): CpuSnapshot {
  const snapshot: CpuSnapshot = { bench: ownCpuMs() };
  for (const p of processes) snapshot[p.name] = processCpuMs(p.pid);
  if (countDatabases) snapshot.db = databaseCpuMs();
  return snapshot;
}

/** CPU ms per request of each process between two snapshots. */
export function cpuPerRequest(before: CpuSnapshot, after: CpuSnapshot, requests: number): Record<string, number> {
  return Object.fromEntries(Object.keys(after).map((name) => [name, requests > 0 ? (after[name]! - (before[name] ?? 0)) / requests : NaN]));
}

/**
 * Share of the machine's CPU that processes outside the bench used meanwhile (other people's tests, a
 * browser…): a run with much of it measured a busy machine, not the system.
 */
export class ForeignLoad {
  private readonly machine = machineBusyMs();
  private readonly started = performance.now();
  private readonly ours: number;

  constructor(private readonly processes: ReadonlyArray<{ name: string; pid: number }>) {
    this.ours = this.oursMs();
  }

  /** Every process of the bench that exists now: the given ones and the bench itself. */
  private oursMs(): number {
    let total = ownCpuMs() + (countDatabases ? databaseCpuMs() : 0);
    for (const p of this.processes) {
      try {
        total += processCpuMs(p.pid);
      } catch {
        /* exited */
      }
    }
    return total;
  }

  /** 0..1 of all cores since construction. */
  share(cores: number): number {
    const elapsed = performance.now() - this.started;
    const foreign = machineBusyMs() - this.machine - (this.oursMs() - this.ours);
    return Math.max(0, foreign / (elapsed * cores));
  }
}

/**
 * Waits (at most `maxWaitS`) until other processes use under `share` of the machine over one second.
 * Returns the seconds waited, or -1 when it never got that quiet.
 */
export async function waitForQuiet(everyone: ReadonlyArray<{ name: string; pid: number }>, cores: number, share: number, maxWaitS: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    const load = new ForeignLoad(everyone);
    await new Promise((r) => setTimeout(r, 1000));
    if (load.share(cores) < share) return Math.round((performance.now() - started) / 1000) - 1;
    if ((performance.now() - started) / 1000 >= maxWaitS) return -1;
  }
}

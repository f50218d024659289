// The bench's printout: one table of warm runs, one of cold runs, the ratios, and the goals with ✓/✗.
// Markdown tables, so a run pastes straight into the README.
import type { ColdRow } from './cold.js';
import type { FlowRow } from './flows.js';
import type { Target } from './config.js';
import type { WarmRow } from './warm.js';

const BASE_COLUMNS = ['gateway', 'identity', 'traffic', 'legacy', 'bench'] as const;
/** `db`: PostgreSQL + Redis, present with BENCH_STORAGE=servers. */
const cpuColumns = (rows: ReadonlyArray<{ cpuMsPerRequest: Record<string, number> }>) =>
  rows.some((r) => 'db' in r.cpuMsPerRequest) ? [...BASE_COLUMNS, 'db'] : [...BASE_COLUMNS];

export function table(head: string[], rows: Array<Array<string | number>>): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join(' | ')} |`;
  return [line(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...cells.slice(1).map(line)].join('\n');
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : '–');
const x = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : '–');
const pct = (share: number) => `${Math.round(share * 100)} %`;
const sum = (o: Record<string, number>) => Object.values(o).filter(Number.isFinite).reduce((a, b) => a + b, 0);

/** The CPU of the process playing "gateway" in a run (ours or a comparison gateway; each is named for its target). */
const gatewayCpu = (r: WarmRow) => r.cpuMsPerRequest[r.target] ?? NaN;

export function warmTable(rows: WarmRow[]): string {
  const CPU_COLUMNS = cpuColumns(rows);
  return table(
    ['target', 'conn', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'errors', 'legacy calls', 'fetches id/tr', ...CPU_COLUMNS.map((c) => `${c} CPU ms/req`), 'total CPU ms/req', 'other load'],
    rows.map((r) => [
      r.target,
      r.connections,
      r.rps,
      r.p50,
      r.p99,
      r.requests,
      r.errors,
      r.legacyCalls,
      `${(r.fetches.identity ?? 0).toFixed(2)}/${(r.fetches.traffic ?? 0).toFixed(2)}`,
      ...CPU_COLUMNS.map((c) => ms(c === 'gateway' ? gatewayCpu(r) : r.cpuMsPerRequest[c]!)),
      ms(sum(r.cpuMsPerRequest)),
      pct(r.foreignLoad),
    ]),
  );
}

export function coldTable(rows: ColdRow[]): string {
  const CPU_COLUMNS = cpuColumns(rows);
  return table(
    ['rate req/s', 'sent', 'ok', 'errors', 'p50 ms', 'p99 ms', 'max ms', 'p50/floor', 'p99/floor', 'legacy calls/query', 'all legacy calls/query', 'send lag ms', ...CPU_COLUMNS.map((c) => `${c} CPU ms/req`), 'other load'],
    rows.map((r) => [
      r.rate,
      r.sent,
      r.ok,
      r.errorCount ? `${r.errorCount} (${Object.entries(r.errors).map(([k, v]) => `${k}: ${v}`).join(', ')})` : 0,
      Math.round(r.p50),
      Math.round(r.p99),
      Math.round(r.max),
      x(r.p50 / r.floorMs),
      x(r.p99 / r.floorMs),
      r.legacyCallsPerQuery.toFixed(2),
      r.allLegacyCallsPerQuery.toFixed(2),
      Math.round(r.maxSendLagMs),
      ...CPU_COLUMNS.map((c) => ms(r.cpuMsPerRequest[c]!)),
      pct(r.foreignLoad),
    ]),
  );
}

/** Payment and booking: latency against one legacy wave, and legacy calls per answered request by system. */
export function flowTable(rows: FlowRow[], floorMs: number): string {
  const CPU_COLUMNS = ['gateway', 'identity', 'payment', 'queue', 'legacy', 'bench'];
  return table(
    ['flow', 'rate req/s', 'sent', 'ok', 'errors', 'p50 ms', 'p99 ms', 'max ms', 'p50/floor', 'p99/floor', 'legacy calls/request', 'by system', ...CPU_COLUMNS.map((c) => `${c} CPU ms/req`), 'other load'],
    rows.map((r) => [
      r.flow,
      r.rate,
      r.sent,
      r.ok,
      r.errorCount ? `${r.errorCount} (${Object.entries(r.errors).map(([k, v]) => `${k}: ${v}`).join(', ')})` : 0,
      Math.round(r.p50),
      Math.round(r.p99),
      Math.round(r.max),
      x(r.p50 / floorMs),
      x(r.p99 / floorMs),
      r.legacyCallsPerRequest.toFixed(2),
      Object.entries(r.bySystem).map(([system, n]) => `${system} ${n.toFixed(2)}`).join(', ') || '–',
      ...CPU_COLUMNS.map((c) => ms(r.cpuMsPerRequest[c]!)),
      pct(r.foreignLoad),
    ]),
  );
}

export interface Goal {
  name: string;
  value: string;
  goal: string;
  met: boolean | undefined;
}

export function ratios(warm: WarmRow[], connections: number[], cores: number): { lines: string[]; goals: Goal[] } {
  const lines: string[] = [];
  const goals: Goal[] = [];
  const find = (t: Target, c: number) => warm.find((r) => r.target === t && r.connections === c);
  for (const c of connections) {
    const ours = find('gateway', c);
    const direct = find('direct', c);
    if (ours && direct) {
      const ratio = ours.rps / direct.rps;
      lines.push(`${c} connections: federated / direct throughput ${ratio.toFixed(2)} (${ours.rps} / ${direct.rps} req/s)`);
      if (c === 50) goals.push({ name: 'federated / direct throughput at 50 connections', value: ratio.toFixed(2), goal: '≥ 0.33', met: ratio >= 0.33 });
    }
    if (ours) {
      // The gateway's share of the bill: what the rest of the path (identity, traffic, the load generator)
      // costs per federated request bounds the throughput on these cores even with a gateway that costs nothing.
      const rest = sum(ours.cpuMsPerRequest) - gatewayCpu(ours);
      const bound = (cores * 1000) / rest;
      lines.push(
        `${c} connections: CPU per federated request ${ms(sum(ours.cpuMsPerRequest))} ms, of which the gateway ${ms(gatewayCpu(ours))}; ` +
          `the rest alone (${ms(rest)} ms) caps ${cores} cores at ${Math.round(bound)} req/s${direct ? ` = ${(bound / direct.rps).toFixed(2)} of direct` : ''}`,
      );
    }
    const identity = find('identity-direct', c);
    if (identity && direct) lines.push(`${c} connections: each subgraph's part alone: identity ${identity.rps} req/s (${ms(identity.cpuMsPerRequest.identity!)} ms CPU), traffic ${direct.rps} req/s (${ms(direct.cpuMsPerRequest.traffic!)} ms CPU)`);
    if (!ours) continue;
    for (const other of ['stock-apollo', 'hive', 'hive-rust'] as const) {
      const r = find(other, c);
      if (!r) continue;
      lines.push(
        `${c} connections: ours / ${other}: throughput ${(ours.rps / r.rps).toFixed(2)}, gateway CPU per request ${(gatewayCpu(ours) / gatewayCpu(r)).toFixed(2)} ` +
          `(${ms(gatewayCpu(ours))} vs ${ms(gatewayCpu(r))} ms), whole path CPU per request ${(sum(ours.cpuMsPerRequest) / sum(r.cpuMsPerRequest)).toFixed(2)}`,
      );
    }
  }
  return { lines, goals };
}

export function coldGoals(cold: ColdRow[], rate = 300): Goal[] {
  const r = cold.find((row) => row.rate === rate);
  if (!r) return [];
  return [
    { name: `cold p50 at ${rate} req/s`, value: x(r.p50 / r.floorMs), goal: '≤ 1.10× floor', met: r.p50 / r.floorMs <= 1.1 },
    { name: `cold p99 at ${rate} req/s`, value: x(r.p99 / r.floorMs), goal: '≤ 1.25× floor', met: r.p99 / r.floorMs <= 1.25 },
    { name: `cold errors at ${rate} req/s`, value: String(r.errorCount), goal: '0', met: r.errorCount === 0 },
    { name: `legacy calls per cold query at ${rate} req/s`, value: r.legacyCallsPerQuery.toFixed(2), goal: '2', met: Math.abs(r.legacyCallsPerQuery - 2) < 0.005 },
  ];
}

export const goalTable = (goals: Goal[]) =>
  table(
    ['goal', 'measured', 'target', ''],
    goals.map((g) => [g.name, g.value, g.goal, g.met === undefined ? '–' : g.met ? '✓' : '✗']),
  );

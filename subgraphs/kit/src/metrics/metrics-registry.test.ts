import { createMetrics } from './create-metrics.js';
import { OperationLabels, persistedOperationNames } from './operation-labels.js';
import { sampleValue } from './read-samples.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { register as globalRegistry } from 'prom-client';

describe('createMetrics', () => {
  it('keeps each service instance in its own registry, never the global one', async () => {
    const a = createMetrics('svc-a', { processMetrics: false });
    const b = createMetrics('svc-a', { processMetrics: false });
    a.requests.record('One', 'ok', 0.01);
    expect(sampleValue(await a.render(), 'jingtong_graphql_requests_total', { operation: 'One' })).toBe(1);
    expect(sampleValue(await b.render(), 'jingtong_graphql_requests_total', { operation: 'One' })).toBe(0);
    expect(await globalRegistry.metrics()).not.toContain('jingtong_');
  });

  it('sets the job gauge per state from a collector at each scrape', async () => {
    const metrics = createMetrics('svc', { processMetrics: false });
    let counts: Record<string, number> = { pending: 3, dead: 1 };
    metrics.watchJobs(async () => counts);
    let text = await metrics.render();
    expect(sampleValue(text, 'jingtong_jobs', { state: 'pending' })).toBe(3);
    expect(sampleValue(text, 'jingtong_jobs', { state: 'dead' })).toBe(1);
    counts = { pending: 0, running: 2 };
    text = await metrics.render();
    expect(sampleValue(text, 'jingtong_jobs', { state: 'running' })).toBe(2);
    expect(text).not.toMatch(/jingtong_jobs\{[^}]*state="dead"/);
  });

  it('takes the job queue\'s own summary as it is, backlog included', async () => {
    const metrics = createMetrics('svc', { processMetrics: false });
    metrics.watchJobs(async () => ({ byState: { pending: 4, running: 0, done: 9, dead: 2 }, oldestDueAgeMs: 1500 }));
    const text = await metrics.render();
    expect(sampleValue(text, 'jingtong_jobs', { state: 'dead' })).toBe(2);
    expect(sampleValue(text, 'jingtong_jobs', { state: 'pending' })).toBe(4);
    expect(sampleValue(text, 'jingtong_jobs_oldest_due_seconds')).toBe(1.5);
  });

  it('still answers when a collector fails or hangs, and counts it', async () => {
    const metrics = createMetrics('svc', { processMetrics: false, collectorTimeoutMs: 50 });
    metrics.addCollector('broken', () => {
      throw new Error('database gone');
    });
    const stop = metrics.addCollector('stuck', () => new Promise<void>(() => undefined));
    const text = await metrics.render();
    expect(sampleValue(text, 'jingtong_metrics_collector_failures_total', { collector: 'broken' })).toBe(1);
    expect(sampleValue(text, 'jingtong_metrics_collector_failures_total', { collector: 'stuck' })).toBe(1);
    stop();
    expect(sampleValue(await metrics.render(), 'jingtong_metrics_collector_failures_total', { collector: 'stuck' })).toBe(1);
  });

  it('includes process metrics unless turned off', async () => {
    expect(await createMetrics('svc').render()).toContain('process_cpu_user_seconds_total');
    expect(await createMetrics('svc', { processMetrics: false }).render()).not.toContain('process_cpu_user_seconds_total');
  });
});

describe('OperationLabels', () => {
  it('admits only known names when given a set', () => {
    const labels = new OperationLabels({ known: ['MyVehicles'] });
    expect(labels.of('MyVehicles')).toBe('MyVehicles');
    expect(labels.of('MyVehicles__traffic__1')).toBe('MyVehicles');
    expect(labels.of('Whatever')).toBe('anonymous');
    expect(labels.of(undefined)).toBe('anonymous');
    expect(labels.of({ toString: () => 'x' })).toBe('anonymous');
  });

  it('caps the distinct names it admits without a set', () => {
    const labels = new OperationLabels({ max: 2 });
    expect([labels.of('A'), labels.of('B'), labels.of('C'), labels.of('A')]).toEqual(['A', 'B', 'anonymous', 'A']);
    expect(labels.of('not a name; drop table')).toBe('anonymous');
  });

  it('keeps double underscores inside a client name', () => {
    expect(new OperationLabels().of('My__Op__exit_entry__12')).toBe('My__Op');
  });

  it('reads the operation names of a persisted-documents manifest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jt-manifest-'));
    const path = join(dir, 'persisted-documents.json');
    writeFileSync(path, JSON.stringify({ a: 'query MyVehicles { me { id } }', b: 'fragment F on Citizen { id } mutation SignIn { x }' }));
    expect(persistedOperationNames(path).sort()).toEqual(['MyVehicles', 'SignIn']);
    expect(persistedOperationNames(join(dir, 'missing.json'))).toEqual([]);
  });
});

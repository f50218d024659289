import CircuitBreaker from 'opossum';
import soap from 'soap';
import type { Logger } from 'pino';
import { LegacyError, type LegacyFailure } from '../errors/legacy-error.js';
import type { Metrics } from '../metrics/create-metrics.js';
import type { BreakerState, LegacyOutcome } from '../metrics/legacy-metrics.js';
import { classifyLegacyError, faultOf, isCallerFault } from './classify-error.js';
import { decodeEnvelope, encodeEnvelope, operationsOf } from './envelope-codec.js';
import { createSoapTransport, type SoapHttpAnswer } from './undici-transport.js';

export interface SoapClientOptions {
  /** Legacy system id, e.g. `traffic`; used in logs, metrics and error details. */
  system: string;
  /** The pinned WSDL copy (file path) — we do not fetch a WSDL at start. */
  wsdlPath: string;
  /** Where calls go: the stand-in or the real endpoint. */
  endpoint: string;
  /** Per-call deadline. */
  deadlineMs: number;
  /** Calls in flight at most; more are refused at once (LEGACY_UNAVAILABLE) instead of queueing. */
  maxInFlight?: number;
  breaker?: { errorThresholdPercentage?: number; resetTimeoutMs?: number; volumeThreshold?: number; rollingCountTimeoutMs?: number };
  logger: Logger;
  /** The service's metrics: each call counted and timed per operation and outcome; the breaker's state. */
  metrics?: Metrics;
}

export interface SoapCallContext {
  requestId: string;
}

export interface LegacySoapClient {
  readonly system: string;
  call<T = unknown>(operation: string, args: object, ctx: SoapCallContext): Promise<T>;
  /** `closed` | `open` | `half-open`. */
  breakerState(): 'closed' | 'open' | 'half-open';
  close(): void;
}

/** A SOAP client over undici with keep-alive, a deadline per call, a circuit breaker and one log line per call. */
export async function createSoapClient(options: SoapClientOptions): Promise<LegacySoapClient> {
  // `soap` reads the pinned WSDL once (operations, SOAPActions, namespace); each message is encoded and decoded
  // by envelope-codec.ts, five to twenty times cheaper per call than `soap`'s schema-walking codec (README, Performance).
  const wsdl = await soap.createClientAsync(options.wsdlPath, { endpoint: options.endpoint, disableCache: true });
  const operations = operationsOf(wsdl, options.system);
  const transport = createSoapTransport({ deadlineMs: options.deadlineMs, maxSockets: options.maxInFlight ?? 64 });

  const invoke = async (operation: string, args: object): Promise<unknown> => {
    const op = operations.get(operation);
    if (!op) throw new Error(`Unknown operation ${options.system}.${operation}`);
    return resultOf(await transport.post(options.endpoint, op.soapAction, encodeEnvelope(op, args)));
  };

  const breaker = new CircuitBreaker(invoke, {
    timeout: false, // the transport's deadline is the timeout
    capacity: options.maxInFlight ?? 64,
    errorThresholdPercentage: options.breaker?.errorThresholdPercentage ?? 50,
    resetTimeout: options.breaker?.resetTimeoutMs ?? 10_000,
    volumeThreshold: options.breaker?.volumeThreshold ?? 10,
    rollingCountTimeout: options.breaker?.rollingCountTimeoutMs ?? 10_000,
    errorFilter: (error: unknown) => isCallerFault(error),
  });

  const log = options.logger.child({ system: options.system });
  const breakerState = (): BreakerState => (breaker.opened ? 'open' : breaker.halfOpen ? 'half-open' : 'closed');
  const calls = options.metrics?.legacy.forSystem(options.system);
  const unwatchBreaker = calls?.watchBreaker(breakerState);
  return {
    system: options.system,
    async call<T>(operation: string, args: object, ctx: SoapCallContext): Promise<T> {
      const started = performance.now();
      try {
        const result = (await breaker.fire(operation, args)) as T;
        const elapsed = performance.now() - started;
        calls?.record(operation, 'ok', elapsed / 1000);
        log.info({ requestId: ctx.requestId, operation, durationMs: Math.round(elapsed), outcome: 'ok' }, 'legacy call');
        return result;
      } catch (error) {
        const code = classifyLegacyError(error);
        const fault = faultOf(error);
        const elapsed = performance.now() - started;
        calls?.record(operation, outcomeOf(code, error), elapsed / 1000);
        log.warn(
          {
            requestId: ctx.requestId,
            operation,
            durationMs: Math.round(elapsed),
            outcome: code,
            // Fault codes and transport codes only: never the payload.
            faultcode: fault?.faultcode,
            transport: (error as { code?: string }).code,
          },
          'legacy call failed',
        );
        throw new LegacyError(code, options.system, operation, error);
      }
    },
    breakerState,
    close: () => {
      unwatchBreaker?.();
      breaker.shutdown();
      void transport.close();
    },
  };
}

/** The answer's result, or the error `classifyLegacyError` reads: a SOAP Fault (as `soap` throws it) or an HTTP status. */
function resultOf(answer: SoapHttpAnswer): unknown {
  let decoded: ReturnType<typeof decodeEnvelope> | undefined;
  try {
    decoded = decodeEnvelope(answer.body);
  } catch (error) {
    if (answer.status === 200) throw error;
  }
  if (decoded?.fault) {
    const { faultcode, faultstring } = decoded.fault;
    throw Object.assign(new Error(`${faultcode}: ${faultstring}`), { root: { Envelope: { Body: { Fault: decoded.fault } } }, response: { status: answer.status } });
  }
  if (answer.status !== 200 || !decoded) throw Object.assign(new Error(`legacy answered HTTP ${answer.status}`), { response: { status: answer.status } });
  return decoded.result;
}

const OUTCOME: Record<LegacyFailure, LegacyOutcome> = { LEGACY_FAULT: 'fault', LEGACY_TIMEOUT: 'timeout', LEGACY_UNAVAILABLE: 'unavailable' };

/** A refusal by the open breaker is its own outcome: the system was not even asked. */
const outcomeOf = (code: LegacyFailure, error: unknown): LegacyOutcome =>
  (error as { code?: string } | undefined)?.code === 'EOPENBREAKER' ? 'breaker-open' : OUTCOME[code];

/** The SOAP Fault string behind a LegacyError (e.g. `SESSION_INVALID`), for gateways that react to it. */
export const legacyFaultString = (error: unknown): string | undefined =>
  error instanceof LegacyError ? faultOf((error as { originalError?: unknown }).originalError)?.faultstring : undefined;

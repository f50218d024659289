/**
 * Routes of the plain HTTP stand-ins (/alipay/..., /wechat/...) on the shared server, with the
 * same handling as the SOAP systems: `down` answers nginx's 503 page, `timeout` holds the
 * request, latency delays it, a call is counted once its operation is known, and `errorRate`
 * answers that share of calls with the platform's own "system busy" reply.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CallCounters } from './counters.js';
import type { FaultBoard } from './faults.js';
import type { HeldRequests } from './held-requests.js';
import type { HttpCall, HttpReply, HttpRoute, HttpSystemInstance } from './http-system.js';
import { OUTAGE_PAGE } from './soap-routes.js';

export interface HttpRoutesDeps {
  systems: ReadonlyMap<string, HttpSystemInstance>;
  counters: CallCounters;
  faults: FaultBoard;
  held: HeldRequests;
  /** Aborted on close(), so pending latency timers do not outlive the server. */
  signal: AbortSignal;
}

const MAX_REQUEST_BYTES = 1024 * 1024;
const rawBodies = new WeakMap<FastifyRequest, string>();

export function httpSystemRoutes(deps: HttpRoutesDeps) {
  return async (app: FastifyInstance) => {
    // The exact text is kept beside the parsed body: WeChat Pay v3 signs the body as sent.
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: MAX_REQUEST_BYTES }, (request, body, done) => {
      rawBodies.set(request, body as string);
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });
    app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: MAX_REQUEST_BYTES }, (request, body, done) => {
      rawBodies.set(request, body as string);
      try {
        done(null, (body as string) === '' ? {} : JSON.parse(body as string));
      } catch {
        done(Object.assign(new Error('request body is not JSON'), { statusCode: 400 }), undefined);
      }
    });
    app.setErrorHandler((error: { statusCode?: number; message?: string }, _request, reply) => {
      const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
      void reply.code(status).send({ error: status === 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST', message: error.message ?? 'error' });
    });
    for (const [system, instance] of deps.systems) {
      for (const route of instance.routes) {
        app.route({
          method: route.method,
          url: `/${system}${route.url}`,
          handler: (request, reply) => handle(deps, system, instance, route, request, reply),
        });
      }
    }
  };
}

async function handle(deps: HttpRoutesDeps, system: string, instance: HttpSystemInstance, route: HttpRoute, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const { mode } = deps.faults.get(system);
  if (mode === 'down') {
    return void reply.code(503).header('connection', 'close').type('text/html').send(OUTAGE_PAGE);
  }
  if (mode === 'timeout') {
    reply.hijack();
    return deps.held.hold(system, request.raw, reply.raw);
  }
  const delay = deps.faults.delayFor(system);
  if (delay > 0) {
    try {
      await sleep(delay, undefined, { signal: deps.signal });
    } catch {
      reply.hijack(); // closing: the socket is being destroyed
      return;
    }
  }
  const call = toCall(system, request);
  let operation: string | undefined;
  try {
    operation = route.operationOf(call);
    if (operation) {
      deps.counters.increment(system, operation);
      if (deps.faults.shouldFail(system)) return send(reply, instance.internalError(call, operation));
    }
    return send(reply, route.handle(call, operation));
  } catch (error) {
    console.error(`[legacy] ${system}.${operation ?? call.path} failed`, error);
    return send(reply, instance.internalError(call, operation ?? ''));
  }
}

function toCall(system: string, request: FastifyRequest): HttpCall {
  const path = request.url.split('?')[0].slice(system.length + 1);
  return {
    method: request.method,
    path,
    url: request.url,
    params: strings(request.params),
    query: strings(request.query),
    form: strings(request.body),
    json: request.body,
    rawBody: rawBodies.get(request) ?? '',
    headers: request.headers,
  };
}

/** Only string fields count; anything else (nested JSON, arrays) is ignored as the platforms do. */
function strings(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

function send(reply: FastifyReply, answer: HttpReply): void {
  const body = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
  if (answer.headers) void reply.headers(answer.headers);
  void reply
    .code(answer.status ?? 200)
    .type(answer.contentType ?? 'application/json; charset=utf-8')
    .send(body);
}

/**
 * /<system> on the shared server: outage modes, latency, then node-soap. The body is read
 * raw (any content type) so node-soap and the pre-check see exactly what was sent.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FaultBoard } from './faults.js';
import type { HeldRequests } from './held-requests.js';
import { SoapFault, faultEnvelope, invalidRequest } from './soap-fault.js';
import type { SoapMount } from './soap-mount.js';

export interface SoapRoutesDeps {
  systems: readonly string[];
  /** Filled once the server listens (the WSDLs need the real address). */
  mounts: ReadonlyMap<string, SoapMount>;
  faults: FaultBoard;
  held: HeldRequests;
  /** Aborted on close(), so pending latency timers do not outlive the server. */
  signal: AbortSignal;
}

const MAX_REQUEST_BYTES = 1024 * 1024;

/** What nginx in front of the platform answers when the platform is down (HTTP stand-ins too). */
export const OUTAGE_PAGE =
  '<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n' +
  '<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

export function soapRoutes(deps: SoapRoutesDeps) {
  return async (app: FastifyInstance) => {
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_REQUEST_BYTES }, (_request, body, done) => done(null, body));
    app.setErrorHandler((error: { message?: string }, _request, reply) => {
      sendFault(reply, invalidRequest(`unreadable request: ${error.message ?? 'unknown error'}`));
    });
    for (const system of deps.systems) {
      app.route({ method: ['GET', 'POST'], url: `/${system}`, handler: (request, reply) => handle(deps, system, request, reply) });
    }
  };
}

async function handle(deps: SoapRoutesDeps, system: string, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const mount = deps.mounts.get(system);
  if (!mount) return void reply.code(503).type('text/plain').send('starting');
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
  if (request.method === 'POST') {
    const body = Buffer.isBuffer(request.body) ? request.body : undefined;
    const fault = mount.precheck(body?.toString('utf8') ?? '', header(request, 'soapaction'));
    if (fault) return sendFault(reply, fault);
    reply.hijack();
    return mount.dispatch(request.raw, reply.raw, body);
  }
  reply.hijack();
  mount.dispatch(request.raw, reply.raw);
}

function sendFault(reply: FastifyReply, fault: SoapFault): void {
  void reply.code(500).type('text/xml; charset=utf-8').send(faultEnvelope(fault));
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

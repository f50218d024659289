/**
 * Mounts one system on node-soap: soap.listen() on a node http.Server that never listens
 * itself; the shared HTTP layer hands it requests after fault injection and a pre-check.
 * The pre-check exists because node-soap answers malformed XML, unknown operations and
 * mismatched SOAPActions with plain-text 500s or SOAP 1.2-shaped faults.
 */
import { readFile } from 'node:fs/promises';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import soap, { WSDL, type IServices } from 'soap';
import type { CallCounters } from './counters.js';
import type { FaultBoard } from './faults.js';
import { describeIssues } from './message.js';
import { SoapFault, internalError, invalidRequest, toNodeSoapFault } from './soap-fault.js';
import type { Operation, SystemInstance, SystemModule } from './system.js';

const SOAP11_ENVELOPE_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
const FIRST_BODY_CHILD = /<(?:[\w.-]+:)?Body\b[^>]*>\s*<(?:[\w.-]+:)?([\w.-]+)/;

export interface SoapMount {
  readonly system: string;
  /** The WSDL as served, its soap:address pointing at this server. */
  readonly wsdl: string;
  /** Returns the fault to answer if node-soap could not route this request to an operation. */
  precheck(xml: string, soapAction: string | undefined): SoapFault | undefined;
  /** Hands a request, whose body was already read, to node-soap. */
  dispatch(request: IncomingMessage, response: ServerResponse, body?: Buffer): void;
}

export interface MountDeps {
  baseUrl: string;
  counters: CallCounters;
  faults: FaultBoard;
}

export async function mountSoapSystem(module: SystemModule, instance: SystemInstance, deps: MountDeps): Promise<SoapMount> {
  const wsdl = withAddress(await readFile(module.wsdlFile, 'utf8'), `${deps.baseUrl}/${module.id}`);
  // node-soap keeps the WSDL it serves from private; parse our own copy for routing checks.
  const parsed = new WSDL(wsdl, '', {});
  await new Promise<void>((resolve, reject) => parsed.onReady((error) => (error ? reject(error) : resolve())));
  const services: IServices = {};
  const actions = new Map<string, string>();
  for (const [serviceName, service] of Object.entries(parsed.definitions.services)) {
    const ports: Record<string, Record<string, (args: unknown) => unknown>> = {};
    for (const [portName, port] of Object.entries(service.ports)) {
      const methods = port.binding.methods;
      assertSameOperations(module.id, Object.keys(methods), Object.keys(instance.operations));
      ports[portName] = {};
      for (const [name, method] of Object.entries(methods)) {
        actions.set(name, method.soapAction ?? '');
        ports[portName][name] = soapMethod(module.id, name, instance.operations[name], deps);
      }
    }
    services[serviceName] = ports;
  }
  const host = http.createServer();
  await new Promise<void>((resolve, reject) => {
    soap.listen(host, {
      path: `/${module.id}`,
      services,
      xml: wsdl,
      suppressStack: true,
      callback: (error: unknown) => (error ? reject(error) : resolve()),
    });
  });

  return {
    system: module.id,
    wsdl,
    precheck: (xml, soapAction) => precheck(parsed, actions, xml, soapAction),
    dispatch(request, response, body) {
      // node-soap reads an already-consumed body from req.body (its Express support).
      if (body) Object.assign(request, { body });
      host.emit('request', request, response);
    },
  };
}

/** Count, validate, inject errors, run; every failure leaves as a SOAP 1.1 fault. */
function soapMethod(system: string, name: string, operation: Operation, deps: MountDeps) {
  return (args: unknown) => {
    deps.counters.increment(system, name);
    try {
      const parsed = operation.request.safeParse(args);
      if (!parsed.success) throw invalidRequest(`${name}: ${describeIssues(parsed.error)}`);
      if (deps.faults.shouldFail(system)) throw internalError('injected fault (errorRate)');
      return operation.handle(parsed.data);
    } catch (error) {
      if (error instanceof SoapFault) throw toNodeSoapFault(error);
      console.error(`[legacy] ${system}.${name} failed`, error);
      throw toNodeSoapFault(internalError('unexpected error'));
    }
  };
}

function precheck(wsdlDoc: WSDL, actions: ReadonlyMap<string, string>, xml: string, soapAction: string | undefined): SoapFault | undefined {
  if (!xml.trim()) return invalidRequest('empty request body');
  if (!xml.includes(SOAP11_ENVELOPE_NS)) return invalidRequest(`not a SOAP 1.1 envelope (${SOAP11_ENVELOPE_NS})`);
  let envelope: { Body?: unknown };
  try {
    envelope = wsdlDoc.xmlToObject(xml);
  } catch (error) {
    // node-soap's parser also throws on well-formed XML naming an element the WSDL lacks.
    const element = FIRST_BODY_CHILD.exec(xml)?.[1];
    if (element && !actions.has(element)) return invalidRequest(`unknown operation: ${element}`);
    return invalidRequest(`malformed XML: ${parseErrorText(error)}`);
  }
  const body = envelope?.Body;
  if (!body || typeof body !== 'object') return invalidRequest('empty or missing soap:Body');
  const elements = Object.keys(body).filter((key) => key !== 'attributes');
  if (elements.length !== 1) return invalidRequest(`soap:Body must hold exactly one operation element, found ${elements.length}`);
  const operation = elements[0];
  if (!actions.has(operation)) return invalidRequest(`unknown operation: ${operation}`);
  const action = soapAction?.replace(/^"|"$/g, '');
  if (action && action !== actions.get(operation) && action !== operation) {
    return invalidRequest(`SOAPAction ${action} does not match operation ${operation}`);
  }
  return undefined;
}

function parseErrorText(error: unknown): string {
  const fault = (error as { Fault?: { detail?: unknown } })?.Fault;
  const text = fault ? String(fault.detail) : error instanceof Error ? error.message : String(error);
  return text.split('\n')[0].replace(/^Error: /, '');
}

function assertSameOperations(system: string, declared: string[], implemented: string[]): void {
  const missing = declared.filter((op) => !implemented.includes(op));
  const extra = implemented.filter((op) => !declared.includes(op));
  if (missing.length || extra.length) {
    throw new Error(`${system}: WSDL and implementation differ (not implemented: ${missing.join(', ') || '-'}; not in WSDL: ${extra.join(', ') || '-'})`);
  }
}

/** The WSDL on disk names the default address; callers must be sent to the real one. */
function withAddress(wsdl: string, location: string): string {
  return wsdl.replace(/(<soap:address\s+location=")[^"]*(")/g, `$1${location}$2`);
}

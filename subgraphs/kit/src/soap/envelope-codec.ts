import { escapeText, escapeAttribute } from 'entities';
import { Parser } from 'htmlparser2';
import type soap from 'soap';
import type { SoapFaultInfo } from './classify-error.js';

/** What a call needs from the pinned WSDL, read once by `soap` at start. */
export interface SoapOperation {
  name: string;
  soapAction: string;
  namespace: string;
}

const SOAP11 = 'http://schemas.xmlsoap.org/soap/envelope/';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/**
 * The operations of a document/literal-wrapped SOAP 1.1 WSDL with qualified elements — what every legacy
 * system of the tender publishes (head/body messages, 2.6.1.1). Anything else is refused at start, so a new
 * WSDL that needs `soap`'s full codec says so instead of being encoded wrongly.
 */
export function operationsOf(client: soap.Client, system: string): Map<string, SoapOperation> {
  const definitions = (client as unknown as { wsdl: { definitions: WsdlDefinitions } }).wsdl.definitions;
  for (const schema of Object.values(definitions.schemas)) {
    if (schema.$elementFormDefault !== 'qualified') throw new Error(`${system}: the lean SOAP codec needs elementFormDefault="qualified"`);
  }
  const operations = new Map<string, SoapOperation>();
  for (const service of Object.values(definitions.services)) {
    for (const port of Object.values(service.ports)) {
      for (const [name, method] of Object.entries(port.binding.methods)) {
        if (method.style !== 'document') throw new Error(`${system}.${name}: the lean SOAP codec needs document/literal`);
        operations.set(name, { name, soapAction: method.soapAction ?? '', namespace: method.input?.targetNamespace ?? definitions.$targetNamespace });
      }
    }
  }
  return operations;
}

interface WsdlDefinitions {
  $targetNamespace: string;
  schemas: Record<string, { $elementFormDefault?: string }>;
  services: Record<string, { ports: Record<string, { binding: { methods: Record<string, { style?: string; soapAction?: string; input?: { targetNamespace?: string } }> } }> }>;
}

/**
 * One request envelope: the wrapper element in the operation's namespace, the arguments as its children, as
 * `soap` encodes them: undefined is left out, null is `xsi:nil`, a list repeats its element. Element names are
 * our own (the gateways in legacy-clients), values are escaped by `entities`; hand-written because an XML
 * builder library costs more than the dozen lines it would replace on every legacy call.
 */
export function encodeEnvelope(operation: SoapOperation, args: object): string {
  return `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="${SOAP11}" xmlns:xsi="${XSI}"><soap:Body><${operation.name} xmlns="${escapeAttribute(operation.namespace)}">${children(args)}</${operation.name}></soap:Body></soap:Envelope>`;
}

function children(value: object): string {
  let xml = '';
  for (const [name, v] of Object.entries(value)) {
    if (Array.isArray(v)) for (const item of v) xml += element(name, item);
    else xml += element(name, v);
  }
  return xml;
}

function element(name: string, v: unknown): string {
  if (v === undefined) return '';
  if (v === null) return `<${name} xsi:nil="true"/>`;
  return `<${name}>${typeof v === 'object' ? children(v) : escapeText(String(v))}</${name}>`;
}

export interface DecodedEnvelope {
  /** The content of the response wrapper (`<opResponse>`): `{ head, body }` for the tender's systems. */
  result?: Record<string, unknown>;
  fault?: SoapFaultInfo;
}

interface Frame {
  name: string;
  value: Record<string, unknown>;
  text: string;
  hasChildren: boolean;
}

const localName = (qname: string) => {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
};

/**
 * The answer as plain values: names without prefixes, leaves as trimmed text (the mappers in legacy-clients
 * convert), a repeated element as a list, as `soap` yields them. htmlparser2's tokenizer in XML mode is about
 * five times cheaper than `soap`'s sax-based, schema-walking decoder on a traffic answer.
 */
export function decodeEnvelope(xml: string): DecodedEnvelope {
  // SOAP forbids a DTD (SOAP 1.1 §3); refusing it keeps entity definitions out altogether.
  if (/<!DOCTYPE/i.test(xml)) throw badResponse('legacy answer carries a DTD');
  const root: Frame = { name: '', value: {}, text: '', hasChildren: false };
  const parents: Frame[] = [];
  let top = root;
  const parser = new Parser(
    {
      onopentagname(name) {
        top.hasChildren = true;
        parents.push(top);
        top = { name: localName(name), value: {}, text: '', hasChildren: false };
      },
      ontext(text) {
        top.text += text;
      },
      onclosetag() {
        const frame = top;
        top = parents.pop() ?? root;
        const value = frame.hasChildren ? frame.value : frame.text.trim();
        const existing = top.value[frame.name];
        if (existing === undefined) top.value[frame.name] = value;
        else if (Array.isArray(existing)) existing.push(value);
        else top.value[frame.name] = [existing, value];
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  const body = (root.value.Envelope as { Body?: unknown } | undefined)?.Body;
  if (!body || typeof body !== 'object') throw badResponse('legacy answer is not a SOAP envelope');
  const content = body as Record<string, unknown>;
  if (content.Fault) return { fault: content.Fault as SoapFaultInfo };
  const [wrapper] = Object.values(content);
  return { result: wrapper && typeof wrapper === 'object' ? (wrapper as Record<string, unknown>) : {} };
}

const badResponse = (message: string) => Object.assign(new Error(message), { code: 'ERR_BAD_RESPONSE' });

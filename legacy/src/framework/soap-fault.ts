/**
 * SOAP 1.1 faults. Every failure that is not a business result (RESULT=1) leaves the
 * stand-ins as one of these, with HTTP 500 as SOAP 1.1 requires, never as a stack trace.
 *
 * | faultcode   | faultstring     | when                                                        |
 * | soap:Client | INVALID_REQUEST | not XML, not a SOAP 1.1 envelope, unknown operation, a body  |
 * |             |                 | that does not match the operation's WSDL element             |
 * | soap:Client | SESSION_INVALID | traffic: sessionKey missing, unknown or expired               |
 * | soap:Server | INTERNAL_ERROR  | injected errors (errorRate) and unexpected exceptions         |
 *
 * A system may refuse a write with a code of its own (traffic: ALREADY_PAID, AMOUNT_MISMATCH, …).
 */
export type FaultCode = 'soap:Client' | 'soap:Server';
export type FaultString = 'INVALID_REQUEST' | 'SESSION_INVALID' | 'INTERNAL_ERROR';

export class SoapFault extends Error {
  constructor(
    readonly faultcode: FaultCode,
    /** The framework's FaultString, or a refusal code of the system's own. */
    readonly faultstring: string,
    /** Technical explanation for the caller's logs; goes to <detail><message>. */
    readonly detail: string,
    /** Further <detail> children after <message>, for values the caller acts on (e.g. an expected amount). */
    readonly extra: Readonly<Record<string, string>> = {},
  ) {
    super(`${faultcode}: ${faultstring} (${detail})`);
    this.name = 'SoapFault';
  }
}

export const invalidRequest = (detail: string) => new SoapFault('soap:Client', 'INVALID_REQUEST', detail);
export const sessionInvalid = (detail: string) => new SoapFault('soap:Client', 'SESSION_INVALID', detail);
export const internalError = (detail: string) => new SoapFault('soap:Server', 'INTERNAL_ERROR', detail);

/** The shape node-soap's server turns into a SOAP 1.1 <soap:Fault> (with HTTP 500). */
export function toNodeSoapFault(fault: SoapFault) {
  return {
    Fault: { faultcode: fault.faultcode, faultstring: fault.faultstring, detail: { message: fault.detail, ...fault.extra }, statusCode: 500 },
  };
}

/** The same fault as node-soap writes it, for requests rejected before node-soap sees them. */
export function faultEnvelope(fault: SoapFault): string {
  return (
    '<?xml version="1.0" encoding="utf-8"?>' +
    '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault>' +
    `<faultcode>${fault.faultcode}</faultcode><faultstring>${fault.faultstring}</faultstring>` +
    `<detail><message>${escapeXml(fault.detail)}</message></detail>` +
    '</soap:Fault></soap:Body></soap:Envelope>'
  );
}

const XML_ESCAPES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => XML_ESCAPES[c]);
}

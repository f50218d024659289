import { decodeEnvelope, encodeEnvelope } from './envelope-codec.js';

const op = { name: 'queryVehiclesByPlates', soapAction: 'urn:t/queryVehiclesByPlates', namespace: 'urn:t' };

describe('SOAP envelope codec', () => {
  it('encodes the wrapper in the operation namespace: lists repeat, null is xsi:nil, undefined is left out, text is escaped', () => {
    const xml = encodeEnvelope(op, { head: { sysCode: 'JT', requestId: 'r1', sessionKey: undefined }, body: { plate: ['豫K·A1234', 'a&b<c>'], owner: null } });
    expect(xml).toContain('<soap:Body><queryVehiclesByPlates xmlns="urn:t"><head><sysCode>JT</sysCode><requestId>r1</requestId></head>');
    expect(xml).toContain('<body><plate>豫K·A1234</plate><plate>a&amp;b&lt;c&gt;</plate><owner xsi:nil="true"/></body>');
    expect(xml).not.toContain('sessionKey');
  });

  it('decodes the response wrapper without prefixes, keeping values as text and repeated elements as a list', () => {
    const decoded = decodeEnvelope(
      '<?xml version="1.0"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><t:qResponse xmlns:t="urn:t">' +
        '<t:head><t:RESULT>0</t:RESULT><t:ERROR></t:ERROR></t:head><t:body><t:v><t:plate>豫K·A1234</t:plate><t:points>03</t:points></t:v><t:v><t:plate>a&amp;b</t:plate></t:v></t:body>' +
        '</t:qResponse></s:Body></s:Envelope>',
    );
    expect(decoded).toEqual({ result: { head: { RESULT: '0', ERROR: '' }, body: { v: [{ plate: '豫K·A1234', points: '03' }, { plate: 'a&b' }] } } });
    const cdata = decodeEnvelope('<soap:Envelope xmlns:soap="x"><soap:Body><r><note><![CDATA[<b>&</b>]]></note><e/></r></soap:Body></soap:Envelope>');
    expect(cdata).toEqual({ result: { note: '<b>&</b>', e: '' } });
  });

  it('decodes a SOAP Fault as the fault, and refuses an answer that is no envelope or carries a DTD', () => {
    const fault = decodeEnvelope(
      '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault><faultcode>soap:Client</faultcode><faultstring>SESSION_INVALID</faultstring></soap:Fault></soap:Body></soap:Envelope>',
    );
    expect(fault).toEqual({ fault: { faultcode: 'soap:Client', faultstring: 'SESSION_INVALID' } });
    expect(() => decodeEnvelope('<html>busy</html>')).toThrow(expect.objectContaining({ code: 'ERR_BAD_RESPONSE' }));
    const laughs = '<!DOCTYPE e [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><r>&b;</r></soap:Body></soap:Envelope>';
    expect(() => decodeEnvelope(laughs)).toThrow(expect.objectContaining({ code: 'ERR_BAD_RESPONSE' }));
  });
});

import { startLegacy, type LegacyServer } from '../index.js';
import { call, envelope, head, postRaw, soapClient } from '../testing/soap-clients.js';

let legacy: LegacyServer;

beforeAll(async () => {
  legacy = await startLegacy({ port: 0, persons: 500, vehicles: 1000 });
}, 30_000);

afterAll(() => legacy?.close());

const TRAFFIC_NS = 'http://jingtong.gov.cn/legacy/traffic';
const POPULATION_NS = 'http://jingtong.gov.cn/legacy/population';
const population = (inner: string) => envelope(`<queryPersons xmlns="${POPULATION_NS}">${inner}</queryPersons>`);
const goodHead = '<head><sysCode>T</sysCode><requestId>1</requestId></head>';

function expectClientFault(response: { status: number; contentType: string | null; text: string }, detail: RegExp) {
  expect(response.status).toBe(500);
  expect(response.contentType).toMatch(/^text\/xml/);
  expect(response.text).toContain('<faultcode>soap:Client</faultcode><faultstring>INVALID_REQUEST</faultstring>');
  expect(response.text).toMatch(detail);
}

describe('requests that do not match the WSDL get a soap:Client fault', () => {
  const cases: [string, string, RegExp, Record<string, string>?][] = [
    ['malformed XML', '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><queryPersons>', /malformed XML/],
    ['not XML at all', 'hello', /not a SOAP 1.1 envelope/],
    ['an empty body', '', /empty request body/],
    ['a SOAP 1.2 envelope', '<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"><env:Body/></env:Envelope>', /not a SOAP 1.1 envelope/],
    ['an empty soap:Body', envelope(''), /empty or missing soap:Body/],
    ['an unknown operation', envelope(`<dropTables xmlns="${POPULATION_NS}"/>`), /unknown operation: dropTables/],
    ['an operation of another system', envelope(`<serverHander xmlns="${TRAFFIC_NS}"><head/><body/></serverHander>`), /unknown operation: serverHander/],
    ['two operation elements', envelope(`<countSameName>${goodHead}<body><name>王伟</name></body></countSameName><queryPersons/>`), /exactly one operation element/],
    ['the same operation twice', envelope(`<countSameName>${goodHead}<body><name>王伟</name></body></countSameName><countSameName/>`), /countSameName/],
    ['a missing required element', population('<head><sysCode>T</sysCode></head><body/>'), /head\.requestId/],
    ['an unknown element', population(`${goodHead}<body><idNumber>11010519491231002X</idNumber><password>x</password></body>`), /Unrecognized key.*password/],
    ['a repeated single element', population('<head><sysCode>T</sysCode><sysCode>U</sysCode><requestId>1</requestId></head><body/>'), /head\.sysCode/],
    ['text where elements belong', population('<head>oops</head><body/>'), /head/],
    ['elements where text belongs', population(`${goodHead}<body><idNumber><a>1</a></idNumber></body>`), /body\.idNumber/],
    ['a SOAPAction naming another operation', population(`${goodHead}<body/>`), /SOAPAction/, { soapaction: `"${POPULATION_NS}/countSameName"` }],
  ];

  // Rest parameters: with more declared parameters than columns, jest would pass `done`.
  it.each(cases)('%s', async (...[, body, detail, headers]) => {
    expectClientFault(await postRaw(`${legacy.url}/population`, body, headers), detail);
  });

  it('a JSON body', async () => {
    expectClientFault(await postRaw(`${legacy.url}/population`, '{"idNumber":"1"}', { 'content-type': 'application/json' }), /not a SOAP 1.1 envelope/);
  });

  it('a body over 1 MiB', async () => {
    expectClientFault(await postRaw(`${legacy.url}/population`, population(`${goodHead}<body>${'<idNumber>1</idNumber>'.repeat(60_000)}</body>`)), /unreadable request/);
  });

  it('counts a request that reached its operation, but not one that never named one', async () => {
    legacy.reset();
    await postRaw(`${legacy.url}/population`, population('<head/><body/>'));
    await postRaw(`${legacy.url}/population`, 'garbage');
    expect(legacy.stats().population).toEqual({ queryPersons: 1, countSameName: 0 });
  });

  it('keeps serving real clients afterwards', async () => {
    const client = await soapClient(legacy, 'population');
    const id = legacy.seed.persons[0].idNumber;
    const result = await call(client, 'queryPersons', { head: head(), body: { idNumber: [id] } });
    expect(result.body.person[0].idNumber).toBe(id);
  });
});

describe('WSDL', () => {
  it('is served at ?wsdl with the real address of the endpoint', async () => {
    for (const system of ['traffic', 'population'] as const) {
      const response = await fetch(legacy.wsdlUrl(system));
      expect(response.status).toBe(200);
      const wsdl = await response.text();
      expect(wsdl).toContain(`targetNamespace="http://jingtong.gov.cn/legacy/${system}"`);
      expect(wsdl).toContain(`<soap:address location="${legacy.url}/${system}"/>`);
    }
  });
});

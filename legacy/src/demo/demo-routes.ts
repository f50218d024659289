/**
 * What a newcomer needs to walk every flow, served by the stand-ins themselves:
 *   GET /__legacy/demo                       -> the demo page (HTML, Chinese)
 *   GET /__legacy/demo.json, ?format=json    -> { referenceDate, citizens: DemoCitizen[] }
 *   GET /__legacy/demo/face/<idNumber>.svg   -> that person's ID photo, the exact bytes the face stand-in matches
 */
import type { FastifyInstance } from 'fastify';
import { fakePhoto, type SeedData } from '../seed/index.js';
import { normalizeIdNumber } from '../systems/shared/keys.js';
import { DEMO_FACE_ROUTE, demoCitizens, type DemoCitizen } from './demo-citizens.js';
import { renderDemoPage } from './demo-page.js';

// The page has no script and loads only its own photos.
const PAGE_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'";

export function demoRoutes(seed: SeedData) {
  let citizens: DemoCitizen[] | undefined;
  // Built on first use: a stand-in started only for a test never pays for it.
  const roster = () => (citizens ??= demoCitizens(seed));
  const json = () => ({ referenceDate: seed.options.referenceDate, citizens: roster() });

  return (app: FastifyInstance) => {
    app.get('/__legacy/demo', async (request, reply) => {
      if ((request.query as { format?: unknown }).format === 'json') return json();
      return reply
        .type('text/html; charset=utf-8')
        .header('content-security-policy', PAGE_POLICY)
        .header('cache-control', 'no-store')
        .send(renderDemoPage(roster(), { sms: '/__legacy/sms' }));
    });
    app.get('/__legacy/demo.json', async () => json());

    // SVG because that is what the population register holds (fakePhoto): the face stand-in compares
    // sha256 of the uploaded bytes, so a PNG or JPEG rendering of it would never match.
    app.get(`${DEMO_FACE_ROUTE}/:file`, async (request, reply) => {
      const { file } = request.params as { file: string };
      const idNumber = /^([0-9]{17}[0-9Xx])\.svg$/.exec(file)?.[1];
      const person = idNumber ? seed.personById(normalizeIdNumber(idNumber)) : undefined;
      if (!person) return reply.code(404).send({ error: 'NOT_FOUND', message: '没有此人的证件照（地址应为 /__legacy/demo/face/<身份证号>.svg）' });
      if ((request.query as { download?: unknown }).download !== undefined) {
        reply.header('content-disposition', `attachment; filename="face-${person.idNumber}.svg"`);
      }
      return reply
        .type('image/svg+xml')
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
        .header('cache-control', 'public, max-age=86400')
        .send(fakePhoto(person.idNumber));
    });
  };
}

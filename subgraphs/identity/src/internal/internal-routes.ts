import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { IdentityDeps } from '../deps.js';
import { touchSession } from '../modules/officers/session-repository.js';
import { findActivePartnerKeyByPrefix } from '../modules/partners/partner-key-repository.js';
import { partnerKeyPrefix } from '../modules/partners/partner-key-secret.js';
import { type Caller, requireSignedCaller } from '@jingtong/kit';
import { hasVehicleBinding } from '../modules/citizens/bindings/bindings.repository.js';

const TouchBody = z.object({ sid: z.string().min(1).max(64) });
const ResolveBody = z.object({ key: z.string().min(1).max(256) });
const BindingBody = z.object({ citizenId: z.string().min(1).max(64), plate: z.string().min(7).max(10) });

/**
 * Routes the gateway calls on its hot path, outside GraphQL:
 * - POST /internal/sessions/touch { sid }  -> 200 { ok: true, officerId, roles, unit } (and the session lives on)
 *                                           | 401 { ok: false, reason: IDLE_EXPIRED | EXPIRED | REVOKED | UNKNOWN }
 * - POST /internal/partner-keys/resolve { key } -> 200 { partnerId, keyId, name, scopes, ratePerMinute, costBudgetPerDay }
 *                                                | 404 { ok: false } for an unknown, revoked or expired key
 * - POST /internal/citizens/vehicle-binding { citizenId, plate } -> 200 { bound } — other subgraphs (a signed
 *   `service` caller only) asking before a citizen acts on a vehicle (e.g. traffic before a fine is paid)
 * All: 401 { ok: false, code: CALLER_SIGNATURE_INVALID } without a signed caller header; 400 on a bad body.
 */
export function registerInternalRoutes(app: FastifyInstance, deps: IdentityDeps): void {
  const preHandler = requireSignedCaller(deps.env.CALLER_SIGNING_SECRET, app.callerNonces);

  app.post('/internal/sessions/touch', { preHandler }, async (request, reply) => {
    const body = TouchBody.safeParse(request.body);
    if (!body.success) return reply.code(400).send({ ok: false, code: 'BAD_USER_INPUT' });
    const result = await touchSession(deps.database.db, body.data.sid, deps.env.OFFICER_IDLE_TIMEOUT_SECONDS);
    return reply.code(result.ok ? 200 : 401).send(result);
  });

  app.post('/internal/citizens/vehicle-binding', { preHandler }, async (request, reply) => {
    if ((request as typeof request & { caller?: Caller }).caller?.kind !== 'service') return reply.code(403).send({ ok: false, code: 'FORBIDDEN' });
    const body = BindingBody.safeParse(request.body);
    if (!body.success) return reply.code(400).send({ ok: false, code: 'BAD_USER_INPUT' });
    return { bound: await hasVehicleBinding(deps.database.db, deps.cipher, body.data.citizenId, body.data.plate) };
  });

  app.post('/internal/partner-keys/resolve', { preHandler }, async (request, reply) => {
    const body = ResolveBody.safeParse(request.body);
    if (!body.success) return reply.code(400).send({ ok: false, code: 'BAD_USER_INPUT' });
    const prefix = partnerKeyPrefix(body.data.key);
    const row = prefix ? await findActivePartnerKeyByPrefix(deps.database.db, prefix) : undefined;
    if (!row || !deps.partners.keyHasher.matches(body.data.key, row.key_hash)) return reply.code(404).send({ ok: false });
    return {
      partnerId: row.partner_id,
      keyId: row.id,
      name: row.partner_name,
      scopes: row.scopes,
      ratePerMinute: row.rate_per_minute,
      costBudgetPerDay: row.cost_budget_per_day,
    };
  });
}

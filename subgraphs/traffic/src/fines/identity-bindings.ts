import { callPeer } from '@jingtong/kit';

/** Whether a plate is bound to a citizen: identity owns bindings (the user centre, 2.3.5.4). */
export interface VehicleBindings {
  isBound(citizenId: string, plate: string, requestId: string): Promise<boolean>;
}

/**
 * Asked of identity's internal route before a citizen acts on a vehicle (pays its fine): a read, signed like
 * an outbox call, not a cross-subgraph effect. Its failure fails the mutation (the citizen may try again).
 */
export function identityVehicleBindings(options: { identityUrl: () => string; secret: string }): VehicleBindings {
  return {
    async isBound(citizenId, plate, requestId) {
      const answer = await callPeer<{ bound: boolean }>({ baseUrl: options.identityUrl(), path: '/internal/citizens/vehicle-binding', body: { citizenId, plate }, from: 'traffic', secret: options.secret, key: requestId, timeoutMs: 3000 });
      return answer.bound === true;
    },
  };
}

import DataLoader from 'dataloader';
import type { CallContext, TrafficGateway, Vehicle, Violation } from '../legacy/traffic-gateway.js';

/** Per-request DataLoaders over the (cached) platform: each batch is one platform call at most. */
export function trafficLoaders(traffic: TrafficGateway, ctx: CallContext) {
  return {
    vehiclesByOwner: new DataLoader<string, Vehicle[]>(async (owners) => {
      const found = await traffic.vehiclesByOwners(owners, ctx);
      return owners.map((o) => found.get(o) ?? []);
    }),
    vehicleByPlate: new DataLoader<string, Vehicle | null>(async (plates) => {
      const found = await traffic.vehiclesByPlates(plates, ctx);
      return plates.map((p) => found.get(p) ?? null);
    }),
    violationsByPlate: new DataLoader<string, Violation[]>(async (plates) => {
      const found = await traffic.violationsByPlates(plates, ctx);
      return plates.map((p) => found.get(p) ?? []);
    }),
  };
}

import DataLoader from 'dataloader';
import type { CallContext, TrafficGateway, Vehicle, Violation } from '@jingtong/legacy-clients/traffic';

/** The platform answers at most 100 keys per call. */
const batch = { maxBatchSize: 100 };

/** Per-request DataLoaders over the (cached) platform: each batch is one platform call at most. */
export function trafficLoaders(traffic: TrafficGateway, ctx: CallContext) {
  return {
    vehicleByPlate: new DataLoader<string, Vehicle | null>(async (plates) => {
      const found = await traffic.vehiclesByPlates(plates, ctx);
      return plates.map((p) => found.get(p) ?? null);
    }, batch),
    violationsByPlate: new DataLoader<string, Violation[]>(async (plates) => {
      const found = await traffic.violationsByPlates(plates, ctx);
      return plates.map((p) => found.get(p) ?? []);
    }, batch),
  };
}

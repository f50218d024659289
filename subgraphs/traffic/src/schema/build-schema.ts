import { buildFederatedSchema } from '@jingtong/kit';
import { CitizenVehiclesResolver } from '../resolvers/citizen-vehicles.resolver.js';
import { FinePaymentResolver } from '../resolvers/fine-payment.resolver.js';
import { VehicleQueryResolver } from '../resolvers/vehicle-query.resolver.js';
import { VehicleViolationsResolver } from '../resolvers/vehicle-violations.resolver.js';
import { resolveCitizenReference } from './citizen.reference.js';
import { Citizen } from './citizen.type.js';
import { PaymentOrderRef } from './payment-order.reference.js';
import { resolveVehicleReference } from './vehicle.reference.js';
import { Vehicle } from './vehicle.type.js';
import { Violation } from './violation.type.js';

export const buildTrafficSchema = () =>
  buildFederatedSchema({
    resolvers: [CitizenVehiclesResolver, VehicleViolationsResolver, VehicleQueryResolver, FinePaymentResolver],
    orphanedTypes: [Citizen, Vehicle, Violation, PaymentOrderRef],
    references: { Citizen: resolveCitizenReference, Vehicle: resolveVehicleReference },
    auditTrail: 'traffic',
    jobQueue: 'traffic',
  });

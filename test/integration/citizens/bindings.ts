import type { Stack } from '../../kit/stack.js';
import { alipaySignIn, auditRows, CHINESE, CitizenSession, claimsOf, delta, masked, type People, Q, wechatSignIn } from '../citizens.support.js';
import type { CitizensPart } from './citizens-world.js';

/** A citizen's vehicles and driving licence, checked against the traffic platform and read by traffic. */
export const bindings: CitizensPart = {
  title: 'bindings',
  define(world) {
    let stack: Stack;
    let people: People;
    beforeAll(() => {
      ({ stack, people } = world);
    });

    it('binds own vehicles and licence (refusing others), and traffic lists exactly the bound vehicles in one platform call', async () => {
      const person = people.take((p) => stack.legacy.seed.vehiclesByOwner(p.idNumber).length >= 2 && !!stack.legacy.seed.licenceById(p.idNumber));
      const [first, second] = stack.legacy.seed.vehiclesByOwner(person.idNumber);
      const licence = stack.legacy.seed.licenceById(person.idNumber)!;
      world.written.set(licence.fileNumber, 'licence file number');
      const someoneElse = people.take((p) => stack.legacy.seed.vehiclesByOwner(p.idNumber).length >= 1);
      const theirPlate = stack.legacy.seed.vehiclesByOwner(someoneElse.idNumber)[0].plate;

      const level0 = new CitizenSession(stack, (await wechatSignIn(stack, `wx-b-${person.idNumber.slice(-6)}`)).token!);
      expect((await level0.gql(Q.bindVehicle, { p: first.plate })).body.errors![0].extensions).toMatchObject({ code: 'ASSURANCE_REQUIRED', requiredLevel: 1 });

      const session = new CitizenSession(stack, (await alipaySignIn(stack, person)).token!);
      expect((await session.gql(Q.vehicles)).body.data.me.vehicles).toEqual([]);

      // Without the dot and in lower case: normalised to the platform's form.
      const compact = first.plate.replace('·', '').toLowerCase();
      const bound = (await session.gql(Q.bindVehicle, { p: compact })).body.data.bindVehicle;
      expect(bound).toEqual({ bindings: { vehicles: [{ plate: first.plate }] }, error: null });
      expect((await session.gql(Q.bindVehicle, { p: first.plate })).body.data.bindVehicle.error.code).toBe('ALREADY_BOUND');
      expect((await session.gql(Q.bindVehicle, { p: theirPlate })).body.data.bindVehicle).toMatchObject({ bindings: null, error: { code: 'VEHICLE_NOT_OWNED', message: expect.stringMatching(CHINESE) } });
      const malformed = await session.gql(Q.bindVehicle, { p: '豫K·I12345' });
      expect(malformed.body.data.bindVehicle).toMatchObject({ bindings: null, error: { code: 'PLATE_INVALID', field: 'plate', message: expect.stringMatching(CHINESE) } });
      expect((await session.gql(Q.bindVehicle, { p: second.plate })).body.data.bindVehicle.error).toBeNull();

      const wrongFile = (await session.gql(Q.bindLicence, { l: person.idNumber, f: licence.fileNumber === '411000000000' ? '411000000001' : '411000000000' })).body.data.bindDrivingLicence;
      expect(wrongFile.error.code).toBe('LICENCE_MISMATCH');
      const notTheirs = (await session.gql(Q.bindLicence, { l: someoneElse.idNumber, f: licence.fileNumber })).body.data.bindDrivingLicence;
      expect(notTheirs.error.code).toBe('LICENCE_MISMATCH');
      const okLicence = (await session.gql(Q.bindLicence, { l: person.idNumber, f: licence.fileNumber })).body.data.bindDrivingLicence;
      expect(okLicence).toEqual({ bindings: { drivingLicence: { licenceNumber: masked.idNumber(person.idNumber), fileNumber: expect.stringMatching(/^\d{4}\*+\d{2}$/) } }, error: null });

      const listed = (await session.gql(Q.myBindings)).body.data.myBindings;
      expect(listed.vehicles.map((v: { plate: string }) => v.plate).sort()).toEqual([first.plate, second.plate].sort());

      const before = stack.legacy.stats();
      const vehicles = await session.gql(Q.vehicles);
      const after = stack.legacy.stats();
      expect(vehicles.body.errors).toBeUndefined();
      expect(vehicles.body.data.me.vehicles.map((v: { plate: string }) => v.plate).sort()).toEqual([first.plate, second.plate].sort());
      expect(delta(before, after, 'traffic', 'queryVehiclesByPlates')).toBe(1);
      expect(delta(before, after, 'traffic', 'queryViolationsByPlates')).toBe(1);
      expect(delta(before, after, 'traffic', 'queryVehiclesByOwner')).toBe(0);

      expect((await session.gql(Q.unbindVehicle, { p: first.plate })).body.data.unbindVehicle).toEqual({ bindings: { vehicles: [{ plate: second.plate }] }, error: null });
      expect((await session.gql(Q.unbindVehicle, { p: first.plate })).body.data.unbindVehicle.error.code).toBe('NOT_BOUND');
      expect((await session.gql(Q.vehicles)).body.data.me.vehicles.map((v: { plate: string }) => v.plate)).toEqual([second.plate]);
      expect((await session.gql(Q.unbindLicence)).body.data.unbindDrivingLicence).toEqual({ bindings: { drivingLicence: null }, error: null });

      const changes = (await auditRows(stack, 'BINDING_CHANGED')).filter((r) => r.actor_id === claimsOf(session.token).sub);
      expect(changes.map((r) => JSON.parse(r.details!).change).sort()).toEqual(['BIND', 'BIND', 'BIND', 'UNBIND', 'UNBIND']);
    });
  },
};

import { OfficerKit } from '../kit/officers.js';
import { startStack } from '../kit/stack.js';
import type { StorageMode } from '../kit/storage.js';
import { administration } from './officers/administration.js';
import { officersAtRest } from './officers/encrypted-at-rest.js';
import { lockout } from './officers/lockout.js';
import type { OfficersPart, OfficersWorld } from './officers/officers-world.js';
import { sessions } from './officers/sessions.js';
import { twoFactorSignIn } from './officers/sign-in.js';

/** In this order, on one stack: the at-rest check comes last and searches for what the others wrote. */
const PARTS: OfficersPart[] = [twoFactorSignIn, lockout, sessions, administration, officersAtRest];

/** Officers through the gateway: two factors, lockout, sessions, unit scope, separation of duties (one stack for every part). */
export function describeOfficers(mode: StorageMode) {
  describe(`officers (${mode})`, () => {
    const world = { mode, written: new Map() } as OfficersWorld;

    beforeAll(async () => {
      world.stack = await startStack({ mode });
      world.kit = new OfficerKit(world.stack);
    }, 120_000);

    afterAll(async () => {
      await world.stack?.close();
    });

    for (const part of PARTS) describe(part.title, () => part.define(world));
  });
}

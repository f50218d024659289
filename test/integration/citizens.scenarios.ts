import { OfficerKit } from '../kit/officers.js';
import { startStack } from '../kit/stack.js';
import type { StorageMode } from '../kit/storage.js';
import { bindings } from './citizens/bindings.js';
import type { CitizensPart, CitizensWorld } from './citizens/citizens-world.js';
import { encryptedAtRest } from './citizens/encrypted-at-rest.js';
import { fugitiveComparison } from './citizens/fugitive-comparison.js';
import { personalData } from './citizens/personal-data.js';
import { realNameLevels } from './citizens/real-name-levels.js';
import { signInChannels } from './citizens/sign-in-channels.js';
import { People } from './citizens.support.js';

/** In this order, on one stack: the at-rest check comes last and searches for what the others wrote. */
const PARTS: CitizensPart[] = [signInChannels, realNameLevels, bindings, fugitiveComparison, personalData, encryptedAtRest];

/** The citizen side of the user centre, through the gateway, on one storage path (one stack for every part). */
export function describeCitizens(mode: StorageMode) {
  describe(`citizen user centre (${mode})`, () => {
    const world = { mode, written: new Map() } as CitizensWorld;

    beforeAll(async () => {
      world.stack = await startStack({ mode });
      world.people = new People(world.stack);
      world.officers = new OfficerKit(world.stack);
    }, 120_000);

    afterAll(async () => {
      await world.stack?.close();
    });

    for (const part of PARTS) describe(part.title, () => part.define(world));
  });
}

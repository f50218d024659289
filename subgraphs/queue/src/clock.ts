/**
 * The subgraph's sense of now: the real clock. Tests move it together with the queue machine's (`setTime`)
 * to a hall's day, because a booking is always for a later day than the one it is made on.
 */
export interface Clock {
  now(): number;
}

export const systemClock = (): Clock => ({ now: () => Date.now() });

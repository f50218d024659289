/** An environment a service must not start with; the message lists every problem. */
export class EnvError extends Error {}

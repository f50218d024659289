import type { Redis } from 'ioredis';

/**
 * The objects reachable from `roots` (a subgraph's deps) that `match` picks, each with the class that holds it:
 * walked through own data properties (getters are not called), Map values, Set and array items. A picked
 * object is not walked into. For what no deps field names, e.g. every in-process store or Redis client.
 */
export function reachable<T extends object>(roots: object[], match: (o: object) => o is T): Array<{ value: T; holder: string }> {
  const seen = new Set<object>();
  const found: Array<{ value: T; holder: string }> = [];
  const queue: Array<{ value: object; holder: string }> = roots.map((value) => ({ value, holder: 'deps' }));
  while (queue.length > 0) {
    const { value, holder } = queue.shift()!;
    if (seen.has(value)) continue;
    seen.add(value);
    if (match(value)) {
      found.push({ value, holder });
      continue;
    }
    if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer || value instanceof Promise || value instanceof WeakMap || value instanceof WeakSet) continue;
    let children: unknown[];
    if (value instanceof Map) children = [...value.values()];
    else if (value instanceof Set || Array.isArray(value)) children = [...value];
    else children = Object.getOwnPropertyNames(value).map((key) => Object.getOwnPropertyDescriptor(value, key)?.value);
    const name = value.constructor?.name ?? 'Object';
    const next = name === 'Object' || name === 'Array' || name === 'Map' || name === 'Set' ? holder : name;
    for (const child of children) if (child && typeof child === 'object') queue.push({ value: child, holder: next });
  }
  return found;
}

export const isRedisClient = (o: object): o is Redis => typeof (o as Redis).scanStream === 'function' && typeof (o as Redis).sendCommand === 'function';

/** What ioredis sends by itself on (re)connecting: not a command anyone asked for. */
const HANDSHAKE = new Set(['info', 'client', 'select', 'auth', 'hello', 'quit']);

/**
 * Every Redis client reachable from `roots`, and from now on the name of each command they are asked to send
 * (their own connection handshake aside), whether or not it reaches Redis.
 */
export function recordRedisCommands(roots: object[]): { clients: Redis[]; sent: string[] } {
  const clients = reachable(roots, isRedisClient).map((r) => r.value);
  const sent: string[] = [];
  for (const client of clients) {
    const send = client.sendCommand.bind(client);
    client.sendCommand = ((command: { name: string }, ...rest: unknown[]) => {
      if (!HANDSHAKE.has(command.name)) sent.push(command.name);
      return (send as (...args: unknown[]) => unknown)(command, ...rest);
    }) as Redis['sendCommand'];
  }
  return { clients, sent };
}

/** Requests swallowed by the `timeout` mode, per system, kept so they can be let go without leaking. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export class HeldRequests {
  private readonly held = new Map<string, Set<ServerResponse>>();

  hold(system: string, request: IncomingMessage, response: ServerResponse): void {
    let responses = this.held.get(system);
    if (!responses) {
      responses = new Set();
      this.held.set(system, responses);
    }
    const set = responses;
    set.add(response);
    // The caller gave up (client timeout): nothing left to release.
    response.on('close', () => set.delete(response));
    request.resume();
  }

  count(system?: string): number {
    if (system) return this.held.get(system)?.size ?? 0;
    return [...this.held.values()].reduce((sum, set) => sum + set.size, 0);
  }

  /** Destroys the sockets, as a server that finally drops the connection would. */
  release(system?: string): void {
    for (const [name, responses] of this.held) {
      if (system && name !== system) continue;
      for (const response of responses) response.destroy();
      responses.clear();
    }
  }
}

/** node-soap yields one repeated element as an object and none as undefined: always a list for the mappers. */
export const toArray = <T>(v: T | T[] | undefined | null): T[] => (v == null ? [] : Array.isArray(v) ? v : [v]);

/**
 * A random UUID (v4) naming one refund request. `crypto.randomUUID` exists only in secure contexts, and the
 * console may be served over plain HTTP inside the police network; `getRandomValues` is there in both. Bytes 6 and 8 carry the version (4) and the variant.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const hex = Array.from(bytes, (byte, i) => (i === 6 ? (byte & 0x0f) | 0x40 : i === 8 ? (byte & 0x3f) | 0x80 : byte).toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

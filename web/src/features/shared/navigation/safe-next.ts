/**
 * Where to go after signing in: only a path inside the given area of our own
 * site, never another origin (`//evil.example`, `https://…`).
 */
export function safeNext(value: string | null | undefined, area: '/h5' | '/console', fallback: string): string {
  if (!value || (!value.startsWith(`${area}/`) && value !== area)) return fallback;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this refuses
  if (value.startsWith('//') || value.includes('\\') || /[\u0000-\u001f]/.test(value)) return fallback;
  return value;
}

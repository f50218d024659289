/** Display masks (GB/T 35273 style): enough to recognise one's own data, not to use someone else's. */
export const maskIdNumber = (v: string) => (v.length <= 8 ? '*'.repeat(v.length) : `${v.slice(0, 4)}${'*'.repeat(v.length - 8)}${v.slice(-4)}`);

export const maskPhone = (v: string) => (v.length === 11 ? `${v.slice(0, 3)}****${v.slice(-4)}` : '*'.repeat(v.length));

export const maskName = (v: string) => {
  const chars = [...v];
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
};

/** `豫K·A12345` -> `豫K·A***45`. */
export const maskPlate = (v: string) => {
  const chars = [...v];
  if (chars.length < 6) return v;
  return chars.map((c, i) => (i >= 4 && i < chars.length - 2 ? '*' : c)).join('');
};

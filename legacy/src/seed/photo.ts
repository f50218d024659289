/**
 * A deterministic stand-in for the ID photo (证件照) held by the population system: a tiny
 * SVG derived from the ID number only, so the future face-check stand-in can rebuild the
 * same bytes and compare digests without sharing state.
 */
import { createHash } from 'node:crypto';

export function fakePhoto(idNumber: string): Buffer {
  const hash = createHash('sha256').update(`photo:${idNumber}`).digest('hex');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="358" height="441">` +
    `<rect width="358" height="441" fill="#${hash.slice(0, 6)}"/>` +
    `<ellipse cx="179" cy="190" rx="90" ry="115" fill="#${hash.slice(6, 12)}"/>` +
    `<text x="179" y="420" text-anchor="middle">${idNumber.slice(-4)}</text></svg>`;
  return Buffer.from(svg, 'utf8');
}

export function photoDigest(photo: Buffer): string {
  return createHash('sha256').update(photo).digest('hex');
}

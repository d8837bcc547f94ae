import { generator } from './demo-elders.js';

const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** A deterministic v4-shaped UUID from the demo's pseudo-random sequence (tens of thousands: kept cheap). */
function uuidFrom(random: () => number): string {
  const words = [0, 0, 0, 0].map(() => Math.floor(random() * 4294967296));
  // Version 4 in the third group, RFC 4122 variant in the fourth.
  words[1] = (words[1]! & 0xffff0fff) | 0x00004000;
  words[2] = (words[2]! & 0x3fffffff) | 0x80000000;
  const hex = words.map(
    (word) => HEX_BYTES[word >>> 24]! + HEX_BYTES[(word >>> 16) & 0xff]! + HEX_BYTES[(word >>> 8) & 0xff]! + HEX_BYTES[word & 0xff]!,
  );
  return `${hex[0]}-${hex[1]!.slice(0, 4)}-${hex[1]!.slice(4)}-${hex[2]!.slice(0, 4)}-${hex[2]!.slice(4)}${hex[3]}`;
}

/** Ids for seeded rows: the same sequence on every machine, so the same data set gets the same ids. */
export function demoIdSource(seed: number): () => string {
  const random = generator(seed);
  return () => uuidFrom(random);
}

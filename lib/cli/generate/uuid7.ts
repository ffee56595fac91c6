// UUIDv7 ids (RFC 9562) made deterministically: 48 bits of milliseconds, then a counter in the
// 12 rand_a bits, then 62 seeded random bits. Each sequence is strictly increasing in the order
// ids are drawn, so rows written in that order land at the right-hand edge of their primary-key
// B-tree — the property the schema's uuid(7) keys exist for, and what keeps a bulk load fast.

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));

export type IdSequence = {
  next(): string;
  /** How many ids this sequence has handed out. */
  readonly count: number;
};

function hex32(value: number): string {
  return HEX[(value >>> 24) & 0xff]! + HEX[(value >>> 16) & 0xff]! + HEX[(value >>> 8) & 0xff]! + HEX[value & 0xff]!;
}

/**
 * Ids whose time part starts at `startMs` and advances one millisecond every 4,096 ids.
 * `random` supplies uniform draws in [0, 1) for the random bits.
 */
export function createIdSequence(startMs: number, random: () => number): IdSequence {
  let counter = 0;
  return {
    get count() {
      return counter;
    },
    next() {
      const ms = startMs + Math.floor(counter / 4096);
      const randA = counter % 4096;
      counter++;
      const high = Math.floor(ms / 0x10000);
      const low = ms % 0x10000;
      const b1 = (random() * 0x100000000) >>> 0;
      const b2 = (random() * 0x100000000) >>> 0;
      const time = hex32(high) + HEX[low >>> 8]! + HEX[low & 0xff]!;
      const variant = (0x8000 | (b1 & 0x3fff)) >>> 0;
      return (
        `${time.slice(0, 8)}-${time.slice(8, 12)}-${(0x7000 | randA).toString(16)}-` +
        `${HEX[variant >>> 8]!}${HEX[variant & 0xff]!}-${HEX[(b1 >>> 16) & 0xff]!}${HEX[(b1 >>> 24) & 0xff]!}${hex32(b2)}`
      );
    },
  };
}

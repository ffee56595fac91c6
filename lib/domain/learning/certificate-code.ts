// Public verification codes printed on certificates, e.g. "KSH-7G4M-2QXP-9D1B".
//
// Crockford base32 (no I, L, O or U) so a code read aloud over the phone or copied from paper
// survives: typed I and L become 1, O becomes 0, case and separators do not matter. Eleven
// random characters carry 55 bits — far beyond guessing at any rate the verify page allows —
// and a twelfth is a check character, so a typo is reported as a typo instead of as "no such
// certificate", without a database lookup.

import { DomainError } from "./domain-error";

export const CERTIFICATE_CODE_PREFIX = "KSH";
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const RANDOM_CHARACTERS = 11;
const BITS_PER_CHARACTER = 5;
/** Bytes of randomness to pass to createCertificateCode (from crypto.getRandomValues on the server). */
export const CERTIFICATE_CODE_RANDOM_BYTES = Math.ceil((RANDOM_CHARACTERS * BITS_PER_CHARACTER) / 8);
// A prime modulus: every single-character substitution and adjacent swap changes the check,
// except between the two symbols 31 apart ("0" and "Z").
const CHECK_MODULUS = 31;

/** Builds a code from random bytes; throws RangeError when given fewer than CERTIFICATE_CODE_RANDOM_BYTES. */
export function createCertificateCode(randomBytes: Uint8Array): string {
  if (randomBytes.length < CERTIFICATE_CODE_RANDOM_BYTES) {
    throw new RangeError(`A certificate code needs ${CERTIFICATE_CODE_RANDOM_BYTES} random bytes, got ${randomBytes.length}.`);
  }
  const values: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const byte of randomBytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= BITS_PER_CHARACTER && values.length < RANDOM_CHARACTERS) {
      bits -= BITS_PER_CHARACTER;
      values.push((buffer >> bits) & 0b11111);
    }
    if (values.length === RANDOM_CHARACTERS) break;
  }
  values.push(checkValue(values));
  return format(values.map((value) => ALPHABET.charAt(value)).join(""));
}

/**
 * The canonical form ("KSH-XXXX-XXXX-XXXX") of a typed code, or null when it is not a valid
 * code. The prefix is optional when typing.
 */
export function normaliseCertificateCode(input: string): string | null {
  let characters = input
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015_]/g, "")
    .replace(/[IL]/g, "1")
    .replace(/O/g, "0");
  const length = RANDOM_CHARACTERS + 1;
  if (characters.length === CERTIFICATE_CODE_PREFIX.length + length && characters.startsWith(CERTIFICATE_CODE_PREFIX)) {
    characters = characters.slice(CERTIFICATE_CODE_PREFIX.length);
  }
  if (characters.length !== length) return null;
  const values = [...characters].map((character) => ALPHABET.indexOf(character));
  if (values.some((value) => value < 0)) return null;
  if (values[RANDOM_CHARACTERS] !== checkValue(values.slice(0, RANDOM_CHARACTERS))) return null;
  return format(characters);
}

export function isValidCertificateCode(input: string): boolean {
  return normaliseCertificateCode(input) !== null;
}

/** The canonical form, or throws DomainError INVALID_CERTIFICATE_CODE. */
export function requireCertificateCode(input: string): string {
  const code = normaliseCertificateCode(input);
  if (code === null) throw new DomainError("INVALID_CERTIFICATE_CODE");
  return code;
}

function checkValue(values: readonly number[]): number {
  return values.reduce((sum, value, index) => sum + (index + 1) * value, 0) % CHECK_MODULUS;
}

function format(characters: string): string {
  return [CERTIFICATE_CODE_PREFIX, characters.slice(0, 4), characters.slice(4, 8), characters.slice(8, 12)].join("-");
}

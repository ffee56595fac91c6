import { describe, expect, it } from "vitest";
import {
  CERTIFICATE_CODE_RANDOM_BYTES,
  createCertificateCode,
  isValidCertificateCode,
  normaliseCertificateCode,
  requireCertificateCode,
} from "./certificate-code";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** Independent reading of the first 55 bits as eleven base32 digits, to check the bit packing. */
function referenceDigits(bytes: number[]): string {
  const value = bytes.slice(0, 7).reduce((acc, byte) => (acc << BigInt(8)) | BigInt(byte), BigInt(0)) >> BigInt(1);
  return value.toString(32).padStart(11, "0").toUpperCase().replace(/[A-V]/g, (c) => CROCKFORD.charAt(parseInt(c, 32)));
}

/** A deterministic byte source for tests (not for production: codes need crypto.getRandomValues). */
function bytesFrom(seed: number): number[] {
  let state = seed >>> 0;
  return Array.from({ length: CERTIFICATE_CODE_RANDOM_BYTES }, () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state >>> 24;
  });
}

describe("createCertificateCode", () => {
  it.each<[number[], string]>([
    [[0, 0, 0, 0, 0, 0, 0], "KSH-0000-0000-0000"],
    [[255, 255, 255, 255, 255, 255, 255], "KSH-ZZZZ-ZZZZ-ZZZ0"],
    [[1, 2, 3, 4, 5, 6, 7], "KSH-0410-6105-0R3K"],
  ])("%j → %s", (bytes, expected) => {
    expect(createCertificateCode(Uint8Array.from(bytes))).toBe(expected);
  });

  it.each(Array.from({ length: 20 }, (_, i) => [i]))("packs bits exactly (seed %d)", (seed) => {
    const bytes = bytesFrom(seed);
    const code = createCertificateCode(Uint8Array.from(bytes));
    expect(code.replace(/-/g, "").slice(3, 14)).toBe(referenceDigits(bytes));
    expect(code).toMatch(/^KSH-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(normaliseCertificateCode(code)).toBe(code);
  });

  it("ignores bytes beyond the ones it needs", () => {
    expect(createCertificateCode(Uint8Array.from([...bytesFrom(1), 9, 9, 9]))).toBe(createCertificateCode(Uint8Array.from(bytesFrom(1))));
  });

  it.each([[0], [6]])("refuses %d bytes", (length) => {
    expect(() => createCertificateCode(new Uint8Array(length))).toThrow(RangeError);
  });
});

describe("normaliseCertificateCode", () => {
  const CODE = "KSH-0410-6105-0R3K";

  it.each<[string, string | null]>([
    [CODE, CODE],
    ["ksh-0410-6105-0r3k", CODE],
    ["KSH 0410 6105 0R3K", CODE],
    ["  KSH04106105 0R3K  ", CODE],
    ["041061050R3K", CODE],
    ["0410-6105-0R3K", CODE],
    ["KSH–0410–6105–0R3K", CODE],
    // Read off paper: O for 0, I and l for 1.
    ["KSH-O4IO-6lO5-OR3K", CODE],
    // A typo in a random character or in the check character is caught.
    ["KSH-0410-6105-0R3M", null],
    ["KSH-0411-6105-0R3K", null],
    // Neighbouring characters swapped.
    ["KSH-4010-6105-0R3K", null],
    ["KSH-0410-6105-0R3", null],
    ["KSH-0410-6105-0R3KK", null],
    ["KSH-U410-6105-0R3K", null],
    ["XYZ-0410-6105-0R3K", null],
    ["KSL-TEST-ABC123", null],
    ["", null],
  ])("%j → %s", (input, expected) => {
    expect(normaliseCertificateCode(input)).toBe(expected);
    expect(isValidCertificateCode(input)).toBe(expected !== null);
  });

  it("catches every single-character typo in generated codes, except between 0 and Z", () => {
    let missed = 0;
    let tried = 0;
    for (let seed = 0; seed < 30; seed++) {
      const compact = createCertificateCode(Uint8Array.from(bytesFrom(seed))).replace(/-/g, "").slice(3);
      for (let position = 0; position < compact.length; position++) {
        for (const replacement of CROCKFORD) {
          const original = compact.charAt(position);
          if (replacement === original) continue;
          tried++;
          const typo = compact.slice(0, position) + replacement + compact.slice(position + 1);
          if (normaliseCertificateCode(typo) !== null) {
            missed++;
            expect([original, replacement].sort().join("")).toBe("0Z");
          }
        }
      }
    }
    expect(tried).toBeGreaterThan(10_000);
    expect(missed / tried).toBeLessThan(0.01);
  });
});

describe("requireCertificateCode", () => {
  it.each<[string, string | null]>([
    ["ksh 0410 6105 0r3k", "KSH-0410-6105-0R3K"],
    ["not a code", null],
  ])("%j", (input, expected) => {
    if (expected) expect(requireCertificateCode(input)).toBe(expected);
    else expect(() => requireCertificateCode(input)).toThrow(expect.objectContaining({ code: "INVALID_CERTIFICATE_CODE" }));
  });
});

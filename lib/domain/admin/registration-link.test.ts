import { describe, expect, test } from "vitest";
import { registrationLinkExpiry, registrationLinkState } from "./registration-link";

const NOW = new Date("2026-11-30T10:00:00Z");
const at = (iso: string) => new Date(iso);

describe("registrationLinkState", () => {
  test.each([
    ["open until it expires", { expiresAt: at("2026-12-01T10:00:00Z"), revokedAt: null }, "OPEN"],
    ["expired at the exact instant", { expiresAt: NOW, revokedAt: null }, "EXPIRED"],
    ["expired yesterday", { expiresAt: at("2026-11-29T10:00:00Z"), revokedAt: null }, "EXPIRED"],
    ["revoked before expiry", { expiresAt: at("2026-12-10T10:00:00Z"), revokedAt: at("2026-11-30T09:00:00Z") }, "REVOKED"],
    ["revoked after expiry still reads revoked", { expiresAt: at("2026-11-29T10:00:00Z"), revokedAt: at("2026-11-30T09:00:00Z") }, "REVOKED"],
  ] as const)("%s", (_label, link, expected) => {
    expect(registrationLinkState(link, NOW)).toBe(expected);
  });
});

describe("registrationLinkExpiry", () => {
  test.each([
    [14, "2026-12-14T10:00:00.000Z"],
    [1, "2026-12-01T10:00:00.000Z"],
    [0, "2026-12-01T10:00:00.000Z"],
    [-5, "2026-12-01T10:00:00.000Z"],
    [365, "2027-02-28T10:00:00.000Z"],
    [Number.NaN, "2026-12-14T10:00:00.000Z"],
  ])("%s days", (days, expected) => {
    expect(registrationLinkExpiry(NOW, days).toISOString()).toBe(expected);
  });
});

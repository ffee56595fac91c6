import { describe, expect, it } from "vitest";
import { auditDateRange, auditSearchParams, decodeAuditCursor, encodeAuditCursor, parseAuditFilters } from "./audit-query";

describe("parseAuditFilters", () => {
  it("keeps valid filters", () => {
    expect(parseAuditFilters({ actor: " asha ", action: "plan.published", object: "CapacityBuildingPlan", id: "0193a-b", from: "2026-11-01", to: "2026-11-30" })).toEqual({
      actor: "asha",
      action: "plan.published",
      entityType: "CapacityBuildingPlan",
      entityId: "0193a-b",
      from: "2026-11-01",
      to: "2026-11-30",
    });
  });

  it.each<[string, Record<string, string | string[]>]>([
    ["SQL in the action", { action: "plan'; drop" }],
    ["an impossible date", { from: "2026-02-30" }],
    ["a non-date", { to: "yesterday" }],
    ["a type with spaces", { object: "Capacity Plan" }],
    ["an empty actor", { actor: "   " }],
  ])("drops %s", (_name, params) => {
    expect(Object.values(parseAuditFilters(params)).every((value) => value === null)).toBe(true);
  });

  it("takes the first of repeated values", () => {
    expect(parseAuditFilters({ action: ["plan.", "x"] }).action).toBe("plan.");
  });
});

describe("auditDateRange", () => {
  it("bounds IST days", () => {
    expect(auditDateRange({ from: "2026-11-01", to: "2026-11-30" })).toEqual({
      gte: new Date("2026-10-31T18:30:00Z"),
      lt: new Date("2026-11-30T18:30:00Z"),
    });
    expect(auditDateRange({ from: null, to: null })).toEqual({});
  });
});

describe("cursor", () => {
  it("round-trips and refuses garbage", () => {
    const cursor = { createdAt: new Date("2026-11-30T06:00:00.123Z"), id: 12345678901234n };
    expect(decodeAuditCursor(encodeAuditCursor(cursor))).toEqual(cursor);
    expect(decodeAuditCursor("abc")).toBeNull();
    expect(decodeAuditCursor(undefined)).toBeNull();
    expect(decodeAuditCursor("1_2_3")).toBeNull();
  });

  it("writes filters and cursor to the URL", () => {
    const params = auditSearchParams(parseAuditFilters({ action: "plan.", from: "2026-11-01" }), { createdAt: new Date(5), id: 7n });
    expect(params.toString()).toBe("action=plan.&from=2026-11-01&after=5_7");
  });
});

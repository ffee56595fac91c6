import { describe, expect, it } from "vitest";
import { decidePlanAction, financialYearLabel, financialYearOf, statusAfter, type PlanAction, type PlanState, type PlanStatusName } from "./plan-lifecycle";

const plan = (status: PlanStatusName, itemCount = 2, isLatestVersion = true): PlanState => ({ status, itemCount, isLatestVersion });

describe("decidePlanAction", () => {
  it.each<[PlanState, PlanAction, string | null]>([
    [plan("DRAFT"), "edit", null],
    [plan("APPROVED"), "edit", "PLAN_NOT_EDITABLE"],
    [plan("PUBLISHED"), "edit", "PLAN_NOT_EDITABLE"],
    [plan("SUPERSEDED"), "edit", "PLAN_NOT_EDITABLE"],
    [plan("DRAFT"), "approve", null],
    [plan("DRAFT", 0), "approve", "PLAN_EMPTY"],
    [plan("APPROVED"), "approve", "PLAN_NOT_DRAFT"],
    [plan("PUBLISHED"), "approve", "PLAN_NOT_DRAFT"],
    [plan("APPROVED"), "reopen", null],
    [plan("PUBLISHED"), "reopen", "PLAN_NOT_REOPENABLE"],
    [plan("DRAFT"), "publish", "PLAN_NOT_APPROVED"],
    [plan("APPROVED"), "publish", null],
    [plan("PUBLISHED"), "publish", "PLAN_NOT_APPROVED"],
    [plan("PUBLISHED"), "new-version", null],
    [plan("PUBLISHED", 2, false), "new-version", "PLAN_VERSION_NOT_LATEST"],
    [plan("DRAFT"), "new-version", "PLAN_VERSION_NOT_LATEST"],
    [plan("SUPERSEDED"), "new-version", "PLAN_VERSION_NOT_LATEST"],
  ])("%j %s → %s", (state, action, code) => {
    const decision = decidePlanAction(state, action);
    if (code === null) expect(decision).toEqual({ ok: true });
    else expect(decision).toMatchObject({ ok: false, code });
  });
});

describe("statusAfter", () => {
  it.each<[PlanStatusName, PlanAction, PlanStatusName]>([
    ["DRAFT", "approve", "APPROVED"],
    ["APPROVED", "reopen", "DRAFT"],
    ["APPROVED", "publish", "PUBLISHED"],
    ["PUBLISHED", "new-version", "PUBLISHED"],
    ["DRAFT", "edit", "DRAFT"],
  ])("%s + %s → %s", (from, action, to) => {
    expect(statusAfter(from, action)).toBe(to);
  });
});

describe("financial years", () => {
  it.each<[number, string]>([
    [2025, "2025–26"],
    [2026, "2026–27"],
    [2099, "2099–00"],
  ])("%d → %s", (year, label) => {
    expect(financialYearLabel(year)).toBe(label);
  });

  it.each<[string, number]>([
    ["2027-03-15T10:00:00Z", 2026],
    ["2026-04-01T00:00:00Z", 2026],
    // 31 March 20:00 UTC is already 1 April in India.
    ["2026-03-31T20:00:00Z", 2026],
    ["2026-03-31T18:00:00Z", 2025],
  ])("%s falls in %d", (instant, year) => {
    expect(financialYearOf(new Date(instant))).toBe(year);
  });
});

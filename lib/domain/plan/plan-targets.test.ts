import { describe, expect, it } from "vitest";
import { describeTargets, hasAnyTarget, isTargetedBy, type PlanItemTargets, type TargetableOfficial } from "./plan-targets";

const official: TargetableOfficial = {
  id: "u1",
  isActive: true,
  isInPlanSubtree: true,
  fracRoleIds: ["gst", "cpio"],
  designation: "Superintendent",
  serviceGroup: "B",
};
const none: PlanItemTargets = { fracRoleId: null, designation: null, serviceGroup: null, officialId: null };

describe("isTargetedBy", () => {
  it.each<[string, Partial<TargetableOfficial>, Partial<PlanItemTargets>, boolean]>([
    ["a role the official's post holds", {}, { fracRoleId: "gst" }, true],
    ["a role the post does not hold", {}, { fracRoleId: "customs" }, false],
    ["the designation", {}, { designation: "Superintendent" }, true],
    ["another designation", {}, { designation: "Tax Assistant" }, false],
    ["the service group", {}, { serviceGroup: "B" }, true],
    ["another group", {}, { serviceGroup: "A" }, false],
    ["the named official", {}, { officialId: "u1" }, true],
    ["another named official", {}, { officialId: "u2" }, false],
    ["role and group, both held (every target must match)", {}, { fracRoleId: "cpio", serviceGroup: "B" }, true],
    ["role held, group not", {}, { fracRoleId: "cpio", serviceGroup: "A" }, false],
    ["no target at all assigns nobody", {}, {}, false],
    ["outside the plan's subtree", { isInPlanSubtree: false }, { fracRoleId: "gst" }, false],
    ["suspended", { isActive: false }, { fracRoleId: "gst" }, false],
    ["no post (no roles)", { fracRoleIds: [] }, { fracRoleId: "gst" }, false],
    ["no designation recorded", { designation: null }, { designation: "Superintendent" }, false],
  ])("%s", (_name, officialPatch, targets, expected) => {
    expect(isTargetedBy({ ...official, ...officialPatch }, { ...none, ...targets })).toBe(expected);
  });
});

describe("hasAnyTarget and describeTargets", () => {
  it("needs at least one target", () => {
    expect(hasAnyTarget(none)).toBe(false);
    expect(hasAnyTarget({ ...none, serviceGroup: "C" })).toBe(true);
  });

  it("names every target", () => {
    expect(describeTargets({ fracRoleId: "r", designation: "Inspector", serviceGroup: "B", officialId: null }, { fracRole: "GST Officer" })).toBe(
      "FRAC role GST Officer · Designation Inspector · Group B",
    );
    expect(describeTargets({ ...none, officialId: "u" }, { official: "Asha Rao" })).toBe("Official Asha Rao");
  });
});

import { describe, expect, it } from "vitest";
import { planNotice } from "./plan-notice";

const base = { planId: "p1", planTitle: "Annual Capacity Building Plan 2027–28", official: { id: "u1", name: "Asha Rao", email: "asha@gov.in" } };

describe("planNotice", () => {
  it.each<[string, { title: string; dueAt: Date }[], string]>([
    ["one course", [{ title: "RTI for CPIOs", dueAt: new Date("2028-01-31T18:29:59Z") }], "Assigned to you: RTI for CPIOs"],
    ["several", [{ title: "A", dueAt: new Date() }, { title: "B", dueAt: new Date() }], "2 courses assigned to you in Annual Capacity Building Plan 2027–28"],
  ])("%s", (_name, courses, subject) => {
    const mail = planNotice({ ...base, courses });
    expect(mail).toMatchObject({ userId: "u1", toAddress: "asha@gov.in", subject, kind: "plan.assigned", dedupeKey: "plan.assigned:p1:u1" });
    for (const course of courses) expect(mail.bodyText).toContain(`- ${course.title} (due`);
  });
});

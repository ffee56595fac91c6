import { describe, expect, it } from "vitest";
import { planNotice } from "./plan-notice";

const official = { id: "u1", name: "Asha Rao", email: "asha@gov.in", preferredLanguage: "EN" as const };
const base = { planId: "p1", planTitle: "Annual Capacity Building Plan 2027–28", official, assignedUrl: "https://kaushal.example.gov.in/learn?tab=assigned" };

describe("planNotice", () => {
  it.each<[string, { title: string; dueAt: Date }[], string]>([
    ["one course", [{ title: "RTI for CPIOs", dueAt: new Date("2028-01-31T18:29:59Z") }], "Assigned to you: RTI for CPIOs"],
    ["several", [{ title: "A", dueAt: new Date() }, { title: "B", dueAt: new Date() }], "2 courses assigned to you in Annual Capacity Building Plan 2027–28"],
  ])("%s", (_name, courses, subject) => {
    const mail = planNotice({ ...base, courses });
    expect(mail).toMatchObject({ userId: "u1", toAddress: "asha@gov.in", subject, kind: "plan.assigned", dedupeKey: "plan.assigned:p1:u1" });
    for (const course of courses) expect(mail.bodyText).toContain(`- ${course.title} (due`);
    expect(mail.bodyText).toContain(base.assignedUrl);
  });

  it("is written in Hindi for an official who reads Hindi, with the Hindi title where the course has one", () => {
    const mail = planNotice({
      ...base,
      official: { ...official, preferredLanguage: "HI" },
      courses: [{ title: "RTI for CPIOs", titleHi: "सीपीआईओ के लिए आरटीआई", dueAt: new Date("2028-01-31T12:00:00Z") }],
    });
    expect(mail.subject).toBe("आपको सौंपा गया: सीपीआईओ के लिए आरटीआई");
    expect(mail.bodyText).toContain("प्रिय Asha Rao,");
    expect(mail.bodyText).toMatch(/- सीपीआईओ के लिए आरटीआई \(नियत तिथि .+\)/);
    expect(mail.bodyText).not.toContain("Dear");
  });
});

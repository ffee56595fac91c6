import { describe, expect, it } from "vitest";
import { overdueReminder, overdueReminderKey } from "./overdue-reminder";

const base = {
  planId: "plan-1",
  planTitle: "Annual Capacity Building Plan 2026–27",
  official: { id: "u1", name: "Asha Rao", email: "asha@gov.in", preferredLanguage: "EN" as const },
  now: new Date("2026-11-30T06:00:00Z"),
  assignedUrl: "https://kaushal.example.gov.in/learn?tab=assigned",
};

describe("overdueReminderKey", () => {
  it.each<[string, string | null, string, string]>([
    ["same day, whole plan", null, "2026-11-30T17:00:00Z", "plan.overdue:plan-1:all:u1:2026-11-30"],
    ["one course", "c9", "2026-11-30T06:00:00Z", "plan.overdue:plan-1:c9:u1:2026-11-30"],
    // 19:00 UTC is already the next day in India: a new day's reminder.
    ["after IST midnight", null, "2026-11-30T19:00:00Z", "plan.overdue:plan-1:all:u1:2026-12-01"],
  ])("%s", (_name, courseId, now, key) => {
    expect(overdueReminderKey({ planId: "plan-1", courseId, userId: "u1", now: new Date(now) })).toBe(key);
  });
});

describe("overdueReminder", () => {
  it("names the one overdue course in the subject", () => {
    const mail = overdueReminder({ ...base, courseId: "c1", courses: [{ title: "RTI for CPIOs", dueAt: new Date("2026-11-01T00:00:00Z") }] });
    expect(mail).toMatchObject({ userId: "u1", toAddress: "asha@gov.in", subject: "Overdue: RTI for CPIOs", kind: "plan.overdue_reminder" });
    expect(mail.bodyText).toContain("Dear Asha Rao");
    expect(mail.bodyText).toContain("- RTI for CPIOs (due");
  });

  it("counts several", () => {
    const mail = overdueReminder({ ...base, courseId: null, courses: [{ title: "A", dueAt: base.now }, { title: "B", dueAt: base.now }] });
    expect(mail.subject).toBe("2 courses in your capacity-building plan are overdue");
    expect(mail.bodyText).toContain("These courses");
  });

  it("is written in Hindi for an official who reads Hindi", () => {
    const mail = overdueReminder({
      ...base,
      official: { ...base.official, preferredLanguage: "HI" },
      courseId: null,
      courses: [{ title: "A", titleHi: "क", dueAt: base.now }, { title: "B", dueAt: base.now }],
    });
    expect(mail.subject).toBe("आपकी क्षमता निर्माण योजना के 2 पाठ्यक्रमों की नियत तिथि बीत गई है");
    expect(mail.bodyText).toContain("- क (नियत तिथि");
    // A course without a Hindi title keeps its own.
    expect(mail.bodyText).toContain("- B (नियत तिथि");
    expect(mail.bodyText).toContain(base.assignedUrl);
  });
});

// The reminder an official gets for plan courses past their due date. One email per official and
// reminder scope (one course, or the whole plan) per IST day: the dedupe key makes a second click
// the same day write nothing, while tomorrow's reminder goes out again.

import { formatDate } from "@/lib/domain/format-date";
import { istDay } from "@/lib/domain/learning/learning-days";

export type OverdueCourse = { title: string; dueAt: Date };

export type OverdueReminderInput = {
  planId: string;
  planTitle: string;
  /** The one course being chased, or null for every overdue course of the plan. */
  courseId: string | null;
  official: { id: string; name: string; email: string };
  courses: readonly OverdueCourse[];
  now: Date;
};

export type OverdueReminder = { userId: string; toAddress: string; subject: string; bodyText: string; kind: "plan.overdue_reminder"; dedupeKey: string };

export function overdueReminderKey(input: { planId: string; courseId: string | null; userId: string; now: Date }): string {
  return `plan.overdue:${input.planId}:${input.courseId ?? "all"}:${input.userId}:${istDay(input.now).toISOString().slice(0, 10)}`;
}

export function overdueReminder(input: OverdueReminderInput): OverdueReminder {
  const count = input.courses.length;
  const lines = input.courses.map((course) => `- ${course.title} (due ${formatDate(course.dueAt)})`);
  return {
    userId: input.official.id,
    toAddress: input.official.email,
    subject: count === 1 ? `Overdue: ${input.courses[0]?.title ?? "a course in your plan"}` : `${count} courses in your capacity-building plan are overdue`,
    bodyText: [
      `Dear ${input.official.name},`,
      "",
      `${count === 1 ? "This course" : "These courses"} of ${input.planTitle} ${count === 1 ? "is" : "are"} past the due date:`,
      ...lines,
      "",
      "Open Kaushal and go to My Learning → Assigned to continue.",
    ].join("\n"),
    kind: "plan.overdue_reminder",
    dedupeKey: overdueReminderKey({ planId: input.planId, courseId: input.courseId, userId: input.official.id, now: input.now }),
  };
}

// The reminder an official gets for plan courses past their due date. One email per official and
// reminder scope (one course, or the whole plan) per IST day: the dedupe key makes a second click
// the same day write nothing, while tomorrow's reminder goes out again.

import { formatDate } from "@/lib/domain/format-date";
import { istDay } from "@/lib/domain/learning/learning-days";
import { mailTranslator, titleIn, type MailLanguage } from "@/lib/domain/mail/mail-translator";

export type OverdueCourse = { title: string; titleHi?: string | null; dueAt: Date };

export type OverdueReminderInput = {
  planId: string;
  planTitle: string;
  /** The one course being chased, or null for every overdue course of the plan. */
  courseId: string | null;
  official: { id: string; name: string; email: string; preferredLanguage: MailLanguage };
  courses: readonly OverdueCourse[];
  now: Date;
  /** The absolute address of the official's Assigned tab. */
  assignedUrl: string;
};

export type OverdueReminder = { userId: string; toAddress: string; subject: string; bodyText: string; kind: "plan.overdue_reminder"; dedupeKey: string };

export function overdueReminderKey(input: { planId: string; courseId: string | null; userId: string; now: Date }): string {
  return `plan.overdue:${input.planId}:${input.courseId ?? "all"}:${input.userId}:${istDay(input.now).toISOString().slice(0, 10)}`;
}

export function overdueReminder(input: OverdueReminderInput): OverdueReminder {
  const language = input.official.preferredLanguage;
  const { locale, t } = mailTranslator(language);
  const count = input.courses.length;
  const first = input.courses[0];
  return {
    userId: input.official.id,
    toAddress: input.official.email,
    subject: count === 1 && first ? t("overdueReminder.subjectOne", { course: titleIn(language, first) }) : t("overdueReminder.subjectMany", { count }),
    bodyText: [
      t("overdueReminder.greeting", { name: input.official.name }),
      "",
      t("overdueReminder.intro", { count, plan: input.planTitle }),
      ...input.courses.map((course) => t("overdueReminder.item", { course: titleIn(language, course), date: formatDate(course.dueAt, locale) })),
      "",
      t("overdueReminder.where", { link: input.assignedUrl }),
      "",
      `— ${t("signOff")}`,
    ].join("\n"),
    kind: "plan.overdue_reminder",
    dedupeKey: overdueReminderKey({ planId: input.planId, courseId: input.courseId, userId: input.official.id, now: input.now }),
  };
}

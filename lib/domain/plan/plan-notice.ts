// The notice an official gets when a published plan version assigns them courses: one email per
// official and version, listing what is new for them with the due dates.

import { formatDate } from "@/lib/domain/format-date";

export type PlanNoticeInput = {
  planId: string;
  planTitle: string;
  official: { id: string; name: string; email: string };
  courses: readonly { title: string; dueAt: Date }[];
};

export type PlanNotice = { userId: string; toAddress: string; subject: string; bodyText: string; kind: "plan.assigned"; dedupeKey: string };

export function planNotice(input: PlanNoticeInput): PlanNotice {
  const count = input.courses.length;
  return {
    userId: input.official.id,
    toAddress: input.official.email,
    subject: count === 1 ? `Assigned to you: ${input.courses[0]?.title ?? "a course"}` : `${count} courses assigned to you in ${input.planTitle}`,
    bodyText: [
      `Dear ${input.official.name},`,
      "",
      `${input.planTitle} assigns you:`,
      ...input.courses.map((course) => `- ${course.title} (due ${formatDate(course.dueAt)})`),
      "",
      "You will find them in Kaushal under My Learning → Assigned.",
    ].join("\n"),
    kind: "plan.assigned",
    // Per version: a later version that assigns more writes a notice of its own.
    dedupeKey: `plan.assigned:${input.planId}:${input.official.id}`,
  };
}

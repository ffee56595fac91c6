// The notice an official gets when a published plan version assigns them courses: one email per
// official and version, listing what is new for them with the due dates, in their own language.

import { formatDate } from "@/lib/domain/format-date";
import { mailTranslator, titleIn, type MailLanguage } from "@/lib/domain/mail/mail-translator";

export type PlanNoticeInput = {
  planId: string;
  planTitle: string;
  official: { id: string; name: string; email: string; preferredLanguage: MailLanguage };
  courses: readonly { title: string; titleHi?: string | null; dueAt: Date }[];
  /** The absolute address of the official's Assigned tab. */
  assignedUrl: string;
};

export type PlanNotice = { userId: string; toAddress: string; subject: string; bodyText: string; kind: "plan.assigned"; dedupeKey: string };

export function planNotice(input: PlanNoticeInput): PlanNotice {
  const language = input.official.preferredLanguage;
  const { locale, t } = mailTranslator(language);
  const count = input.courses.length;
  const first = input.courses[0];
  return {
    userId: input.official.id,
    toAddress: input.official.email,
    subject:
      count === 1 && first
        ? t("planAssigned.subjectOne", { course: titleIn(language, first) })
        : t("planAssigned.subjectMany", { count, plan: input.planTitle }),
    bodyText: [
      t("planAssigned.greeting", { name: input.official.name }),
      "",
      t("planAssigned.intro", { plan: input.planTitle }),
      ...input.courses.map((course) => t("planAssigned.item", { course: titleIn(language, course), date: formatDate(course.dueAt, locale) })),
      "",
      t("planAssigned.where", { link: input.assignedUrl }),
      "",
      `— ${t("signOff")}`,
    ].join("\n"),
    kind: "plan.assigned",
    // Per version: a later version that assigns more writes a notice of its own.
    dedupeKey: `plan.assigned:${input.planId}:${input.official.id}`,
  };
}

import "server-only";
import { formatDate } from "@/lib/domain/format-date";
import { learnerCourseHref } from "@/lib/domain/routes";
import { mailTranslator } from "@/lib/domain/mail/mail-translator";
import type { OutgoingEmail } from "@/lib/server/mail/queue-emails";
import { absoluteUrl } from "@/lib/server/public-url";

export type CancelledBatch = {
  id: string;
  code: string;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  course: { title: string; slug: string; provider: { name: string } };
};

export type BatchLearner = { id: string; email: string; name: string; preferredLanguage: "EN" | "HI" };

/** The email each official enrolled in a cancelled batch receives, in their own language. */
export function batchCancelledEmails(batch: CancelledBatch, learners: readonly BatchLearner[]): OutgoingEmail[] {
  const link = absoluteUrl(learnerCourseHref(batch.course.slug));
  return learners.map((learner) => {
    const { locale, t } = mailTranslator(learner.preferredLanguage);
    const start = formatDate(batch.startsAt, locale);
    const end = formatDate(batch.endsAt, locale);
    const values = {
      course: batch.course.title,
      batch: batch.code,
      dates: start === end ? t("batchCancelled.oneDay", { date: start }) : t("batchCancelled.dateRange", { start, end }),
      venue: batch.venue,
      provider: batch.course.provider.name,
    };
    return {
      userId: learner.id,
      toAddress: learner.email,
      subject: t("batchCancelled.subject", values),
      bodyText: [
        t("batchCancelled.greeting", { name: learner.name }),
        t("batchCancelled.body", values),
        t("batchCancelled.kept"),
        t("batchCancelled.next", { link }),
        `— ${t("signOff")}`,
      ].join("\n\n"),
      kind: "batch.cancelled",
      dedupeKey: `batch.cancelled:${batch.id}:${learner.id}`,
    };
  });
}

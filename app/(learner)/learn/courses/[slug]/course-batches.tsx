import { CalendarDays, MapPin, Users } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { CoursePageBatch } from "@/lib/server/catalogue/get-course-page";
import { formatDate, isoDate } from "@/lib/domain/format-date";
import { formatCount } from "@/lib/domain/format-count";
import { StatusBadge } from "@/components/status-badge";

// Session times are shown in IST, like every date in the app.
const TIME_OPTIONS: Intl.DateTimeFormatOptions = { hour: "numeric", minute: "2-digit", timeZone: "Asia/Kolkata" };
const TIME = { en: new Intl.DateTimeFormat("en-IN", TIME_OPTIONS), hi: new Intl.DateTimeFormat("hi-IN", TIME_OPTIONS) } as const;

function SeatsBadge({ batch }: { batch: CoursePageBatch }) {
  const t = useTranslations("course.batches");
  if (batch.status !== "OPEN") return <StatusBadge>{batch.status === "SCHEDULED" ? t("opensSoon") : t("closed")}</StatusBadge>;
  if (batch.seatsLeft === 0) return <StatusBadge tone="red">{t("full")}</StatusBadge>;
  return (
    <StatusBadge tone={batch.seatsLeft <= 5 ? "amber" : "green"}>
      {t("seatsLeft", { left: formatCount(batch.seatsLeft), limit: formatCount(batch.seatLimit) })}
    </StatusBadge>
  );
}

export function CourseBatches({ batches }: { batches: CoursePageBatch[] }) {
  const t = useTranslations("course.batches");
  const locale = useLocale();
  const time = TIME[locale];
  if (batches.length === 0) {
    return <p className="text-slate-700">{t("none")}</p>;
  }
  return (
    <ul className="space-y-3">
      {batches.map((batch) => (
        <li key={batch.id} className="rounded-md border border-slate-200 p-3">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <h3 className="font-semibold text-navy-900">{t("name", { code: batch.code })}</h3>
            <SeatsBadge batch={batch} />
          </div>
          <p className="mt-1 flex items-start gap-1.5 text-sm text-slate-700">
            <CalendarDays aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            <span>
              {t.rich("dates", {
                start: formatDate(batch.startsAt, locale),
                end: formatDate(batch.endsAt, locale),
                startTime: (chunks) => <time dateTime={isoDate(batch.startsAt)}>{chunks}</time>,
                endTime: (chunks) => <time dateTime={isoDate(batch.endsAt)}>{chunks}</time>,
              })}
            </span>
          </p>
          <p className="mt-1 flex items-start gap-1.5 text-sm text-slate-700">
            <MapPin aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
            <span className="min-w-0">{batch.venue}</span>
          </p>
          {batch.sessions.length > 0 ? (
            <details className="mt-2">
              <summary className="inline-flex min-h-11 items-center text-sm font-semibold text-navy-700 underline">
                {t("sessions", { count: batch.sessions.length })}
              </summary>
              <ol className="mt-1 space-y-2 text-sm">
                {batch.sessions.map((session) => (
                  <li key={session.id} className="border-l-2 border-navy-200 pl-3">
                    <p className="font-medium text-slate-900">{session.title}</p>
                    <p className="text-slate-700">
                      <time dateTime={session.startsAt.toISOString()}>
                        {formatDate(session.startsAt, locale)}, {time.format(session.startsAt)}
                      </time>
                      {"–"}
                      <time dateTime={session.endsAt.toISOString()}>{time.format(session.endsAt)}</time>
                      {session.venue && session.venue !== batch.venue ? ` · ${session.venue}` : null}
                    </p>
                    {session.facilitator ? (
                      <p className="flex items-center gap-1 text-slate-600">
                        <Users aria-hidden="true" className="size-3.5" /> {session.facilitator}
                      </p>
                    ) : null}
                  </li>
                ))}
              </ol>
            </details>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

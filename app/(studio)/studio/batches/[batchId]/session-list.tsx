import Link from "next/link";
import { CalendarClock, MapPin, UserRound } from "lucide-react";
import type { AttendanceSession } from "@/lib/server/attendance/get-batch-attendance";
import { formatCount } from "@/lib/domain/format-count";
import { StatusBadge } from "@/components/status-badge";
import { formatSessionTime } from "../format-ist";
import { studioBatchHref } from "../hrefs";

const TIMING = {
  UPCOMING: { label: "Not started", tone: "neutral" },
  IN_PROGRESS: { label: "In progress", tone: "amber" },
  ENDED: { label: "Ended", tone: "navy" },
} as const;

export function AttendanceCounts({ session, id }: { session: AttendanceSession; id?: string }) {
  const { counts } = session;
  const items = [
    ["Present", counts.present, "text-green-800"],
    ["Absent", counts.absent, "text-red-800"],
    ["Excused", counts.excused, "text-slate-800"],
    ["Unmarked", counts.unmarked, counts.unmarked > 0 ? "text-amber-900" : "text-slate-800"],
  ] as const;
  return (
    <dl id={id} aria-label={`Attendance for ${session.title}`} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {items.map(([label, value, tone]) => (
        <div key={label} className="flex items-baseline gap-1">
          <dt className="text-slate-600">{label}</dt>
          <dd className={`font-semibold tabular-nums ${tone}`}>{formatCount(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

export function SessionList({
  batchId,
  batchVenue,
  sessions,
  selectedSessionId,
}: {
  batchId: string;
  batchVenue: string;
  sessions: AttendanceSession[];
  selectedSessionId: string | null;
}) {
  return (
    <ol className="grid gap-3 md:grid-cols-2">
      {sessions.map((session) => {
        const isSelected = session.id === selectedSessionId;
        const timing = TIMING[session.timing];
        return (
          <li
            key={session.id}
            className={`flex flex-col gap-2 rounded-md border p-3 ${isSelected ? "border-navy-600 bg-navy-50" : "border-slate-200 bg-white"}`}
          >
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h3 className="font-semibold text-navy-900">{session.title}</h3>
              <StatusBadge tone={timing.tone}>{timing.label}</StatusBadge>
            </div>
            <p className="flex items-start gap-1.5 text-sm text-slate-700">
              <CalendarClock aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
              <time dateTime={session.startsAt.toISOString()}>{formatSessionTime(session.startsAt, session.endsAt)}</time>
            </p>
            <p className="flex items-start gap-1.5 text-sm text-slate-700">
              <MapPin aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
              <span className="min-w-0">{session.venue ?? batchVenue}</span>
            </p>
            <p className="flex items-start gap-1.5 text-sm text-slate-700">
              <UserRound aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
              <span>{session.facilitator ? `Facilitator: ${session.facilitator}` : "Facilitator not named"}</span>
            </p>
            <AttendanceCounts session={session} />
            <div className="mt-auto pt-1">
              {isSelected ? (
                <a href="#register" aria-current="true" className="inline-flex min-h-11 items-center text-sm font-semibold text-navy-800 underline underline-offset-2">
                  Register shown below
                </a>
              ) : (
                <Link
                  href={`${studioBatchHref(batchId, session.id)}#register`}
                  className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-semibold text-navy-800 hover:bg-navy-50"
                >
                  {session.canMark ? "Take attendance" : "View register"}
                  <span className="sr-only"> for {session.title}</span>
                </Link>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

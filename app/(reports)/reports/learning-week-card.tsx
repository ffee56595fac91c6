import { formatCount } from "@/lib/domain/format-count";
import { formatDate } from "@/lib/domain/format-date";
import { formatShare } from "@/lib/domain/reports/format-report";
import type { ActivityReport } from "@/lib/server/reports/get-activity-report";
import { ProgressBar } from "@/components/progress-bar";

/** The National Learning Week: officials who reached 4 hours of competency-linked learning this week. */
export function LearningWeekCard({ activity }: { activity: ActivityReport }) {
  const reached = activity.thisWeek.reachedTarget;
  const share = activity.activeOfficials > 0 ? reached / activity.activeOfficials : 0;
  return (
    <section aria-labelledby="learning-week-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <h2 id="learning-week-heading" className="text-lg font-semibold text-navy-900">
        National Learning Week
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        Week of {formatDate(activity.weekStart)}: <strong className="text-navy-900">{formatCount(reached)}</strong> of{" "}
        {formatCount(activity.activeOfficials)} active officials have done {activity.learningWeekTargetSeconds / 3600} hours of competency-linked
        learning ({formatShare(share)}); {formatCount(activity.thisWeek.activeLearners)} have learnt something this week.
      </p>
      <div className="mt-3">
        <ProgressBar value={Math.round(share * 100)} label="Share of officials who reached 4 hours this week" />
      </div>
    </section>
  );
}

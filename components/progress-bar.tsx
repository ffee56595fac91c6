import { useTranslations } from "next-intl";
import { clampPercent } from "@/lib/domain/enrolment-progress";

type ProgressBarProps = {
  value: number;
  /** Accessible name, e.g. the course title; the bar alone would be announced as a bare number. */
  label: string;
  tone?: "navy" | "green" | "red";
};

const TONES = {
  navy: "bg-navy-600",
  green: "bg-india-green-600",
  red: "bg-red-700",
} as const;

export function ProgressBar({ value, label, tone = "navy" }: ProgressBarProps) {
  const t = useTranslations("common.progress");
  const percent = clampPercent(value);
  return (
    <div className="flex items-center gap-3">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuenow={percent}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuetext={t("complete", { percent })}
        className="h-2.5 flex-1 overflow-hidden rounded-full bg-slate-200"
      >
        <div className={`h-full rounded-full ${TONES[tone]}`} style={{ width: `${percent}%` }} />
      </div>
      <span className="w-11 shrink-0 text-right text-sm font-medium tabular-nums text-slate-700" aria-hidden="true">
        {percent}%
      </span>
    </div>
  );
}

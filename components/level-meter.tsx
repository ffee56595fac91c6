import { MAX_COMPETENCY_LEVEL } from "@/lib/domain/learning/passbook";

type LevelMeterProps = {
  current: number;
  required?: number | null;
  /** Spoken instead of the segments, e.g. "Level 2 of 5, Basic application. Required: level 3". */
  label: string;
};

const LEVELS = Array.from({ length: MAX_COMPETENCY_LEVEL }, (_, index) => index + 1);

/**
 * Five segments, filled up to the official's level; the levels still to reach for the requirement
 * are dashed amber outlines, so the gap reads by shape as well as colour.
 */
export function LevelMeter({ current, required = null, label }: LevelMeterProps) {
  return (
    <span role="img" aria-label={label} className="inline-flex gap-1">
      {LEVELS.map((level) => {
        const isHeld = level <= current;
        const isMissing = !isHeld && required !== null && level <= required;
        return (
          <span
            key={level}
            className={`h-2.5 w-6 rounded-sm ${
              isHeld
                ? "bg-india-green-600"
                : isMissing
                  ? "border-2 border-dashed border-amber-600 bg-amber-50"
                  : "bg-slate-200"
            }`}
          />
        );
      })}
    </span>
  );
}

"use client";

import { useEffect, useRef, useState } from "react";
import { Clock } from "lucide-react";
import { useTranslations } from "next-intl";

type CountdownProps = {
  /** From the server at render time; the deadline is taken relative to this browser's clock, so a wrong clock does not matter. */
  secondsRemaining: number;
  /** Called once when the count reaches zero. */
  onElapsed: () => void;
};

// Announced once each, so a screen reader user hears the time running low without a running commentary.
const ANNOUNCE_AT = [300, 60];

function format(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return `${minutes}:${String(rest).padStart(2, "0")}`;
}

/**
 * A courtesy: the server enforces the deadline whatever this shows.
 */
export function Countdown({ secondsRemaining, onElapsed }: CountdownProps) {
  const t = useTranslations("assessment.countdown");
  const [left, setLeft] = useState(secondsRemaining);
  // What to announce, as data: worded at render, in the official's language.
  const [announcement, setAnnouncement] = useState<{ kind: "left"; minutes: number } | { kind: "up" } | null>(null);
  const onElapsedRef = useRef(onElapsed);

  useEffect(() => {
    onElapsedRef.current = onElapsed;
  }, [onElapsed]);

  useEffect(() => {
    const deadline = Date.now() + secondsRemaining * 1000;
    const announced = new Set<number>();
    let hasElapsed = false;
    const tick = () => {
      const next = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      setLeft(next);
      for (const mark of ANNOUNCE_AT) {
        if (next <= mark && next > 0 && !announced.has(mark) && secondsRemaining > mark) {
          announced.add(mark);
          setAnnouncement({ kind: "left", minutes: mark / 60 });
        }
      }
      if (next === 0 && !hasElapsed) {
        hasElapsed = true;
        setAnnouncement({ kind: "up" });
        onElapsedRef.current();
      }
    };
    tick();
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [secondsRemaining]);

  const isLow = left <= 60;
  return (
    <div
      className={`flex items-center gap-2 rounded-md border px-3 py-2 font-semibold tabular-nums ${isLow ? "border-red-300 bg-red-50 text-red-800" : "border-navy-200 bg-navy-50 text-navy-800"}`}
    >
      <Clock aria-hidden="true" className="size-5" />
      <span role="timer" aria-label={t("label", { time: format(left) })}>
        <span aria-hidden="true">{t("visible", { time: format(left) })}</span>
      </span>
      <span aria-live="polite" className="sr-only">
        {announcement === null ? "" : announcement.kind === "up"
            ? t("timeUp")
            : announcement.minutes === 1
              ? t("oneMinuteLeft")
              : t("minutesLeft", { minutes: announcement.minutes })}
      </span>
    </div>
  );
}

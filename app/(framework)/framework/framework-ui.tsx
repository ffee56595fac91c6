import type { ReactNode } from "react";
import type { CompetencyTypeName } from "@/lib/domain/framework/framework-document";
import { StatusBadge, type BadgeTone } from "@/components/status-badge";

// Small pieces the framework's pages share.

export const TYPE_LABELS: Record<CompetencyTypeName, string> = {
  BEHAVIOURAL: "Behavioural",
  FUNCTIONAL: "Functional",
  DOMAIN: "Domain",
};

const TYPE_TONES: Record<CompetencyTypeName, BadgeTone> = { BEHAVIOURAL: "navy", FUNCTIONAL: "green", DOMAIN: "amber" };

export function TypeBadge({ type }: { type: CompetencyTypeName }) {
  return <StatusBadge tone={TYPE_TONES[type]}>{TYPE_LABELS[type]}</StatusBadge>;
}

export function VersionBadge({ status }: { status: "ACTIVE" | "SUPERSEDED" }) {
  return status === "ACTIVE" ? <StatusBadge tone="green">In use</StatusBadge> : <StatusBadge>Superseded</StatusBadge>;
}

/** "Level 3" as a compact chip; the word is there for screen readers and for print. */
export function LevelChip({ level }: { level: number }) {
  return (
    <span className="inline-flex min-w-16 items-center justify-center rounded-md bg-navy-50 px-2 py-0.5 text-xs font-semibold whitespace-nowrap text-navy-800 ring-1 ring-navy-200 ring-inset">
      Level {level}
    </span>
  );
}

export const PRIMARY_BUTTON =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md bg-navy-800 px-4 text-sm font-semibold text-white hover:bg-navy-700 disabled:cursor-wait disabled:opacity-70";
export const SECONDARY_BUTTON =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold text-navy-800 hover:bg-navy-50";
export const TEXT_LINK = "font-semibold text-navy-700 underline underline-offset-2 hover:text-navy-900";

/** A label–value list that stacks on a phone and sits in two columns on a wider screen. */
export function FactList({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <dl aria-label={label} className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
      {children}
    </dl>
  );
}

export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold text-slate-700">{term}</dt>
      <dd className="min-w-0 break-words text-slate-800">{children}</dd>
    </>
  );
}

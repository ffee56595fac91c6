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

import type { ProgrammeStatusName } from "@/lib/domain/studio/programme-rules";
import { StatusBadge, type BadgeTone } from "@/components/status-badge";

const META: Record<ProgrammeStatusName, { label: string; tone: BadgeTone }> = {
  DRAFT: { label: "Draft", tone: "amber" },
  PUBLISHED: { label: "Published", tone: "green" },
  ARCHIVED: { label: "Archived", tone: "neutral" },
};

export function ProgrammeStatusBadge({ status }: { status: ProgrammeStatusName }) {
  return <StatusBadge tone={META[status].tone}>{META[status].label}</StatusBadge>;
}

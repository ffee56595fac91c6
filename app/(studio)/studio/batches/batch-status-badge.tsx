import type { BadgeTone } from "@/components/status-badge";
import { StatusBadge } from "@/components/status-badge";

const BATCH_STATUS: Record<string, { label: string; tone: BadgeTone }> = {
  SCHEDULED: { label: "Scheduled", tone: "neutral" },
  OPEN: { label: "Open", tone: "green" },
  CLOSED: { label: "Closed", tone: "navy" },
  COMPLETED: { label: "Completed", tone: "navy" },
  CANCELLED: { label: "Cancelled", tone: "red" },
};

export function BatchStatusBadge({ status }: { status: string }) {
  const meta = BATCH_STATUS[status] ?? { label: status, tone: "neutral" as const };
  return <StatusBadge tone={meta.tone}>{meta.label}</StatusBadge>;
}

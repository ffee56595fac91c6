import type { OnboardingImportView } from "@/lib/server/admin/onboarding/get-onboarding-import";
import { StatusBadge, type BadgeTone } from "@/components/status-badge";

const LABELS: Record<OnboardingImportView["status"], { label: string; tone: BadgeTone }> = {
  QUEUED: { label: "Waiting to start", tone: "neutral" },
  STAGING: { label: "Reading the file", tone: "navy" },
  APPLYING: { label: "Applying rows", tone: "navy" },
  DONE: { label: "Finished", tone: "green" },
  FAILED: { label: "Failed", tone: "red" },
};

export function ImportStatusBadge({ status }: { status: OnboardingImportView["status"] }) {
  const { label, tone } = LABELS[status];
  return <StatusBadge tone={tone}>{label}</StatusBadge>;
}

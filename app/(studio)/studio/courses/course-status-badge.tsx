import type { CourseStatusName as CourseStatus } from "@/lib/domain/studio/lifecycle";
import { StatusBadge, type BadgeTone } from "@/components/status-badge";

export const COURSE_STATUS_LABELS: Record<CourseStatus, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  CHANGES_REQUESTED: "Changes requested",
  APPROVED: "Approved",
  PUBLISHED: "Published",
  ARCHIVED: "Archived",
};

const TONES: Record<CourseStatus, BadgeTone> = {
  DRAFT: "neutral",
  IN_REVIEW: "navy",
  CHANGES_REQUESTED: "amber",
  APPROVED: "green",
  PUBLISHED: "green",
  ARCHIVED: "neutral",
};

export function CourseStatusBadge({ status }: { status: CourseStatus }) {
  return <StatusBadge tone={TONES[status]}>{COURSE_STATUS_LABELS[status]}</StatusBadge>;
}

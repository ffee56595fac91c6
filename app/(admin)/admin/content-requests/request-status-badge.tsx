import { CONTENT_REQUEST_STATUS_LABELS, type ContentRequestStatusName } from "@/lib/domain/studio/content-request-rules";
import { StatusBadge, type BadgeTone } from "@/components/status-badge";

const TONES: Record<ContentRequestStatusName, BadgeTone> = { OPEN: "amber", ACCEPTED: "navy", FULFILLED: "green", DECLINED: "red", WITHDRAWN: "neutral" };

export function RequestStatusBadge({ status }: { status: ContentRequestStatusName }) {
  return <StatusBadge tone={TONES[status]}>{CONTENT_REQUEST_STATUS_LABELS[status]}</StatusBadge>;
}

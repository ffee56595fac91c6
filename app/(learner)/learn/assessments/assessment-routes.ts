// Links inside the assessment pages; the entry points (assessmentHref, certificateHref) live
// with the app's other routes in lib/domain/routes.ts.
import { assessmentHref } from "@/lib/domain/routes";

export function attemptHref(assessmentId: string, attemptId: string): string {
  return `${assessmentHref(assessmentId)}/attempts/${encodeURIComponent(attemptId)}`;
}

export function attemptResultsHref(assessmentId: string, attemptId: string): string {
  return `${attemptHref(assessmentId, attemptId)}/results`;
}

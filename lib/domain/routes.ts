// Links from the home pages into pages other parts of the app own; kept in one place so a
// renamed route is one edit.
export const CATALOGUE_HREF = "/learn/catalogue";

export function learnerCourseHref(slug: string): string {
  return `/learn/courses/${encodeURIComponent(slug)}`;
}

/** The course player, on one lesson. */
export function lessonPlayerHref(slug: string, lessonId: string): string {
  return `${learnerCourseHref(slug)}/learn/${encodeURIComponent(lessonId)}`;
}

export function certificateHref(code: string): string {
  return `/learn/certificates/${encodeURIComponent(code)}`;
}

export function assessmentHref(assessmentId: string): string {
  return `/learn/assessments/${encodeURIComponent(assessmentId)}`;
}

export const LEARNER_HOME_HREF = "/learn";
export const PASSBOOK_HREF = "/learn/passbook";
export const SELF_ASSESSMENT_HREF = "/learn/passbook/self-assessment";
export const TEAM_HREF = "/learn/team";
/** The official's profile, where they ask for a transfer or a change of designation or post. */
export const PROFILE_HREF = "/learn/profile";

/** A direct reportee's page in the reporting officer's team view. */
export function teamMemberHref(reporteeId: string): string {
  return `${TEAM_HREF}/${encodeURIComponent(reporteeId)}`;
}
export const LEADERBOARD_HREF = "/learn/leaderboard";
export const LEARNING_RECORD_HREF = "/learn/record";
/** The signed-in official's own xAPI export; it takes no parameters on purpose. */
export const LEARNING_RECORD_EXPORT_HREF = "/api/learning-record";

/** The official's own certificates, for courses and programmes. */
export const CERTIFICATES_HREF = "/learn/certificates";

/** The public check of a certificate's code; needs no sign-in. */
export function verifyCertificateHref(code: string): string {
  return `/verify/${encodeURIComponent(code)}`;
}

export function learnerCertificateHref(code: string): string {
  return `/learn/certificates/${encodeURIComponent(code)}`;
}

export function courseReviewHref(slug: string): string {
  return `${learnerCourseHref(slug)}/review`;
}

/** An uploaded file (a MediaAsset), served with its access checks by app/media/[assetId]. */
export function mediaHref(assetId: string): string {
  return `/media/${encodeURIComponent(assetId)}`;
}

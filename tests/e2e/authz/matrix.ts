// The authorisation matrix as data: who may call every server action and route handler, and who
// may open every page that shows personal data. tests/e2e/authz-matrix.spec.ts runs each cell over
// plain HTTP (never through the UI) and fails on any action or route handler of the build that has
// no row here, so a new endpoint cannot ship unclassified.
//
// To add a row: name the target and list the roles that are let in; every other role is denied.
// How a denial answers is the same everywhere and is written once below (DENIAL).

import { ACCOUNTS } from "../accounts";

export const ROLES = [
  "anonymous",
  "learner", // CBIC, Ministry of Finance
  "hindiLearner", // Ministry of Home Affairs: a learner of another ministry
  "reportingOfficer", // the demo learner's reporting officer
  "provider", // content provider (ISTM)
  "reviewer", // content reviewer
  "mdoAdmin", // MDO admin, Department of Revenue (Ministry of Finance)
  "mhaAdmin", // MDO admin in the Ministry of Home Affairs (granted by the super admin in the spec's setup)
  "analyst", // CBC analyst: the whole government, read-only
  "superAdmin",
  "suspended", // a suspended official: refused at sign-in, so every cell is a signed-out one
] as const;
export type Role = (typeof ROLES)[number];

/** The demo account each role signs in as; the MHA admin is made in the matrix spec's setup. */
export const ROLE_ACCOUNTS: Partial<Record<Role, { email: string; password: string }>> = {
  learner: ACCOUNTS.learner,
  hindiLearner: ACCOUNTS.hindiLearner,
  reportingOfficer: ACCOUNTS.reportingOfficer,
  provider: ACCOUNTS.provider,
  reviewer: ACCOUNTS.reviewer,
  mdoAdmin: ACCOUNTS.mdoAdmin,
  analyst: ACCOUNTS.analyst,
  superAdmin: ACCOUNTS.superAdmin,
  suspended: ACCOUNTS.suspended,
};

/** Roles that end up with no session: the portal treats them as anonymous. */
export const SIGNED_OUT_ROLES: readonly Role[] = ["anonymous", "suspended"];

const SIGNED_IN: readonly Role[] = ROLES.filter((role) => !SIGNED_OUT_ROLES.includes(role));
const AUTHORS: readonly Role[] = ["provider", "superAdmin"];
const STUDIO: readonly Role[] = ["provider", "reviewer", "mdoAdmin", "mhaAdmin", "superAdmin"];
const REVIEWERS: readonly Role[] = ["reviewer", "mdoAdmin", "mhaAdmin", "superAdmin"];
const ORG_ADMINS: readonly Role[] = ["mdoAdmin", "mhaAdmin", "superAdmin"];
const REPORT_READERS: readonly Role[] = ["mdoAdmin", "mhaAdmin", "analyst", "superAdmin"];
const FRAMEWORK_READERS: readonly Role[] = ["analyst", "superAdmin"];
const FRAMEWORK_EDITORS: readonly Role[] = ["superAdmin"];
/** Open to everyone, signed in or not (sign-in, registration, the language switch). */
const EVERYONE: readonly Role[] = ROLES;

/**
 * Server actions, by `<file>#<export>` as the build's server reference manifest names them.
 * Called with an argument that is not a valid input: an allowed role gets INVALID_INPUT (it
 * passed the gate and nothing ran), a denied one UNAUTHENTICATED or FORBIDDEN.
 */
export const ACTIONS: Record<string, readonly Role[]> = {
  "app/actions/language.ts#setLanguage": EVERYONE,
  "app/(auth)/account/password/actions.ts#changePassword": SIGNED_IN,
  "app/(auth)/register/[token]/actions.ts#register": EVERYONE,
  "app/(auth)/invitation/[token]/actions.ts#setFirstPassword": EVERYONE,

  "app/(learner)/learn/passbook/self-assessment/actions.ts#rateMyself": SIGNED_IN,
  "app/(learner)/learn/team/[reporteeId]/actions.ts#endorse": SIGNED_IN,
  "app/(learner)/learn/team/[reporteeId]/actions.ts#declineRating": SIGNED_IN,
  "app/(learner)/learn/team/[reporteeId]/actions.ts#revoke": SIGNED_IN,
  "app/(learner)/learn/profile/actions.ts#askForProfileChange": SIGNED_IN,
  "app/(learner)/learn/profile/actions.ts#withdrawMyProfileChange": SIGNED_IN,
  "app/(learner)/learn/assessments/actions.ts#startAttemptAction": SIGNED_IN,
  "app/(learner)/learn/assessments/actions.ts#submitAttemptAction": SIGNED_IN,
  "app/(learner)/learn/courses/[slug]/actions.ts#enrolInCourse": SIGNED_IN,
  "app/(learner)/learn/courses/[slug]/actions.ts#withdrawFromCourse": SIGNED_IN,
  "app/(learner)/learn/courses/[slug]/actions.ts#markCourseUpdatesSeen": SIGNED_IN,
  "app/(learner)/learn/courses/[slug]/review/actions.ts#saveCourseReview": SIGNED_IN,
  "app/(learner)/learn/courses/[slug]/learn/[lessonId]/actions.ts#markLessonComplete": SIGNED_IN,
  "app/(learner)/learn/programmes/[slug]/actions.ts#enrolInProgrammeAction": SIGNED_IN,

  "app/(studio)/studio/courses/new/actions.ts#createCourseAction": AUTHORS,
  "app/(studio)/studio/courses/[courseId]/actions.ts#saveCourseDraftAction": AUTHORS,
  "app/(studio)/studio/courses/[courseId]/actions.ts#renderMarkdownAction": AUTHORS,
  "app/(studio)/studio/courses/[courseId]/actions.ts#startNextVersionAction": AUTHORS,
  "app/(studio)/studio/courses/[courseId]/review-actions.ts#submitForReview": AUTHORS,
  "app/(studio)/studio/courses/[courseId]/review-actions.ts#withdrawFromReview": AUTHORS,
  "app/(studio)/studio/courses/[courseId]/questions/actions.ts#saveQuestionAction": AUTHORS,
  "app/(studio)/studio/courses/[courseId]/questions/actions.ts#removeQuestionAction": AUTHORS,
  "app/(studio)/studio/courses/[courseId]/questions/actions.ts#importQuestionsAction": AUTHORS,
  "app/(studio)/studio/courses/[courseId]/batches/actions.ts#saveBatchAction": AUTHORS,
  "app/(studio)/studio/courses/[courseId]/batches/actions.ts#saveSessionAction": AUTHORS,
  "app/(studio)/studio/courses/[courseId]/batches/actions.ts#cancelBatchAction": AUTHORS,
  "app/(studio)/studio/courses/[courseId]/insights/actions.ts#replyToRatingAction": AUTHORS,
  "app/(studio)/studio/courses/[courseId]/versions/lifecycle-actions.ts#archiveCourseAction": AUTHORS,
  "app/(studio)/studio/courses/[courseId]/versions/lifecycle-actions.ts#restoreCourseAction": AUTHORS,
  "app/(studio)/studio/courses/[courseId]/versions/lifecycle-actions.ts#deleteDraftCourseAction": AUTHORS,
  "app/(studio)/studio/requests/actions.ts#respondToContentRequestAction": AUTHORS,
  "app/(studio)/studio/programmes/actions.ts#saveProgrammeAction": AUTHORS,
  "app/(studio)/studio/programmes/actions.ts#changeProgrammeStatusAction": AUTHORS,
  "app/(studio)/studio/batches/[batchId]/actions.ts#saveAttendance": AUTHORS,
  "app/(studio)/studio/reviews/[reviewId]/actions.ts#decide": REVIEWERS,
  "app/(studio)/studio/reviews/groups/actions.ts#saveReviewStages": ORG_ADMINS,
  "app/(studio)/studio/reviews/groups/actions.ts#addGroup": ORG_ADMINS,
  "app/(studio)/studio/reviews/groups/actions.ts#addMember": ORG_ADMINS,
  "app/(studio)/studio/reviews/groups/actions.ts#removeMember": ORG_ADMINS,

  "app/(framework)/framework/competencies/actions.ts#saveCompetencyAction": FRAMEWORK_EDITORS,
  "app/(framework)/framework/posts/actions.ts#saveFracPostAction": FRAMEWORK_EDITORS,
  "app/(framework)/framework/roles/actions.ts#saveFracRoleAction": FRAMEWORK_EDITORS,
  "app/(framework)/framework/import/actions.ts#importFrameworkAction": FRAMEWORK_EDITORS,

  "app/(admin)/admin/compliance/actions.ts#remindOverdueAction": ORG_ADMINS,
  "app/(admin)/admin/plan/actions.ts#createPlanAction": ORG_ADMINS,
  "app/(admin)/admin/plan/actions.ts#addPlanItemAction": ORG_ADMINS,
  "app/(admin)/admin/plan/actions.ts#removePlanItemAction": ORG_ADMINS,
  "app/(admin)/admin/plan/actions.ts#changePlanStatusAction": ORG_ADMINS,
  "app/(admin)/admin/plan/actions.ts#publishPlanAction": ORG_ADMINS,
  "app/(admin)/admin/plan/actions.ts#openPlanVersionAction": ORG_ADMINS,
  "app/(admin)/admin/plan/actions.ts#assignPlanNewcomersAction": ORG_ADMINS,
  "app/(admin)/admin/content-requests/actions.ts#createContentRequestAction": ORG_ADMINS,
  "app/(admin)/admin/content-requests/actions.ts#withdrawContentRequestAction": ORG_ADMINS,
  "app/(admin)/admin/integrity/actions.ts#reviewFlag": ORG_ADMINS,
  "app/(admin)/admin/registrations/actions.ts#createLink": ORG_ADMINS,
  "app/(admin)/admin/registrations/actions.ts#revokeLink": ORG_ADMINS,
  "app/(admin)/admin/registrations/actions.ts#decideRegistrationRequest": ORG_ADMINS,
  "app/(admin)/admin/onboarding/[importId]/actions.ts#revealPasswords": ORG_ADMINS,
  "app/(admin)/admin/officials/actions.ts#saveOfficial": ORG_ADMINS,
  "app/(admin)/admin/officials/actions.ts#changeOfficialStatus": ORG_ADMINS,
  "app/(admin)/admin/officials/actions.ts#addOfficial": ORG_ADMINS,
  "app/(admin)/admin/officials/actions.ts#changeOfficialRoles": ORG_ADMINS,
  "app/(admin)/admin/officials/actions.ts#endAllSessions": ORG_ADMINS,
  "app/(admin)/admin/transfers/actions.ts#decideTransfer": ORG_ADMINS,
};

export type HttpTarget = {
  method: "GET" | "POST";
  /** `{learnerId}` is replaced by the demo learner's id, `{none}` by an id that exists nowhere. */
  path: string;
  allow: readonly Role[];
  /** What an allowed role gets (the request carries no valid input, so often 400 or 404). */
  allowed: number;
  /** Roles let past the permission check whose scope does not hold the object, and what they get. */
  outOfScope?: { roles: readonly Role[]; status: number };
  /** How a signed-out caller is turned away: a redirect to sign-in (pages) or a status. */
  signedOut?: "sign-in" | number;
  /** Set when the body an allowed role gets shows the demo learner (a denial never may: checked on every cell). */
  showsLearner?: boolean;
};

/** Route handlers, by file, with the request the matrix sends. */
export const ROUTE_HANDLERS: Record<string, HttpTarget> = {
  "app/(admin)/admin/audit/export/route.ts": { method: "GET", path: "/admin/audit/export", allow: ORG_ADMINS, allowed: 200 },
  // Without a plan id: the newest plan in the caller's scope. The MHA admin's department has none.
  "app/(admin)/admin/compliance/export/route.ts": {
    method: "GET",
    path: "/admin/compliance/export",
    allow: ["mdoAdmin", "superAdmin"],
    allowed: 200,
    outOfScope: { roles: ["mhaAdmin"], status: 404 },
  },
  "app/(admin)/admin/officials/reporting-officers/route.ts": { method: "GET", path: "/admin/officials/reporting-officers", allow: ORG_ADMINS, allowed: 200 },
  "app/(admin)/admin/onboarding/[importId]/rejected/route.ts": { method: "GET", path: "/admin/onboarding/{none}/rejected", allow: ORG_ADMINS, allowed: 404 },
  "app/(admin)/admin/onboarding/template/route.ts": { method: "GET", path: "/admin/onboarding/template", allow: ORG_ADMINS, allowed: 200 },
  "app/(admin)/admin/onboarding/upload/route.ts": { method: "POST", path: "/admin/onboarding/upload", allow: ORG_ADMINS, allowed: 303 },
  "app/(framework)/framework/export/[file]/route.ts": { method: "GET", path: "/framework/export/competencies.csv", allow: FRAMEWORK_READERS, allowed: 200 },
  "app/(reports)/reports/export/[report]/route.ts": { method: "GET", path: "/reports/export/activity", allow: REPORT_READERS, allowed: 200 },
  "app/(studio)/studio/courses/[courseId]/insights/export/route.ts": { method: "GET", path: "/studio/courses/{none}/insights/export", allow: AUTHORS, allowed: 404 },
  "app/(studio)/studio/courses/[courseId]/questions/export/[file]/route.ts": { method: "GET", path: "/studio/courses/{none}/questions/export/questions.csv", allow: STUDIO, allowed: 404 },
  "app/(studio)/studio/media/route.ts": { method: "POST", path: "/studio/media", allow: AUTHORS, allowed: 400, signedOut: 401 },
  "app/api/auth/[...nextauth]/route.ts": { method: "GET", path: "/api/auth/providers", allow: EVERYONE, allowed: 200 },
  "app/api/learning-record/route.ts": { method: "GET", path: "/api/learning-record", allow: SIGNED_IN, allowed: 200 },
  "app/api/progress/heartbeat/route.ts": { method: "POST", path: "/api/progress/heartbeat", allow: SIGNED_IN, allowed: 400, signedOut: 401 },
  // A link lesson's "Open resource" href: a lesson the official cannot visit sends the browser back to /learn.
  "app/api/progress/lessons/[lessonId]/visit/route.ts": { method: "GET", path: "/api/progress/lessons/{none}/visit", allow: SIGNED_IN, allowed: 307 },
  // Nobody may see an asset that does not exist, and the answer never says whether it does.
  "app/media/[assetId]/route.ts": { method: "GET", path: "/media/{none}", allow: [], allowed: 404, signedOut: 404, outOfScope: { roles: SIGNED_IN, status: 404 } },
};

/** Pages that show personal data: an official's own, or other officials'. */
export const PAGES: readonly HttpTarget[] = [
  { method: "GET", path: "/learn", allow: SIGNED_IN, allowed: 200 },
  { method: "GET", path: "/learn/passbook", allow: SIGNED_IN, allowed: 200 },
  { method: "GET", path: "/learn/profile", allow: SIGNED_IN, allowed: 200 },
  { method: "GET", path: "/learn/record", allow: SIGNED_IN, allowed: 200 },
  { method: "GET", path: "/learn/certificates", allow: SIGNED_IN, allowed: 200 },
  { method: "GET", path: "/learn/team", allow: SIGNED_IN, allowed: 200 },
  {
    method: "GET",
    path: "/learn/team/{learnerId}",
    allow: ["reportingOfficer"],
    allowed: 200,
    outOfScope: { roles: SIGNED_IN.filter((role) => role !== "reportingOfficer"), status: 404 },
    showsLearner: true,
  },
  { method: "GET", path: "/admin", allow: ORG_ADMINS, allowed: 200 },
  // The analyst holds org:officials:read but not the console: these pages once rendered their data
  // inside the layout's 403.
  {
    method: "GET",
    path: "/admin/officials?q=Raghavan",
    allow: ["mdoAdmin", "superAdmin"],
    allowed: 200,
    outOfScope: { roles: ["mhaAdmin"], status: 200 },
    showsLearner: true,
  },
  {
    method: "GET",
    path: "/admin/officials/{learnerId}",
    allow: ["mdoAdmin", "superAdmin"],
    allowed: 200,
    outOfScope: { roles: ["mhaAdmin"], status: 404 },
    showsLearner: true,
  },
  {
    method: "GET",
    path: "/admin/compliance/officials/{learnerId}",
    allow: ["mdoAdmin", "superAdmin"],
    allowed: 200,
    outOfScope: { roles: ["mhaAdmin"], status: 404 },
    showsLearner: true,
  },
  { method: "GET", path: "/admin/audit", allow: ORG_ADMINS, allowed: 200 },
  { method: "GET", path: "/admin/compliance", allow: ORG_ADMINS, allowed: 200 },
  { method: "GET", path: "/admin/transfers", allow: ORG_ADMINS, allowed: 200 },
  { method: "GET", path: "/admin/registrations", allow: ORG_ADMINS, allowed: 200 },
  { method: "GET", path: "/admin/integrity", allow: ORG_ADMINS, allowed: 200 },
  { method: "GET", path: "/admin/outbox", allow: ORG_ADMINS, allowed: 200 },
  { method: "GET", path: "/reports", allow: REPORT_READERS, allowed: 200 },
  {
    method: "GET",
    path: "/reports/officials/{learnerId}",
    allow: ["mdoAdmin", "analyst", "superAdmin"],
    allowed: 200,
    outOfScope: { roles: ["mhaAdmin"], status: 403 },
    showsLearner: true,
  },
  // Open to the whole studio, but it lists only the batches of the caller's own providers (none for a reviewer).
  { method: "GET", path: "/studio/batches", allow: STUDIO, allowed: 200 },
];

/**
 * Object-level cells: a role that holds the permission acts on an official outside its scope.
 * The answer is NOT_FOUND (never "forbidden", which would confirm the official exists), and the
 * official is untouched (checked by the spec).
 */
export const SCOPED_ACTIONS: readonly { action: string; input: Record<string, string>; roles: readonly Role[]; code: string }[] = [
  { action: "app/(admin)/admin/officials/actions.ts#changeOfficialStatus", input: { officialId: "{learnerId}", status: "SUSPENDED" }, roles: ["mhaAdmin"], code: "NOT_FOUND" },
  { action: "app/(admin)/admin/officials/actions.ts#endAllSessions", input: { officialId: "{learnerId}" }, roles: ["mhaAdmin"], code: "NOT_FOUND" },
  { action: "app/(admin)/admin/officials/actions.ts#changeOfficialRoles", input: { officialId: "{learnerId}", isOrganisationAdmin: "on" }, roles: ["mhaAdmin"], code: "NOT_FOUND" },
];

/** How a denial answers, by kind of target. */
export const DENIAL = {
  action: { signedOut: "UNAUTHENTICATED", signedIn: "FORBIDDEN" },
  http: { signedOut: "sign-in" as const, signedIn: 403 },
};

// One coded error for every expected refusal in the studio (authoring, review, publishing).
// Use-cases let it travel to the action wrapper (lib/server/auth/authorised-action.ts), which
// turns it into `fail(error.code, error.message)`. The messages are written for authors and
// reviewers, so they are safe to show — unlike a raw Error's message.

export const STUDIO_ERROR_MESSAGES = {
  INVALID_STATUS_TRANSITION: "This version cannot move to that status from where it is now.",
  REVISION_NOT_FOUND: "That version could not be found, or you cannot open it.",
  REVISION_NOT_READY: "This version is not ready for review yet. Fix the problems listed and submit again.",
  REVISION_NOT_SUBMITTABLE: "Only a draft or a version with changes requested can be submitted for review.",
  REVISION_NOT_IN_REVIEW: "This version is not waiting for review, so the submission cannot be withdrawn.",
  NO_REVIEWER_GROUP: "No reviewer group takes this review stage for the course's organisation yet. Ask the organisation's MDO admin to set one up.",
  REVIEW_NOT_FOUND: "That review could not be found, or it is not routed to a group you belong to.",
  REVIEW_ALREADY_DECIDED: "This review has already been decided, possibly by another reviewer just now. Reload the page.",
  CANNOT_REVIEW_OWN_VERSION: "You wrote this version, so someone else must review it.",
  CHANGES_NEED_COMMENT: "Say what needs to change: add a note or at least one comment.",
  LESSON_NOT_IN_VERSION: "That lesson is not part of this version. Reload the page.",
  REVIEWER_GROUP_NOT_FOUND: "That reviewer group could not be found in your organisations.",
  REVIEWER_GROUP_EXISTS: "The organisation already has a group for that stage and competency area.",
  REVIEWER_NOT_ELIGIBLE: "Only officials of your organisations who are content reviewers or MDO admins can join a reviewer group.",
  ORGANISATION_NOT_IN_SCOPE: "That organisation is not one you administer.",
  COURSE_NOT_FOUND: "That course could not be found, or it is not one of your provider's courses.",
  COURSE_NOT_EDITABLE: "Only a published course can be opened for a new version.",
  VERSION_CONTENT_INVALID: "This version refers to something that is not part of the course (a question, a file or an item of another course). Open it in the editor, fix it and submit it again.",
  COURSE_HAS_HISTORY: "This course has been published or has learners, so it cannot be deleted. Archive it instead.",
  COURSE_NOT_ARCHIVABLE: "Only a published course can be archived.",
  COURSE_NOT_ARCHIVED: "Only an archived course can be restored.",
  STALE_EDIT: "A newer copy of this course was saved after you opened it. Reload the latest copy before editing again.",
  REVISION_NOT_EDITABLE: "This version is in review, approved or published, so it can no longer be edited.",
  NO_PROVIDER: "Your account is not linked to a content provider, so you cannot create courses yet.",
} as const satisfies Record<string, string>;

export type StudioErrorCode = keyof typeof STUDIO_ERROR_MESSAGES;

export class StudioError extends Error {
  readonly code: StudioErrorCode;
  /** Extra, safe-to-show detail for the page (draft problems when a submission is not ready). */
  readonly details: readonly string[];

  /** The message defaults to the code's; pass one only when it says something more specific. */
  constructor(code: StudioErrorCode, message: string = STUDIO_ERROR_MESSAGES[code], details: readonly string[] = []) {
    super(message);
    this.name = "StudioError";
    this.code = code;
    this.details = details;
  }
}

export function isStudioError(error: unknown): error is StudioError {
  return error instanceof StudioError;
}

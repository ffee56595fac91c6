// One coded error for every expected failure of the learning rules. Use-cases let it travel up
// to the action wrapper, which turns it into `fail(error.code, error.message)`: these messages
// are written for the official, so they are safe to show — unlike a raw Error's message.
//
// Convention in lib/domain/learning: a rule that refuses an action throws a DomainError; a rule
// that evaluates evidence and has something useful to say about the shortfall (lesson
// completion) returns a result value instead.

export const DOMAIN_ERROR_MESSAGES = {
  COURSE_NOT_PUBLISHED: "This course is not open for enrolment.",
  ALREADY_COMPLETED: "You have already completed this course.",
  NOT_ENROLLED: "Enrol in this course to continue.",
  BATCH_REQUIRED: "Choose a batch to enrol in this course.",
  BATCH_NOT_FOUND: "That batch does not belong to this course.",
  BATCH_NOT_OPEN: "This batch is not open for enrolment.",
  BATCH_STARTED: "This batch has already started. Choose a later batch.",
  BATCH_FULL: "This batch is full. Choose another batch.",
  ALREADY_PASSED: "You have already passed this assessment.",
  ATTEMPTS_EXHAUSTED: "You have used all your attempts for this assessment.",
  ATTEMPT_EXPIRED: "The time for this attempt has run out.",
  ATTEMPT_ALREADY_SUBMITTED: "This attempt has already been submitted.",
  NO_QUESTIONS: "This assessment has no questions yet. Try again later.",
  INVALID_ANSWER: "Your answers could not be accepted. Reload the page and try again.",
  INVALID_PROGRESS: "Your progress could not be recorded. Reload the page and try again.",
  IMPLAUSIBLE_PROGRESS: "This lesson cannot be marked complete yet.",
  LINK_NOT_VISITED: "Open the link before marking this lesson complete.",
  ASSESSMENT_NOT_PASSED: "Pass the assessment to complete this lesson.",
  LESSON_LOCKED: "Complete the earlier lessons first.",
  INVALID_CERTIFICATE_CODE: "That verification code is not valid. Check it and try again.",
  RATING_NEEDS_COMPLETION: "You can rate a course once you have completed it.",
  SELF_ASSESSMENT_NOT_REQUIRED: "Your post does not require this competency, so it cannot be self-assessed.",
  REPORTEE_NOT_FOUND: "That official is not in your team, or no longer exists.",
  CANNOT_REVIEW_SELF: "You cannot endorse or review your own competencies.",
  COMPETENCY_NOT_REQUIRED: "This official's post does not require this competency.",
  SELF_ASSESSMENT_NOT_PENDING: "There is no self-assessment of this competency waiting for review.",
  ENDORSEMENT_NOT_FOUND: "That endorsement could not be found.",
  ENDORSEMENT_ALREADY_REVOKED: "This endorsement has already been revoked.",
  STUDIO_ITEM_NOT_FOUND: "That item no longer exists, or it is not yours to change.",
  PROGRAMME_NOT_EDITABLE: "Only a draft programme can be changed.",
  PROGRAMME_NEEDS_COURSES: "A programme needs at least two published courses before it can be published.",
  PROGRAMME_COURSE_NOT_PUBLISHED: "Only published courses can be part of a programme.",
  PROGRAMME_STATUS_TRANSITION: "That change is not possible for this programme.",
  PROGRAMME_NOT_PUBLISHED: "This programme is not open for enrolment.",
  CONTENT_REQUEST_STATUS_TRANSITION: "This request has already moved on, so that change is not possible.",
  CONTENT_REQUEST_COURSE_NOT_PUBLISHED: "Link one of your own published courses to fulfil this request.",
  BATCH_NOT_EDITABLE: "This batch is cancelled or completed and can no longer be changed.",
  COURSE_HAS_NO_BATCHES: "Only blended and face-to-face courses have batches.",
} as const satisfies Record<string, string>;

export type DomainErrorCode = keyof typeof DOMAIN_ERROR_MESSAGES;

export const DOMAIN_ERROR_CODES = Object.keys(DOMAIN_ERROR_MESSAGES) as readonly DomainErrorCode[];

export class DomainError extends Error {
  readonly code: DomainErrorCode;

  /** The message defaults to the one for the code; pass one only when it says something more specific. */
  constructor(code: DomainErrorCode, message: string = DOMAIN_ERROR_MESSAGES[code]) {
    super(message);
    this.name = "DomainError";
    this.code = code;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

export function domainErrorMessage(code: DomainErrorCode): string {
  return DOMAIN_ERROR_MESSAGES[code];
}

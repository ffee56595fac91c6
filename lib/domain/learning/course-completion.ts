// When a course counts as done. Only required lessons and the course's assessments decide it:
// optional lessons are there for the curious and must never hold up a certificate.

export type CourseCompletionInput = {
  requiredLessonIds: Iterable<string>;
  /** May include optional lessons or lessons since removed; those are ignored. */
  completedLessonIds: Iterable<string>;
  assessmentIds: Iterable<string>;
  passedAssessmentIds: Iterable<string>;
};

export type CourseCompletionStatus = {
  isComplete: boolean;
  /** Whole percent of required lessons completed, 0–100. */
  progressPercent: number;
  missingLessonIds: string[];
  unpassedAssessmentIds: string[];
};

/**
 * Progress through the required lessons, rounded down so that the bar reads 100 only when every
 * required lesson is done. A course with no required lessons shows 0: there is nothing to measure.
 */
export function courseProgressPercent(requiredLessonIds: Iterable<string>, completedLessonIds: Iterable<string>): number {
  const required = new Set(requiredLessonIds);
  if (required.size === 0) return 0;
  const completed = new Set(completedLessonIds);
  let done = 0;
  for (const id of required) if (completed.has(id)) done++;
  return Math.floor((done * 100) / required.size);
}

/**
 * Complete when every required lesson is done AND every assessment of the course is passed —
 * including an assessment not attached to a lesson, or attached to an optional one, since a
 * certificate vouches for what was assessed.
 *
 * A course with no required lessons and no assessments is never complete: a certificate for
 * nothing is a configuration mistake, so this fails closed rather than issuing one.
 */
export function courseCompletionStatus(input: CourseCompletionInput): CourseCompletionStatus {
  const required = [...new Set(input.requiredLessonIds)];
  const completed = new Set(input.completedLessonIds);
  const assessments = [...new Set(input.assessmentIds)];
  const passed = new Set(input.passedAssessmentIds);

  const missingLessonIds = required.filter((id) => !completed.has(id));
  const unpassedAssessmentIds = assessments.filter((id) => !passed.has(id));
  const hasSomethingToComplete = required.length > 0 || assessments.length > 0;
  return {
    isComplete: hasSomethingToComplete && missingLessonIds.length === 0 && unpassedAssessmentIds.length === 0,
    progressPercent: courseProgressPercent(required, completed),
    missingLessonIds,
    unpassedAssessmentIds,
  };
}

export function isCourseComplete(input: CourseCompletionInput): boolean {
  return courseCompletionStatus(input).isComplete;
}

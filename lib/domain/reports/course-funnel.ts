// Where learners leave a course: how many reached each lesson, in course order.

export type FunnelStep = { lessonId: string; title: string; completed: number };

export type DropOff = { lessonId: string; title: string; lost: number; reached: number; share: number };

/**
 * The lesson that loses the most learners: for each lesson, learners who finished the step
 * before it (the enrolments, for the first) less those who finished it. Null when nobody is
 * lost anywhere.
 */
export function findDropOff(enrolments: number, steps: readonly FunnelStep[]): DropOff | null {
  let previous = enrolments;
  let worst: DropOff | null = null;
  for (const step of steps) {
    const lost = Math.max(0, previous - step.completed);
    if (lost > 0 && (!worst || lost > worst.lost)) {
      worst = { lessonId: step.lessonId, title: step.title, lost, reached: previous, share: previous === 0 ? 0 : lost / previous };
    }
    previous = step.completed;
  }
  return worst;
}

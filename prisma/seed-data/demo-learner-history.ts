// The demo learner's scripted history, so a demo shows every state: one course completed with a
// certificate and passbook entries, two in progress (one assigned by the department's plan),
// one just enrolled — and gaps left against the GST audit role.
import type { ScriptedEnrolment } from "./plan-enrolments";

export const DEMO_LEARNER_ENROLMENTS: ScriptedEnrolment[] = [
  {
    slug: "gst-fundamentals",
    status: "COMPLETED",
    enrolledDaysAgo: 75,
    rating: { rating: 5, review: "A clear foundation before moving to audit work. The examples on place of supply helped." },
  },
  { slug: "gst-audit-and-scrutiny", status: "IN_PROGRESS", completedLessons: 3, enrolledDaysAgo: 15, planned: true },
  { slug: "data-analysis-with-spreadsheets", status: "IN_PROGRESS", completedLessons: 2, enrolledDaysAgo: 30 },
  { slug: "rti-act-for-cpios", status: "ENROLLED", enrolledDaysAgo: 4 },
];

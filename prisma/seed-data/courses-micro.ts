// Micro-courses: a few minutes each, for officials who learn between files. Short lessons mean
// a demo (or an end-to-end test) can take one from enrolment to certificate in minutes, with
// the same integrity rules as every other course. See courses.ts for the shape.
import type { CourseSeed } from "./courses";

export const MICRO_COURSES: CourseSeed[] = [
  {
    slug: "self-contained-note-in-ten-minutes",
    provider: "ISTM",
    title: "The Self-Contained Note in Ten Minutes",
    titleHi: "दस मिनट में स्व-पूर्ण टिप्पणी",
    summary: "A ten-minute refresher on putting up a self-contained note: issue, facts, rule position and options, in the order the deciding officer reads them.",
    competencies: { "FUN-NOTING": 2 },
    length: "micro",
    modules: ["What a note is for", "Building the note", "Assessment"],
    points: [
      ["The issue first", "Open with the decision sought, in one sentence, so the officer knows why the file has come to them."],
      ["Facts and rule position", "Give only the facts that bear on the decision and quote the rule or instruction that governs it."],
      ["Options", "Set out the courses open, with what each would mean, and recommend one with reasons."],
    ],
    link: ["Central Secretariat Manual of Office Procedure (DARPG)", "https://darpg.gov.in/en/central-secretariat-manual-office-procedure"],
    document: "frac-competency-primer",
    questions: [
      ["S", "What should the opening sentence of a self-contained note state?", ["*The decision sought", "The history of the file since it was opened", "The names of everyone who has seen the file", "The dealing hand's leave record"], "The deciding officer first needs to know what decision is sought."],
      ["T", "A self-contained note should let the deciding officer decide without reading the whole file.", true, "That is what makes the note self-contained."],
    ],
  },
];

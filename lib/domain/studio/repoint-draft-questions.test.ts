import { describe, expect, test } from "vitest";
import { draftQuestionListings, repointDraftQuestions } from "./repoint-draft-questions";

const OLD = "0190a1b2-0000-7000-8000-0000000000a1";
const NEW = "0190a1b2-0000-7000-8000-0000000000b2";
const OTHER = "0190a1b2-0000-7000-8000-0000000000c3";

const draft = (questionIds: string[], extra: Record<string, unknown> = {}) => ({
  title: "Course",
  futureField: { kept: true },
  modules: [
    {
      key: "m1",
      title: "One",
      lessons: [
        { key: "l1", type: "TEXT", title: "Read", body: OLD },
        { key: "l2", type: "ASSESSMENT", title: "Quiz", assessment: { title: "Quiz", draw: { mode: "FIXED", questionIds }, ...extra } },
        { key: "l3", type: "ASSESSMENT", title: "Drawn", assessment: { draw: { mode: "RANDOM", count: 2, competencyId: null, level: null } } },
      ],
    },
  ],
});

describe("repointDraftQuestions", () => {
  test("replaces the old id in place and leaves everything else as it was", () => {
    const result = repointDraftQuestions(draft([OTHER, OLD]), new Map([[OLD, NEW]]));
    expect(result.isChanged).toBe(true);
    expect(result.content).toEqual(draft([OTHER, NEW]));
  });

  test("null drops the question; a replacement already listed is not listed twice", () => {
    expect(repointDraftQuestions(draft([OLD, OTHER]), new Map([[OLD, null]])).content).toEqual(draft([OTHER]));
    expect(repointDraftQuestions(draft([NEW, OLD]), new Map([[OLD, NEW]])).content).toEqual(draft([NEW]));
  });

  test("a document that does not list it is returned unchanged", () => {
    const content = draft([OTHER]);
    const result = repointDraftQuestions(content, new Map([[OLD, NEW]]));
    expect(result).toEqual({ content, isChanged: false });
    expect(repointDraftQuestions(null, new Map([[OLD, NEW]]))).toEqual({ content: null, isChanged: false });
  });

  test("listings name the assessment lessons listing each question", () => {
    expect(draftQuestionListings(draft([OLD, OTHER]))).toEqual(new Map([[OLD, ["Quiz"]], [OTHER, ["Quiz"]]]));
  });
});

import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PermissionDeniedError } from "@/lib/domain/permissions";
import type { CurrentUser } from "@/lib/domain/roles";
import type { RawQuestion } from "@/lib/domain/studio/question-rules";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { getAttemptResult } from "@/lib/server/assessment/get-attempt-result";
import { createCompetency } from "@/lib/server/factories/create-competency";
import { createCourse } from "@/lib/server/factories/create-course";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createOrganisation } from "@/lib/server/factories/create-organisation";
import { createProvider } from "@/lib/server/factories/create-provider";
import { newId } from "@/lib/server/factories/new-id";
import { exportQuestionBankFile } from "./export-question-bank-file";
import { followQuestionReplacements } from "./follow-question-replacements";
import { applyQuestionImport, previewQuestionImport } from "./import-question-csv";
import { listQuestionBank } from "./list-question-bank";
import { removeQuestion } from "./remove-question";
import { saveQuestion } from "./save-question";

const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });

type User = Pick<CurrentUser, "id" | "grants">;
let author: User;
let otherAuthor: User;
let routedReviewer: User;
let unroutedReviewer: User;
let courseId = "";
let assessmentId = "";
let competency = { id: "", code: "" };

const author_ = (id: string, providerId: string): User => ({ id, grants: [{ role: "CONTENT_PROVIDER", organisationId: null, providerId }] });
const reviewer_ = (id: string): User => ({ id, grants: [{ role: "CONTENT_REVIEWER", organisationId: null, providerId: null }] });

const raw = (change: Partial<RawQuestion> = {}): RawQuestion => ({
  type: "SINGLE",
  prompt: "Which portion of a file carries the notes?",
  explanation: "",
  points: "1",
  competency: "",
  level: "",
  options: [
    { label: "The note portion", isCorrect: true },
    { label: "The correspondence portion", isCorrect: false },
  ],
  ...change,
});

const liveQuestions = () =>
  fixtureDb.question.findMany({ where: { courseId, archivedAt: null }, orderBy: { createdAt: "asc" }, include: { options: { orderBy: { position: "asc" } } } });

/** The open version's document with one FIXED assessment lesson listing these questions. */
const draftListing = (questionIds: string[]) => ({
  title: "Draft",
  modules: [
    {
      key: newId(),
      title: "Module",
      lessons: [{ key: newId(), type: "ASSESSMENT", title: "Draft quiz", assessment: { title: "Draft quiz", draw: { mode: "FIXED", questionIds } } }],
    },
  ],
});

beforeAll(async () => {
  const [provider, otherProvider, organisation] = await Promise.all([createProvider(fixtureDb), createProvider(fixtureDb), createOrganisation(fixtureDb)]);
  const created = await createCompetency(fixtureDb, { name: `Noting ${newId().slice(-6)}` });
  competency = { id: created.id, code: created.code };
  const [authorRow, otherRow, reviewerRow, unroutedRow] = await Promise.all([
    createOfficial(fixtureDb, { roles: [{ role: "CONTENT_PROVIDER", providerId: provider.id }] }),
    createOfficial(fixtureDb, { roles: [{ role: "CONTENT_PROVIDER", providerId: otherProvider.id }] }),
    createOfficial(fixtureDb, { roles: [{ role: "CONTENT_REVIEWER" }] }),
    createOfficial(fixtureDb, { roles: [{ role: "CONTENT_REVIEWER" }] }),
  ]);
  author = author_(authorRow.id, provider.id);
  otherAuthor = author_(otherRow.id, otherProvider.id);
  routedReviewer = reviewer_(reviewerRow.id);
  unroutedReviewer = reviewer_(unroutedRow.id);

  const course = await createCourse(fixtureDb, {
    providerId: provider.id,
    competencies: [{ competencyId: competency.id, level: 2 }],
    modules: [
      {
        title: "Module",
        lessons: [
          {
            type: "ASSESSMENT",
            title: "Quiz",
            durationSeconds: 300,
            assessment: {
              title: "Quiz",
              passMarkPercent: 50,
              questions: [
                {
                  type: "SINGLE",
                  prompt: "What is a docket?",
                  competencyId: competency.id,
                  options: [
                    { label: "A register of receipts", isCorrect: true },
                    { label: "A kind of file cover", isCorrect: false },
                  ],
                },
              ],
            },
          },
        ],
      },
    ],
  });
  courseId = course.id;
  assessmentId = (await fixtureDb.assessment.findFirstOrThrow({ where: { courseId } })).id;

  // A reviewer routed version 1 of the course may read its bank.
  const revision = await fixtureDb.courseRevision.create({ data: { courseId, number: 1, status: "IN_REVIEW", title: course.title, content: draftListing([]) } });
  const group = await fixtureDb.reviewerGroup.create({ data: { organisationId: organisation.id, stage: "SUBJECT_EXPERT", name: "Experts" } });
  await fixtureDb.reviewerGroupMember.create({ data: { groupId: group.id, userId: routedReviewer.id } });
  await fixtureDb.courseReview.create({ data: { revisionId: revision.id, round: 1, stage: "SUBJECT_EXPERT", groupId: group.id } });
  // The reviewed version has been published since; the open one is version 2.
  await fixtureDb.courseRevision.update({ where: { id: revision.id }, data: { status: "APPROVED" } });
  await fixtureDb.courseRevision.update({ where: { id: revision.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
});

afterAll(async () => {
  await fixtureDb.$disconnect();
});

describe("saving a question", () => {
  test("adds a question; an invalid one writes nothing and names each field", async () => {
    const before = (await liveQuestions()).length;
    const invalid = await saveQuestion(author, { courseId, questionId: null, raw: raw({ prompt: "", points: "0", options: [{ label: "Only", isCorrect: false }] }) });
    expect(invalid).toEqual({
      status: "INVALID",
      errors: { prompt: expect.any(String), points: expect.any(String), options: expect.stringMatching(/at least 2/), correct: expect.any(String) },
    });
    expect(await liveQuestions()).toHaveLength(before);

    const saved = await saveQuestion(author, { courseId, questionId: null, raw: raw({ competency: competency.code, level: "3" }) });
    expect(saved).toMatchObject({ status: "SAVED", isReplaced: false });
    const row = await fixtureDb.question.findUniqueOrThrow({ where: { id: saved.status === "SAVED" ? saved.questionId : "" }, include: { options: true } });
    expect(row).toMatchObject({ competencyId: competency.id, level: 3, points: 1, archivedAt: null });
    expect(row.options).toHaveLength(2);
  });

  test("a question nobody has been asked is edited in place", async () => {
    const saved = await saveQuestion(author, { courseId, questionId: null, raw: raw({ prompt: "Unused question to edit" }) });
    if (saved.status !== "SAVED") throw new Error("fixture");
    const edited = await saveQuestion(author, { courseId, questionId: saved.questionId, raw: raw({ prompt: "Unused question, edited", type: "TRUE_FALSE", options: [{ label: "", isCorrect: true }] }) });
    expect(edited).toEqual({ status: "SAVED", questionId: saved.questionId, isReplaced: false });
    const row = await fixtureDb.question.findUniqueOrThrow({ where: { id: saved.questionId }, include: { options: { orderBy: { position: "asc" } } } });
    expect([row.prompt, row.type, row.archivedAt, row.options.map((option) => [option.label, option.isCorrect])]).toEqual([
      "Unused question, edited",
      "TRUE_FALSE",
      null,
      [
        ["True", true],
        ["False", false],
      ],
    ]);
  });

  test("editing an answered question replaces it: the old is archived, the fixed list and the open draft move, the result page still shows what was asked", async () => {
    const original = await fixtureDb.question.findFirstOrThrow({ where: { courseId, prompt: "What is a docket?" }, include: { options: { orderBy: { position: "asc" } } } });
    const learner = await createOfficial(fixtureDb);
    const attemptId = newId();
    const [right, wrong] = original.options;
    await fixtureDb.assessmentAttempt.create({
      data: {
        id: attemptId,
        assessmentId,
        userId: learner.id,
        attemptNumber: 1,
        status: "SUBMITTED",
        submittedAt: new Date(),
        score: 0,
        maxScore: 1,
        percent: 0,
        passed: false,
        questionOrder: { questionIds: [original.id], optionIdsByQuestion: { [original.id]: [right!.id, wrong!.id] } },
        answers: { create: { questionId: original.id, selectedOptionIds: [wrong!.id], isCorrect: false, pointsAwarded: 0 } },
      },
    });
    const open = await fixtureDb.courseRevision.create({ data: { courseId, number: 2, title: "Draft", content: draftListing([original.id]) } });

    const edited = await saveQuestion(author, {
      courseId,
      questionId: original.id,
      raw: raw({ prompt: "What is a docket? (reworded)", options: [{ label: "A register of receipts", isCorrect: true }, { label: "A file cover", isCorrect: false }] }),
    });
    if (edited.status !== "SAVED") throw new Error(`expected a save, got ${edited.status}`);
    expect(edited.isReplaced).toBe(true);
    expect(edited.questionId).not.toBe(original.id);

    const [old, replacement, listed, draft] = await Promise.all([
      fixtureDb.question.findUniqueOrThrow({ where: { id: original.id }, include: { options: { orderBy: { position: "asc" } } } }),
      fixtureDb.question.findUniqueOrThrow({ where: { id: edited.questionId } }),
      fixtureDb.assessmentQuestion.findMany({ where: { assessmentId } }),
      fixtureDb.courseRevision.findUniqueOrThrow({ where: { id: open.id } }),
    ]);
    expect(old.archivedAt).not.toBeNull();
    expect([old.prompt, old.options.map((option) => option.label)]).toEqual(["What is a docket?", ["A register of receipts", "A kind of file cover"]]);
    expect(replacement).toMatchObject({ replacesId: original.id, archivedAt: null, prompt: "What is a docket? (reworded)" });
    expect(listed.map((row) => row.questionId)).toEqual([edited.questionId]);
    expect(draft.editVersion).toBe(open.editVersion + 1);
    expect(JSON.stringify(draft.content)).toContain(edited.questionId);
    expect(JSON.stringify(draft.content)).not.toContain(original.id);

    const result = await getAttemptResult({ userId: learner.id, attemptId });
    expect(result?.questions.map((question) => [question.prompt, question.options.map((option) => option.label)])).toEqual([
      ["What is a docket?", ["A register of receipts", "A kind of file cover"]],
    ]);

    // Editing the archived original again is refused: it is no longer in the bank.
    expect(await saveQuestion(author, { courseId, questionId: original.id, raw: raw() })).toEqual({ status: "GONE" });
  });

  test("a question in an attempt still in progress counts as asked, though unanswered", async () => {
    const saved = await saveQuestion(author, { courseId, questionId: null, raw: raw({ prompt: "Shown in an open attempt" }) });
    if (saved.status !== "SAVED") throw new Error("fixture");
    const learner = await createOfficial(fixtureDb);
    await fixtureDb.assessmentAttempt.create({
      data: { assessmentId, userId: learner.id, attemptNumber: 1, questionOrder: { questionIds: [saved.questionId], optionIdsByQuestion: {} } },
    });
    const edited = await saveQuestion(author, { courseId, questionId: saved.questionId, raw: raw({ prompt: "Shown in an open attempt, edited" }) });
    expect(edited).toMatchObject({ status: "SAVED", isReplaced: true });
  });
});

describe("removing a question", () => {
  test("deletes one never asked and not listed live; archives one that was asked", async () => {
    const unused = await saveQuestion(author, { courseId, questionId: null, raw: raw({ prompt: "Delete me" }) });
    if (unused.status !== "SAVED") throw new Error("fixture");
    expect(await removeQuestion(author, { courseId, questionId: unused.questionId })).toEqual({ status: "DELETED" });
    expect(await fixtureDb.question.findUnique({ where: { id: unused.questionId } })).toBeNull();

    const asked = await saveQuestion(author, { courseId, questionId: null, raw: raw({ prompt: "Listed and asked" }) });
    if (asked.status !== "SAVED") throw new Error("fixture");
    await fixtureDb.assessmentQuestion.create({ data: { assessmentId, questionId: asked.questionId, position: 2 } });
    const learner = await createOfficial(fixtureDb);
    await fixtureDb.assessmentAttempt.create({
      data: { assessmentId, userId: learner.id, attemptNumber: 1, questionOrder: { questionIds: [asked.questionId], optionIdsByQuestion: {} } },
    });
    expect(await removeQuestion(author, { courseId, questionId: asked.questionId })).toEqual({ status: "ARCHIVED" });
    expect((await fixtureDb.question.findUniqueOrThrow({ where: { id: asked.questionId } })).archivedAt).not.toBeNull();
    // The live assessment keeps asking it until a version without it is published.
    expect(await fixtureDb.assessmentQuestion.count({ where: { assessmentId, questionId: asked.questionId } })).toBe(1);
  });
});

describe("CSV import and export", () => {
  const HEADER = "type,prompt,option_1,option_2,option_3,correct,points,competency,level";

  test("a file with bad rows reports each of them and writes nothing", async () => {
    const before = await liveQuestions();
    const csv = [HEADER, "SINGLE,Good row,A,B,,1,,,", "SINGLE,Two answers,A,B,,1;2,,,", "MULTIPLE,No options,,,,1,,,", `SINGLE,Bad level,A,B,,2,,${competency.code},7`].join("\n");
    const preview = await previewQuestionImport(author, { courseId, text: csv });
    expect(preview.isValid).toBe(false);
    expect(preview.rows.map((row) => [row.row, row.outcome, row.errors.map((error) => error.column)])).toEqual([
      [2, "CREATE", []],
      [3, "INVALID", ["correct"]],
      [4, "INVALID", ["correct", "option_1…option_8"]],
      [5, "INVALID", ["level"]],
    ]);
    const applied = await applyQuestionImport(author, { courseId, text: csv });
    expect(applied.status).toBe("INVALID");
    expect(await liveQuestions()).toEqual(before);
  });

  test("an export re-imports unchanged; an edited row updates that question only; new rows are added", async () => {
    const exported = await exportQuestionBankFile(author, courseId, "questions.csv");
    if (!exported) throw new Error("no export");
    const before = await liveQuestions();
    expect(exported.body.split("\r\n").filter((line) => line !== "")).toHaveLength(before.length + 1);

    const same = await applyQuestionImport(author, { courseId, text: exported.body });
    expect(same.status).toBe("APPLIED");
    expect(same.report.counts).toMatchObject({ UNCHANGED: before.length, CREATE: 0, UPDATE: 0, REPLACE: 0, INVALID: 0 });
    expect(await liveQuestions()).toEqual(before);

    const target = before.find((question) => question.prompt === "Which portion of a file carries the notes?")!;
    const edited = exported.body.replace("Which portion of a file carries the notes?", "Which portion carries the notes?") + `,TRUE_FALSE,Imported true/false,${",".repeat(8)}true,2,,,\r\n`;
    const preview = await previewQuestionImport(author, { courseId, text: edited });
    expect(preview.counts).toMatchObject({ UPDATE: 1, CREATE: 1, INVALID: 0 });
    expect((await applyQuestionImport(author, { courseId, text: edited })).status).toBe("APPLIED");
    const after = await liveQuestions();
    expect(after).toHaveLength(before.length + 1);
    expect(after.find((question) => question.id === target.id)?.prompt).toBe("Which portion carries the notes?");
    expect(after.find((question) => question.prompt === "Imported true/false")).toMatchObject({ type: "TRUE_FALSE", points: 2 });
  });

  test("the export loads into another course's bank as new questions once the ids are cleared", async () => {
    const exported = await exportQuestionBankFile(author, courseId, "questions.csv");
    const provider = author.grants[0]!.providerId!;
    const copy = await createCourse(fixtureDb, { providerId: provider });
    const withoutIds = exported!.body.replace(/^[0-9a-f-]{36},/gm, ",");
    const applied = await applyQuestionImport(author, { courseId: copy.id, text: withoutIds });
    expect(applied.status).toBe("APPLIED");
    const copied = await fixtureDb.question.findMany({ where: { courseId: copy.id }, orderBy: { createdAt: "asc" }, select: { prompt: true, type: true } });
    expect(copied).toEqual((await liveQuestions()).map(({ prompt, type }) => ({ prompt, type })));
    // Ids of another course's bank are not this bank's questions.
    const crossed = await previewQuestionImport(author, { courseId: copy.id, text: exported!.body });
    expect(crossed.counts.INVALID).toBe(crossed.rows.length);
  });
});

describe("who may use the bank", () => {
  test("another provider's author is refused every read and write", async () => {
    const question = (await liveQuestions())[0]!;
    expect(await listQuestionBank(otherAuthor, courseId, { q: "" })).toBeNull();
    expect(await exportQuestionBankFile(otherAuthor, courseId, "questions.csv")).toBeNull();
    await expect(saveQuestion(otherAuthor, { courseId, questionId: null, raw: raw() })).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(saveQuestion(otherAuthor, { courseId, questionId: question.id, raw: raw() })).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(removeQuestion(otherAuthor, { courseId, questionId: question.id })).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(previewQuestionImport(otherAuthor, { courseId, text: "type,prompt,correct" })).rejects.toBeInstanceOf(PermissionDeniedError);
    expect(await fixtureDb.question.findUniqueOrThrow({ where: { id: question.id } })).toMatchObject({ archivedAt: null, prompt: question.prompt });
  });

  test("a reviewer routed a version reads the bank but cannot change it; one not routed cannot read it", async () => {
    const bank = await listQuestionBank(routedReviewer, courseId, { q: "" });
    expect(bank?.course.canEdit).toBe(false);
    expect(bank?.total).toBe((await liveQuestions()).length);
    await expect(saveQuestion(routedReviewer, { courseId, questionId: null, raw: raw() })).rejects.toBeInstanceOf(PermissionDeniedError);
    expect(await listQuestionBank(unroutedReviewer, courseId, { q: "" })).toBeNull();
  });
});

describe("the bank's figures", () => {
  test("counts per competency and level, usage and difficulty", async () => {
    const bank = await listQuestionBank(author, courseId, { q: "" });
    if (!bank) throw new Error("no bank");
    const tagged = bank.counts.find((row) => row.competencyId === competency.id);
    expect(tagged?.byLevel[3]).toBe(1);
    expect(bank.counts.reduce((sum, row) => sum + row.total, 0)).toBe(bank.total);
    const answered = bank.questions.find((question) => question.prompt === "What is a docket? (reworded)");
    expect(answered?.usage.liveAssessments).toEqual(["Quiz"]);
    expect(answered?.difficulty).toEqual({ answered: 0, percentCorrect: null, flags: [] });

    // Twenty answers to one question, all correct: flagged too easy, and the distractor unchosen.
    const target = bank.questions.find((question) => question.prompt === "Which portion carries the notes?")!;
    const correctOption = target.options.find((option) => option.isCorrect)!;
    for (let index = 0; index < 20; index += 1) {
      const learner = await createOfficial(fixtureDb);
      await fixtureDb.assessmentAttempt.create({
        data: {
          assessmentId,
          userId: learner.id,
          attemptNumber: 1,
          status: "SUBMITTED",
          questionOrder: { questionIds: [target.id], optionIdsByQuestion: {} },
          answers: { create: { questionId: target.id, selectedOptionIds: [correctOption.id], isCorrect: true, pointsAwarded: 1 } },
        },
      });
    }
    const after = await listQuestionBank(author, courseId, { q: "carries the notes" });
    expect(after?.questions).toHaveLength(1);
    expect(after?.questions[0]?.difficulty.percentCorrect).toBe(100);
    expect(after?.questions[0]?.difficulty.flags.map((flag) => flag.code)).toEqual(["TOO_EASY", "UNCHOSEN_OPTION"]);
    const csv = await exportQuestionBankFile(author, courseId, "difficulty.csv");
    expect(csv?.body).toContain(`,Which portion carries the notes?,${competency.code},3,20,100,`);
  });
});

describe("a document copied from an earlier version", () => {
  test("lists the live end of each replacement chain, drops a question archived without one, and keeps what it cannot place", async () => {
    const [original, replacement, archived] = await Promise.all([
      fixtureDb.question.findFirstOrThrow({ where: { courseId, prompt: "What is a docket?" } }),
      fixtureDb.question.findFirstOrThrow({ where: { courseId, prompt: "What is a docket? (reworded)" } }),
      fixtureDb.question.findFirstOrThrow({ where: { courseId, prompt: "Listed and asked" } }),
    ]);
    // A second edit of the replacement, once it too has been asked, extends the chain.
    const learner = await createOfficial(fixtureDb);
    await fixtureDb.assessmentAttempt.create({
      data: { assessmentId, userId: learner.id, attemptNumber: 1, questionOrder: { questionIds: [replacement.id], optionIdsByQuestion: {} } },
    });
    const again = await saveQuestion(author, { courseId, questionId: replacement.id, raw: raw({ prompt: "What is a docket? (reworded twice)" }) });
    if (again.status !== "SAVED" || !again.isReplaced) throw new Error("expected a second replacement");

    const unknown = newId();
    const copied = await followQuestionReplacements(fixtureDb, courseId, draftListing([original.id, archived.id, unknown]));
    expect(JSON.stringify(copied)).toContain(JSON.stringify([again.questionId, unknown]));
    const untouched = draftListing([again.questionId]);
    expect(await followQuestionReplacements(fixtureDb, courseId, untouched)).toBe(untouched);
  });
});

import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import type { CurrentUser, RoleGrant } from "@/lib/domain/roles";
import { StudioError, type StudioErrorCode } from "@/lib/domain/studio/studio-error";
import { createCompetency } from "@/lib/server/factories/create-competency";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createOrganisation } from "@/lib/server/factories/create-organisation";
import { createProvider } from "@/lib/server/factories/create-provider";
import { newId } from "@/lib/server/factories/new-id";
import { decideReview } from "./decide-review";
import { createDraftCourse, createReviewerGroup, readyDraft } from "./review-fixtures";
import { submitRevision } from "./submit-revision";
import { withdrawRevision } from "./withdraw-revision";

// The routed, two-stage review on real PostgreSQL: a ministry asks for a subject expert and then
// its MDO approval; an institute under it writes the courses.
const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });
afterAll(() => fixtureDb.$disconnect());

let ministryId = "";
let instituteId = "";
let providerId = "";
let competencyId = "";
let author: CurrentUser;
let expert: CurrentUser;
let secondExpert: CurrentUser;
let approver: CurrentUser;
let secondApprover: CurrentUser;
let outsider: CurrentUser;
let authorAndExpert: CurrentUser;

function asUser(id: string, grants: RoleGrant[]): CurrentUser {
  return { id, name: "Test", email: `${id}@test.gov.in`, organisationId: null, preferredLanguage: "EN", grants };
}

async function official(grants: RoleGrant[], organisationId: string): Promise<CurrentUser> {
  const user = await createOfficial(fixtureDb, {
    organisationId,
    passwordHash: null,
    roles: grants.map((grant) => ({ role: grant.role, organisationId: grant.organisationId, providerId: grant.providerId })),
  });
  return asUser(user.id, grants);
}

async function refusal(work: Promise<unknown>): Promise<StudioErrorCode> {
  const error: unknown = await work.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof StudioError)) throw new Error(`Expected a StudioError, got ${String(error)}`);
  return error.code;
}

async function newCourse(lessonKey = newId()) {
  const draft = readyDraft({ title: `Reviewed course ${newId().slice(-6)}`, competencyId, lessonKey });
  return createDraftCourse(fixtureDb, { providerId, organisationId: instituteId, authorId: author.id, draft });
}

async function pendingReviewId(revisionId: string): Promise<string> {
  const review = await fixtureDb.courseReview.findFirstOrThrow({ where: { revisionId, outcome: "PENDING" }, select: { id: true } });
  return review.id;
}

beforeAll(async () => {
  const ministry = await createOrganisation(fixtureDb, { kind: "MINISTRY" });
  const institute = await createOrganisation(fixtureDb, { parentId: ministry.id });
  ministryId = ministry.id;
  instituteId = institute.id;
  await fixtureDb.organisation.update({ where: { id: ministryId }, data: { reviewStages: 2 } });
  providerId = (await createProvider(fixtureDb, { organisationId: instituteId })).id;
  competencyId = (await createCompetency(fixtureDb, { area: "Public finance" })).id;

  const providerGrant: RoleGrant = { role: "CONTENT_PROVIDER", organisationId: null, providerId };
  const reviewerGrant: RoleGrant = { role: "CONTENT_REVIEWER", organisationId: null, providerId: null };
  const adminGrant: RoleGrant = { role: "MDO_ADMIN", organisationId: ministryId, providerId: null };
  author = await official([providerGrant], instituteId);
  expert = await official([reviewerGrant], ministryId);
  secondExpert = await official([reviewerGrant], ministryId);
  approver = await official([adminGrant], ministryId);
  secondApprover = await official([adminGrant], ministryId);
  outsider = await official([reviewerGrant], ministryId);
  authorAndExpert = await official([providerGrant, reviewerGrant], instituteId);

  await createReviewerGroup(fixtureDb, { organisationId: ministryId, stage: "SUBJECT_EXPERT", memberIds: [expert.id, secondExpert.id, authorAndExpert.id] });
  await createReviewerGroup(fixtureDb, { organisationId: ministryId, stage: "MDO_APPROVAL", memberIds: [approver.id, secondApprover.id] });
  // The outsider reviews another area at the ministry: never routed this course.
  await createReviewerGroup(fixtureDb, { organisationId: ministryId, stage: "SUBJECT_EXPERT", competencyArea: "Ethics", memberIds: [outsider.id] });
});

describe("submitting", () => {
  test("a version that is not ready is refused with what is missing", async () => {
    const { revisionId } = await createDraftCourse(fixtureDb, {
      providerId,
      organisationId: instituteId,
      authorId: author.id,
      draft: { ...readyDraft({ title: "No", competencyId }), summary: "" },
    });
    const error = await submitRevision(author, revisionId).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(StudioError);
    expect((error as StudioError).code).toBe("REVISION_NOT_READY");
    expect((error as StudioError).details.join(" ")).toMatch(/title of at least 3/);
    expect((error as StudioError).details.join(" ")).toMatch(/summary/);
  });

  test("someone outside the provider cannot submit", async () => {
    const { revisionId } = await newCourse();
    expect(await refusal(submitRevision(expert, revisionId))).toBe("REVISION_NOT_FOUND");
  });

  test("a course whose organisation has no group for the stage is refused clearly", async () => {
    const lonely = await createOrganisation(fixtureDb, { kind: "MINISTRY" });
    const { revisionId } = await createDraftCourse(fixtureDb, {
      providerId,
      organisationId: lonely.id,
      authorId: author.id,
      draft: readyDraft({ title: "Nobody reviews this", competencyId }),
    });
    const error = await submitRevision(author, revisionId).catch((thrown: unknown) => thrown);
    expect((error as StudioError).code).toBe("NO_REVIEWER_GROUP");
    expect((error as StudioError).message).toMatch(/MDO approval/);
    const revision = await fixtureDb.courseRevision.findUniqueOrThrow({ where: { id: revisionId } });
    expect(revision.status).toBe("DRAFT");
  });

  test("starts round 1 at the subject-expert stage and moves a first course into review", async () => {
    const { courseId, revisionId } = await newCourse();
    const submitted = await submitRevision(author, revisionId);
    expect(submitted).toMatchObject({ round: 1, stage: "SUBJECT_EXPERT" });
    const revision = await fixtureDb.courseRevision.findUniqueOrThrow({ where: { id: revisionId }, include: { reviews: { include: { group: true } } } });
    expect(revision).toMatchObject({ status: "IN_REVIEW", reviewRound: 1, currentStage: "SUBJECT_EXPERT" });
    expect(revision.reviews).toHaveLength(1);
    expect(revision.reviews[0]?.group?.competencyArea).toBeNull();
    expect((await fixtureDb.course.findUniqueOrThrow({ where: { id: courseId } })).status).toBe("IN_REVIEW");
    expect(await fixtureDb.auditLog.count({ where: { entityId: revisionId, action: "course_revision.submitted" } })).toBe(1);
    expect(await refusal(submitRevision(author, revisionId))).toBe("REVISION_NOT_SUBMITTABLE");
  });

  test("withdrawing returns it to draft and cancels the waiting review", async () => {
    const { courseId, revisionId } = await newCourse();
    await submitRevision(author, revisionId);
    await withdrawRevision(author, revisionId);
    const revision = await fixtureDb.courseRevision.findUniqueOrThrow({ where: { id: revisionId }, include: { reviews: true } });
    expect(revision.status).toBe("DRAFT");
    expect(revision.reviews.map((review) => review.outcome)).toEqual(["CANCELLED"]);
    expect((await fixtureDb.course.findUniqueOrThrow({ where: { id: courseId } })).status).toBe("DRAFT");
    expect(await refusal(withdrawRevision(author, revisionId))).toBe("REVISION_NOT_IN_REVIEW");
    expect(await fixtureDb.auditLog.count({ where: { entityId: revisionId, action: "course_revision.withdrawn" } })).toBe(1);
  });
});

describe("deciding", () => {
  test("a reviewer outside the routed group cannot act, and is told the review does not exist", async () => {
    const { revisionId } = await newCourse();
    await submitRevision(author, revisionId);
    const reviewId = await pendingReviewId(revisionId);
    expect(await refusal(decideReview(outsider, { reviewId, outcome: "APPROVED", note: null, comments: [] }))).toBe("REVIEW_NOT_FOUND");
    // The MDO approvers' turn has not come: their group is not the one routed.
    expect(await refusal(decideReview(approver, { reviewId, outcome: "APPROVED", note: null, comments: [] }))).toBe("REVIEW_NOT_FOUND");
    expect((await fixtureDb.courseReview.findUniqueOrThrow({ where: { id: reviewId } })).outcome).toBe("PENDING");
  });

  test("the author cannot review their own version, even as a member of the group", async () => {
    const draft = readyDraft({ title: "Written by a reviewer", competencyId });
    const { revisionId } = await createDraftCourse(fixtureDb, { providerId, organisationId: instituteId, authorId: authorAndExpert.id, draft });
    await submitRevision(authorAndExpert, revisionId);
    const reviewId = await pendingReviewId(revisionId);
    expect(await refusal(decideReview(authorAndExpert, { reviewId, outcome: "APPROVED", note: null, comments: [] }))).toBe("CANNOT_REVIEW_OWN_VERSION");
  });

  test("a comment on a lesson the version does not have is refused, and nothing is decided", async () => {
    const { revisionId } = await newCourse();
    await submitRevision(author, revisionId);
    const reviewId = await pendingReviewId(revisionId);
    const decision = decideReview(expert, { reviewId, outcome: "CHANGES_REQUESTED", note: null, comments: [{ lessonKey: newId(), body: "Fix this." }] });
    expect(await refusal(decision)).toBe("LESSON_NOT_IN_VERSION");
    expect((await fixtureDb.courseReview.findUniqueOrThrow({ where: { id: reviewId } })).outcome).toBe("PENDING");
    expect(await fixtureDb.reviewComment.count({ where: { revisionId } })).toBe(0);
  });

  test("changes requested need a note or a comment; the author fixes and resubmits into round 2", async () => {
    const lessonKey = newId();
    const { courseId, revisionId } = await newCourse(lessonKey);
    await submitRevision(author, revisionId);
    const reviewId = await pendingReviewId(revisionId);
    expect(await refusal(decideReview(expert, { reviewId, outcome: "CHANGES_REQUESTED", note: " ", comments: [] }))).toBe("CHANGES_NEED_COMMENT");

    const decision = await decideReview(expert, { reviewId, outcome: "CHANGES_REQUESTED", note: null, comments: [{ lessonKey, body: "Cite the rule." }] });
    expect(decision).toEqual({ outcome: "CHANGES_REQUESTED" });
    expect((await fixtureDb.courseRevision.findUniqueOrThrow({ where: { id: revisionId } })).status).toBe("CHANGES_REQUESTED");
    expect((await fixtureDb.course.findUniqueOrThrow({ where: { id: courseId } })).status).toBe("CHANGES_REQUESTED");
    const comment = await fixtureDb.reviewComment.findFirstOrThrow({ where: { revisionId } });
    expect(comment).toMatchObject({ lessonKey, reviewId, authorId: expert.id, resolvedAt: null });

    const resubmitted = await submitRevision(author, revisionId);
    expect(resubmitted).toMatchObject({ round: 2, stage: "SUBJECT_EXPERT" });
    expect((await fixtureDb.reviewComment.findFirstOrThrow({ where: { revisionId } })).resolvedAt).not.toBeNull();
    expect(await fixtureDb.auditLog.count({ where: { entityId: revisionId, action: "course_review.changes_requested" } })).toBe(1);
  });

  test("both stages approve and the version is published at once", async () => {
    const { courseId, revisionId } = await newCourse();
    await submitRevision(author, revisionId);
    const first = await decideReview(expert, { reviewId: await pendingReviewId(revisionId), outcome: "APPROVED", note: "Accurate.", comments: [] });
    expect(first).toMatchObject({ outcome: "APPROVED", nextStage: "MDO_APPROVAL" });
    expect((await fixtureDb.courseRevision.findUniqueOrThrow({ where: { id: revisionId } })).currentStage).toBe("MDO_APPROVAL");

    const second = await decideReview(approver, { reviewId: await pendingReviewId(revisionId), outcome: "APPROVED", note: null, comments: [] });
    expect(second).toEqual({ outcome: "APPROVED", nextStage: null, publishedVersion: 1 });
    const course = await fixtureDb.course.findUniqueOrThrow({ where: { id: courseId }, include: { lessons: true } });
    expect(course.status).toBe("PUBLISHED");
    expect(course.lessons).toHaveLength(1);
    expect((await fixtureDb.courseRevision.findUniqueOrThrow({ where: { id: revisionId } })).status).toBe("PUBLISHED");
  });

  test("two approvers deciding the last stage at once: one wins, the other is refused, one version is published", async () => {
    const { courseId, revisionId } = await newCourse();
    await submitRevision(author, revisionId);
    await decideReview(expert, { reviewId: await pendingReviewId(revisionId), outcome: "APPROVED", note: null, comments: [] });
    const reviewId = await pendingReviewId(revisionId);

    const results = await Promise.allSettled([
      decideReview(approver, { reviewId, outcome: "APPROVED", note: null, comments: [] }),
      decideReview(secondApprover, { reviewId, outcome: "APPROVED", note: null, comments: [] }),
    ]);
    const won = results.filter((result) => result.status === "fulfilled");
    const lost = results.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toBeInstanceOf(StudioError);
    expect((lost[0] as StudioError).code).toBe("REVIEW_ALREADY_DECIDED");
    expect(await fixtureDb.courseRevision.count({ where: { courseId, status: "PUBLISHED" } })).toBe(1);
    expect(await fixtureDb.auditLog.count({ where: { entityId: courseId, action: "course.version_published" } })).toBe(1);
    expect(await fixtureDb.auditLog.count({ where: { entityId: revisionId, action: "course_review.approved" } })).toBe(2);
  });

  test("two experts racing at the first stage open exactly one MDO review", async () => {
    const { revisionId } = await newCourse();
    await submitRevision(author, revisionId);
    const reviewId = await pendingReviewId(revisionId);
    const results = await Promise.allSettled([
      decideReview(expert, { reviewId, outcome: "APPROVED", note: null, comments: [] }),
      decideReview(secondExpert, { reviewId, outcome: "CHANGES_REQUESTED", note: "Too short.", comments: [] }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const reviews = await fixtureDb.courseReview.findMany({ where: { revisionId } });
    expect(reviews.filter((review) => review.outcome !== "PENDING")).toHaveLength(1);
    expect(reviews.length).toBeLessThanOrEqual(2);
  });
});

describe("the database itself", () => {
  test("refuses an illegal status move made behind the studio's back", async () => {
    const { courseId, revisionId } = await newCourse();
    await expect(fixtureDb.$executeRaw`UPDATE "CourseRevision" SET "status" = 'PUBLISHED' WHERE "id" = ${revisionId}::uuid`).rejects.toThrow(
      /course status cannot move from DRAFT to PUBLISHED/,
    );
    await expect(fixtureDb.$executeRaw`UPDATE "Course" SET "status" = 'APPROVED' WHERE "id" = ${courseId}::uuid`).rejects.toThrow(/cannot move/);
  });
});

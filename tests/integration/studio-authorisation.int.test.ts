import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { can, isPermissionDeniedError, PermissionDeniedError, type Permission } from "@/lib/domain/permissions";
import type { CurrentUser, RoleGrant } from "@/lib/domain/roles";
import { isStudioError } from "@/lib/domain/studio/studio-error";
import { createCompetency } from "@/lib/server/factories/create-competency";
import { createCourse } from "@/lib/server/factories/create-course";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createOrganisation } from "@/lib/server/factories/create-organisation";
import { createProvider } from "@/lib/server/factories/create-provider";
import { newId } from "@/lib/server/factories/new-id";
import { applyQuestionImport } from "@/lib/server/studio/questions/import-question-csv";
import { listQuestionBank } from "@/lib/server/studio/questions/list-question-bank";
import { removeQuestion } from "@/lib/server/studio/questions/remove-question";
import { saveQuestion } from "@/lib/server/studio/questions/save-question";
import { findMediaForViewer } from "@/lib/server/studio/media/find-media-for-viewer";
import { decideReview } from "@/lib/server/studio/review/decide-review";
import { addReviewerGroupMember } from "@/lib/server/studio/review/groups/change-reviewer-group-member";
import { createReviewerGroup as createGroupAsAdmin } from "@/lib/server/studio/review/groups/create-reviewer-group";
import { setReviewStages } from "@/lib/server/studio/review/groups/set-review-stages";
import { createDraftCourse, createReviewerGroup, readyDraft } from "@/lib/server/studio/review/review-fixtures";
import { submitRevision } from "@/lib/server/studio/review/submit-revision";
import { withdrawRevision } from "@/lib/server/studio/review/withdraw-revision";
import { archiveCourse } from "@/lib/server/studio/versions/archive-course";
import { deleteDraftCourse } from "@/lib/server/studio/versions/delete-draft-course";
import { openNextVersion } from "@/lib/server/studio/versions/open-next-version";
import { restoreCourse } from "@/lib/server/studio/versions/restore-course";

// Who may do what in the studio, as a table: action × role → allow or deny. Each row runs the
// action as the server action would (the wrapper's permission first, then the use-case with its
// object-level checks) on fresh data. Other parts of the studio add their actions to ACTIONS and
// their rows to TABLE.

const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });
afterAll(() => fixtureDb.$disconnect());

const ROLES = [
  "authorOfCourse",
  "authorElsewhere",
  "routedExpert",
  "expertOfAnotherGroup",
  "mdoAdminOfOrganisation",
  "mdoAdminElsewhere",
  "superAdmin",
  "learner",
] as const;
type RoleKey = (typeof ROLES)[number];

type World = {
  users: Record<RoleKey, CurrentUser>;
  ministryId: string;
  elsewhereId: string;
  providerId: string;
  competencyId: string;
  expertGroupId: string;
  /** A fresh course of the provider, version 1 ready to submit. */
  newCourse: () => Promise<{ courseId: string; revisionId: string }>;
};

type StudioAction = { permission: Permission; run: (actor: CurrentUser, world: World) => Promise<unknown> };

const bankQuestion = (prompt: string) => ({
  type: "SINGLE",
  prompt,
  explanation: "",
  points: "1",
  competency: "",
  level: "",
  options: [
    { label: "Right", isCorrect: true },
    { label: "Wrong", isCorrect: false },
  ],
});

/** A fresh published course of the provider with one question in its bank, added by its author. */
async function courseWithQuestion(world: World): Promise<{ courseId: string; questionId: string }> {
  const { id: courseId } = await createCourse(fixtureDb, { providerId: world.providerId });
  const saved = await saveQuestion(world.users.authorOfCourse, { courseId, questionId: null, raw: bankQuestion("A question already in the bank") });
  if (saved.status !== "SAVED") throw new Error("fixture question not saved");
  return { courseId, questionId: saved.questionId };
}

/** An uploaded file of the provider (the row only: who may fetch it is decided from rows alone). */
async function uploadedAsset(world: World, kind: "PDF" | "IMAGE" = "PDF"): Promise<string> {
  const id = newId();
  const suffix = id.replace(/-/g, "");
  await fixtureDb.mediaAsset.create({
    data: { id, providerId: world.providerId, kind, mimeType: kind === "PDF" ? "application/pdf" : "image/png", sizeBytes: 10n, sha256: suffix, storageKey: `media/${id.slice(-2)}/${id.slice(-4, -2)}/${id}`, originalName: "file" },
  });
  return id;
}

/** GET /media/<id> answers 404 to anyone findMediaForViewer returns null for. */
async function fetchMedia(actor: CurrentUser, assetId: string): Promise<unknown> {
  return (await findMediaForViewer(actor, assetId)) ?? Promise.reject(new PermissionDeniedError());
}

export const ACTIONS: Record<string, StudioAction> = {
  "submit a version": {
    permission: "course:author",
    run: async (actor, world) => submitRevision(actor, (await world.newCourse()).revisionId),
  },
  "withdraw a submission": {
    permission: "course:author",
    run: async (actor, world) => {
      const { revisionId } = await world.newCourse();
      await submitRevision(world.users.authorOfCourse, revisionId);
      return withdrawRevision(actor, revisionId);
    },
  },
  "decide the subject-expert stage": {
    permission: "course:review",
    run: async (actor, world) => {
      const { revisionId } = await world.newCourse();
      await submitRevision(world.users.authorOfCourse, revisionId);
      const review = await fixtureDb.courseReview.findFirstOrThrow({ where: { revisionId, outcome: "PENDING" } });
      return decideReview(actor, { reviewId: review.id, outcome: "CHANGES_REQUESTED", note: "Please revise.", comments: [] });
    },
  },
  "set the ministry's review stages": {
    permission: "review:manage",
    run: (actor, world) => setReviewStages(actor, { organisationId: world.ministryId, reviewStages: 2 }),
  },
  "create a reviewer group in the ministry": {
    permission: "review:manage",
    run: async (actor, world) => {
      const area = `Area ${Math.random().toString(36).slice(2, 8)}`;
      await createCompetency(fixtureDb, { area });
      return createGroupAsAdmin(actor, { organisationId: world.ministryId, stage: "SUBJECT_EXPERT", competencyArea: area, name: `Experts in ${area}` });
    },
  },
  "add a ministry reviewer to a group": {
    permission: "review:manage",
    // A fresh official each time, so a granted row never changes who belongs to the routed group.
    run: async (actor, world) => {
      const candidate = await official([{ role: "CONTENT_REVIEWER", organisationId: null, providerId: null }], world.ministryId);
      return addReviewerGroupMember(actor, { groupId: world.expertGroupId, userId: candidate.id });
    },
  },
  "open the next version of a published course": {
    permission: "course:author",
    run: async (actor, world) => openNextVersion(actor, (await createCourse(fixtureDb, { providerId: world.providerId })).id),
  },
  "archive a published course": {
    permission: "course:author",
    run: async (actor, world) => archiveCourse(actor, (await createCourse(fixtureDb, { providerId: world.providerId })).id),
  },
  "restore an archived course": {
    permission: "course:author",
    run: async (actor, world) => {
      const course = await createCourse(fixtureDb, { providerId: world.providerId });
      await archiveCourse(world.users.authorOfCourse, course.id);
      return restoreCourse(actor, course.id);
    },
  },
  "delete a draft-only course": {
    permission: "course:author",
    run: async (actor, world) => deleteDraftCourse(actor, (await world.newCourse()).courseId),
  },
  "read a course's question bank (a version routed for review)": {
    permission: "studio:access",
    run: async (actor, world) => {
      const { courseId, revisionId } = await world.newCourse();
      await submitRevision(world.users.authorOfCourse, revisionId);
      // A bank the user may not read is not found, as an unknown course is.
      return (await listQuestionBank(actor, courseId, { q: "" })) ?? Promise.reject(new PermissionDeniedError());
    },
  },
  "add a question to the bank": {
    permission: "course:author",
    run: async (actor, world) => saveQuestion(actor, { courseId: (await courseWithQuestion(world)).courseId, questionId: null, raw: bankQuestion("A new question") }),
  },
  "edit a bank question": {
    permission: "course:author",
    run: async (actor, world) => {
      const { courseId, questionId } = await courseWithQuestion(world);
      return saveQuestion(actor, { courseId, questionId, raw: bankQuestion("An edited question") });
    },
  },
  "remove a bank question": {
    permission: "course:author",
    run: async (actor, world) => removeQuestion(actor, await courseWithQuestion(world)),
  },
  "import questions from CSV": {
    permission: "course:author",
    run: async (actor, world) => applyQuestionImport(actor, { courseId: (await courseWithQuestion(world)).courseId, text: "type,prompt,option_1,option_2,correct\nSINGLE,Imported question,Yes,No,1" }),
  },
  // GET /media/<id> asks only for a session; every role in this table holds course:browse.
  "fetch a provider's upload no version or lesson uses": {
    permission: "course:browse",
    run: async (actor, world) => fetchMedia(actor, await uploadedAsset(world)),
  },
  "fetch an upload named in a version routed for review": {
    permission: "course:browse",
    run: async (actor, world) => {
      const assetId = await uploadedAsset(world, "IMAGE");
      const { revisionId } = await world.newCourse();
      const revision = await fixtureDb.courseRevision.findUniqueOrThrow({ where: { id: revisionId }, select: { content: true } });
      await fixtureDb.courseRevision.update({ where: { id: revisionId }, data: { content: { ...(revision.content as object), thumbnailId: assetId } } });
      await submitRevision(world.users.authorOfCourse, revisionId);
      return fetchMedia(actor, assetId);
    },
  },
  "fetch an upload a live lesson uses": {
    permission: "course:browse",
    run: async (actor, world) => {
      const assetId = await uploadedAsset(world);
      const course = await createCourse(fixtureDb, {
        providerId: world.providerId,
        modules: [{ title: "M", lessons: [{ type: "PDF", title: "Handbook", durationSeconds: 300, mediaPath: "/media/documents/handbook.pdf" }] }],
      });
      await fixtureDb.lesson.updateMany({ where: { courseId: course.id }, data: { mediaId: assetId } });
      return fetchMedia(actor, assetId);
    },
  },
};

const allow = (...roles: RoleKey[]) => new Set(roles);

// Everyone not listed is denied.
export const TABLE: Record<string, ReadonlySet<RoleKey>> = {
  "submit a version": allow("authorOfCourse", "superAdmin"),
  "withdraw a submission": allow("authorOfCourse", "superAdmin"),
  "decide the subject-expert stage": allow("routedExpert"),
  "set the ministry's review stages": allow("mdoAdminOfOrganisation", "superAdmin"),
  "create a reviewer group in the ministry": allow("mdoAdminOfOrganisation", "superAdmin"),
  "add a ministry reviewer to a group": allow("mdoAdminOfOrganisation", "superAdmin"),
  "open the next version of a published course": allow("authorOfCourse", "superAdmin"),
  "archive a published course": allow("authorOfCourse", "superAdmin"),
  "restore an archived course": allow("authorOfCourse", "superAdmin"),
  "delete a draft-only course": allow("authorOfCourse", "superAdmin"),
  "read a course's question bank (a version routed for review)": allow("authorOfCourse", "superAdmin", "routedExpert"),
  "add a question to the bank": allow("authorOfCourse", "superAdmin"),
  "edit a bank question": allow("authorOfCourse", "superAdmin"),
  "remove a bank question": allow("authorOfCourse", "superAdmin"),
  "import questions from CSV": allow("authorOfCourse", "superAdmin"),
  "fetch a provider's upload no version or lesson uses": allow("authorOfCourse", "superAdmin"),
  "fetch an upload named in a version routed for review": allow("authorOfCourse", "superAdmin", "routedExpert"),
  "fetch an upload a live lesson uses": new Set(ROLES),
};

const world = {} as World;

async function official(grants: RoleGrant[], organisationId: string): Promise<CurrentUser> {
  const user = await createOfficial(fixtureDb, { organisationId, passwordHash: null, roles: grants.map(({ role, organisationId: org, providerId }) => ({ role, organisationId: org, providerId })) });
  return { id: user.id, name: user.name, email: user.email, organisationId, preferredLanguage: "EN", grants };
}

beforeAll(async () => {
  const ministry = await createOrganisation(fixtureDb, { kind: "MINISTRY" });
  const institute = await createOrganisation(fixtureDb, { parentId: ministry.id });
  const elsewhere = await createOrganisation(fixtureDb, { kind: "MINISTRY" });
  await fixtureDb.organisation.update({ where: { id: ministry.id }, data: { reviewStages: 2 } });
  const provider = await createProvider(fixtureDb, { organisationId: institute.id });
  const otherProvider = await createProvider(fixtureDb, { organisationId: elsewhere.id });
  const competency = await createCompetency(fixtureDb, { area: "Authorisation table" });
  const none = { organisationId: null, providerId: null };
  const users: Record<RoleKey, CurrentUser> = {
    authorOfCourse: await official([{ role: "CONTENT_PROVIDER", organisationId: null, providerId: provider.id }], institute.id),
    authorElsewhere: await official([{ role: "CONTENT_PROVIDER", organisationId: null, providerId: otherProvider.id }], elsewhere.id),
    routedExpert: await official([{ role: "CONTENT_REVIEWER", ...none }], ministry.id),
    expertOfAnotherGroup: await official([{ role: "CONTENT_REVIEWER", ...none }], ministry.id),
    mdoAdminOfOrganisation: await official([{ role: "MDO_ADMIN", organisationId: ministry.id, providerId: null }], ministry.id),
    mdoAdminElsewhere: await official([{ role: "MDO_ADMIN", organisationId: elsewhere.id, providerId: null }], elsewhere.id),
    superAdmin: await official([{ role: "SUPER_ADMIN", ...none }], elsewhere.id),
    learner: await official([{ role: "LEARNER", ...none }], ministry.id),
  };
  const expertGroupId = await createReviewerGroup(fixtureDb, { organisationId: ministry.id, stage: "SUBJECT_EXPERT", memberIds: [users.routedExpert.id] });
  await createReviewerGroup(fixtureDb, { organisationId: ministry.id, stage: "MDO_APPROVAL", memberIds: [users.mdoAdminOfOrganisation.id] });
  await createReviewerGroup(fixtureDb, { organisationId: elsewhere.id, stage: "SUBJECT_EXPERT", memberIds: [users.expertOfAnotherGroup.id] });
  Object.assign(world, {
    users,
    ministryId: ministry.id,
    elsewhereId: elsewhere.id,
    providerId: provider.id,
    competencyId: competency.id,
    expertGroupId,
    newCourse: () =>
      createDraftCourse(fixtureDb, {
        providerId: provider.id,
        organisationId: institute.id,
        authorId: users.authorOfCourse.id,
        draft: readyDraft({ title: "Authorisation table course", competencyId: competency.id }),
      }),
  } satisfies World);
});

async function outcome(action: StudioAction, actor: CurrentUser): Promise<"allow" | "deny"> {
  if (!can(actor, action.permission)) return "deny";
  try {
    await action.run(actor, world);
    return "allow";
  } catch (error) {
    if (isStudioError(error) || isPermissionDeniedError(error)) return "deny";
    throw error;
  }
}

describe.each(Object.keys(TABLE))("%s", (name) => {
  const action = ACTIONS[name];
  const allowed = TABLE[name];
  test.each(ROLES.map((role) => [role, allowed?.has(role) ? "allow" : "deny"] as const))("%s → %s", async (role, expected) => {
    if (!action) throw new Error(`No action named ${name}`);
    expect(await outcome(action, world.users[role])).toBe(expected);
  });
});

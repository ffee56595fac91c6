import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { PermissionDeniedError } from "@/lib/domain/permissions";
import type { CurrentUser, RoleGrant } from "@/lib/domain/roles";
import { courseDraftSchema, type CourseDraft } from "@/lib/domain/studio/course-draft";
import { StudioError, type StudioErrorCode } from "@/lib/domain/studio/studio-error";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createOrganisation } from "@/lib/server/factories/create-organisation";
import { createProvider } from "@/lib/server/factories/create-provider";
import { newId } from "@/lib/server/factories/new-id";
import { assertCanViewRevision, loadRevisionForAuthor } from "@/lib/server/studio/revision-access";
import { createCourse } from "./create-course";
import { saveCourseDraft } from "./save-course-draft";

// Creating a course and autosaving its draft on real PostgreSQL: the optimistic lock, the
// provider scope and the frozen states are held by the UPDATE itself.
const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });
afterAll(() => fixtureDb.$disconnect());

let organisationId = "";
let providerId = "";
let author: CurrentUser;
let colleague: CurrentUser;
let otherAuthor: CurrentUser;

async function official(name: string, grants: RoleGrant[]): Promise<CurrentUser> {
  const user = await createOfficial(fixtureDb, {
    organisationId,
    passwordHash: null,
    name,
    roles: grants.map((grant) => ({ role: grant.role, organisationId: grant.organisationId, providerId: grant.providerId })),
  });
  return { id: user.id, name, email: `${user.id}@test.gov.in`, organisationId, preferredLanguage: "EN", grants };
}

async function refusal(work: Promise<unknown>): Promise<StudioErrorCode | "FORBIDDEN"> {
  const error: unknown = await work.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (error instanceof PermissionDeniedError) return "FORBIDDEN";
  if (!(error instanceof StudioError)) throw new Error(`Expected a refusal, got ${String(error)}`);
  return error.code;
}

function draftWith(patch: Partial<CourseDraft>): CourseDraft {
  return courseDraftSchema.parse({ title: "Noting and drafting", summary: "How to write a self-contained note.", ...patch });
}

async function stored(revisionId: string) {
  return fixtureDb.courseRevision.findUniqueOrThrow({ where: { id: revisionId }, select: { content: true, editVersion: true, title: true, savedById: true } });
}

beforeAll(async () => {
  organisationId = (await createOrganisation(fixtureDb, {})).id;
  providerId = (await createProvider(fixtureDb, { organisationId })).id;
  const otherProviderId = (await createProvider(fixtureDb, { organisationId })).id;
  author = await official("Asha Author", [{ role: "CONTENT_PROVIDER", organisationId: null, providerId }]);
  colleague = await official("Ravi Colleague", [{ role: "CONTENT_PROVIDER", organisationId: null, providerId }]);
  otherAuthor = await official("Other Author", [{ role: "CONTENT_PROVIDER", organisationId: null, providerId: otherProviderId }]);
});

describe("createCourse", () => {
  test("creates the course and its version 1 in one go, with a unique slug from the title", async () => {
    const title = `Right to Information ${newId().slice(-6)}`;
    const first = await createCourse(author, { title, summary: "What the RTI Act asks of a public authority." });
    const second = await createCourse(author, { title, summary: "" });
    expect(second.slug).toBe(`${first.slug}-2`);

    const course = await fixtureDb.course.findUniqueOrThrow({
      where: { id: first.courseId },
      select: { status: true, providerId: true, organisationId: true, createdById: true, revisions: { select: { id: true, number: true, status: true, content: true } } },
    });
    expect(course).toMatchObject({ status: "DRAFT", providerId, organisationId, createdById: author.id });
    expect(course.revisions).toEqual([expect.objectContaining({ id: first.revisionId, number: 1, status: "DRAFT" })]);
    expect(courseDraftSchema.parse(course.revisions[0]?.content)).toMatchObject({ title, summary: "What the RTI Act asks of a public authority." });
  });

  test("refuses an author without a provider", async () => {
    const reviewer = await official("No Provider", [{ role: "CONTENT_REVIEWER", organisationId: null, providerId: null }]);
    expect(await refusal(createCourse(reviewer, { title: "Nowhere to go", summary: "" }))).toBe("NO_PROVIDER");
  });
});

describe("saveCourseDraft", () => {
  test("saves the whole document, bumps editVersion, records who saved and strips raw HTML", async () => {
    const { revisionId } = await createCourse(author, { title: "Saving works", summary: "" });
    const saved = await saveCourseDraft(author, { revisionId, editVersion: 0, content: draftWith({ title: "Saving works well", description: "Intro <script>alert(1)</script>**bold** a < b" }) });
    expect(saved.editVersion).toBe(1);
    const row = await stored(revisionId);
    expect(row).toMatchObject({ editVersion: 1, title: "Saving works well", savedById: author.id });
    expect(courseDraftSchema.parse(row.content).description).toBe("Intro **bold** a < b");
  });

  test("a stale editVersion is refused, names who saved and when, and changes nothing", async () => {
    const { revisionId } = await createCourse(author, { title: "Two tabs", summary: "" });
    await saveCourseDraft(colleague, { revisionId, editVersion: 0, content: draftWith({ title: "The colleague's copy" }) });
    const before = await stored(revisionId);

    const error = await saveCourseDraft(author, { revisionId, editVersion: 0, content: draftWith({ title: "The stale copy" }) }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(StudioError);
    expect((error as StudioError).code).toBe("STALE_EDIT");
    expect((error as StudioError).message).toContain("Ravi Colleague");
    expect(await stored(revisionId)).toEqual(before);
  });

  test("another provider's author is refused and nothing changes", async () => {
    const { revisionId } = await createCourse(author, { title: "Ours", summary: "" });
    const before = await stored(revisionId);
    expect(await refusal(saveCourseDraft(otherAuthor, { revisionId, editVersion: 0, content: draftWith({ title: "Theirs" }) }))).toBe("FORBIDDEN");
    expect(await stored(revisionId)).toEqual(before);
    expect(await refusal(loadRevisionForAuthor(otherAuthor, (await fixtureDb.courseRevision.findUniqueOrThrow({ where: { id: revisionId } })).courseId))).toBe("FORBIDDEN");
    expect(await refusal(assertCanViewRevision(otherAuthor, revisionId))).toBe("FORBIDDEN");
  });

  test("a version in review is not editable", async () => {
    const { revisionId } = await createCourse(author, { title: "In review", summary: "" });
    await fixtureDb.courseRevision.update({ where: { id: revisionId }, data: { status: "IN_REVIEW" } });
    const before = await stored(revisionId);
    expect(await refusal(saveCourseDraft(author, { revisionId, editVersion: 0, content: draftWith({ title: "Sneaky change" }) }))).toBe("REVISION_NOT_EDITABLE");
    expect(await stored(revisionId)).toEqual(before);
  });

  test("a file of another provider cannot be borrowed into the draft", async () => {
    const { revisionId } = await createCourse(author, { title: "Borrowing", summary: "" });
    const otherProvider = await fixtureDb.provider.findFirstOrThrow({ where: { id: { not: providerId } }, select: { id: true } });
    const asset = await fixtureDb.mediaAsset.create({
      data: { providerId: otherProvider.id, kind: "IMAGE", mimeType: "image/png", sizeBytes: 10, sha256: "x".repeat(64), storageKey: `test/${newId()}`, originalName: "theirs.png" },
      select: { id: true },
    });
    expect(await refusal(saveCourseDraft(author, { revisionId, editVersion: 0, content: draftWith({ thumbnailId: asset.id }) }))).toBe("VERSION_CONTENT_INVALID");
    expect((await stored(revisionId)).editVersion).toBe(0);
  });
});

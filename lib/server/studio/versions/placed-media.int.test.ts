import { createHash } from "node:crypto";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import type { CurrentUser } from "@/lib/domain/roles";
import { courseDraftSchema, draftProblems, parseCourseDraft, type CourseDraft } from "@/lib/domain/studio/course-draft";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db";
import { createCourse } from "@/lib/server/factories/create-course";
import { createEnrolment } from "@/lib/server/factories/create-enrolment";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createProvider } from "@/lib/server/factories/create-provider";
import { mediaStorage } from "@/lib/server/storage/media-storage-from-env";
import { draftFromLive } from "./draft-from-live";
import { openNextVersion } from "./open-next-version";
import { publishRevision } from "./publish-revision";

// Regression: lessons the seed wrote play files the app ships (mediaPath, no MediaAsset), and a
// version document names media only by asset id, so opening a new version of such a course gave
// the author a draft with its videos and PDFs gone. Storage lives in a temporary folder here.
const session = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? "/tmp"}/kaushal-placed-media-it-${process.pid}-${Date.now()}`;
  process.env.STORAGE_DIR = dir;
  return { user: null as CurrentUser | null, dir };
});
vi.mock("@/lib/server/auth/session", () => ({ getCurrentUser: async () => session.user }));
const { GET } = await import("@/app/media/[assetId]/route");

const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });
const VIDEO_PATH = "/media/videos/course-orientation.webm";
const PDF_PATH = "/media/documents/rti-act-ready-reckoner.pdf";
const publicFile = (mediaPath: string) => path.join(process.cwd(), "public", mediaPath);

let providerId = "";
let author: CurrentUser;

const placedModules = [
  {
    title: "Watch and read",
    lessons: [
      { type: "VIDEO" as const, title: "Orientation", durationSeconds: 120, mediaPath: VIDEO_PATH },
      { type: "PDF" as const, title: "Ready reckoner", durationSeconds: 300, mediaPath: PDF_PATH },
      { type: "TEXT" as const, title: "Notes", durationSeconds: 60, body: "# Notes" },
    ],
  },
];

async function revisionDraft(revisionId: string): Promise<CourseDraft> {
  const revision = await fixtureDb.courseRevision.findUniqueOrThrow({ where: { id: revisionId } });
  const draft = parseCourseDraft(revision.content);
  if (!draft) throw new Error("unreadable document");
  return draft;
}

const mediaIdsOf = (draft: CourseDraft) =>
  draft.modules.flatMap((module) => module.lessons.flatMap((lesson) => (lesson.type === "VIDEO" || lesson.type === "PDF" ? [[lesson.title, lesson.mediaId]] : [])));

beforeAll(async () => {
  providerId = (await createProvider(fixtureDb)).id;
  const official = await createOfficial(fixtureDb, { roles: [{ role: "CONTENT_PROVIDER", providerId }] });
  author = { id: official.id, name: official.name, email: official.email, organisationId: null, preferredLanguage: "EN", grants: [{ role: "CONTENT_PROVIDER", providerId, organisationId: null }] };
});

afterAll(async () => {
  await fixtureDb.$disconnect();
  await rm(session.dir, { recursive: true, force: true });
});

describe("a new version of a course whose lessons play files the app ships", () => {
  test("keeps the video and the PDF in the draft, as assets of the provider holding the same bytes", async () => {
    const course = await createCourse(fixtureDb, { providerId, modules: placedModules });
    const { revisionId } = await openNextVersion(author, course.id);

    const draft = await revisionDraft(revisionId);
    const media = mediaIdsOf(draft);
    expect(media.map(([title]) => title)).toEqual(["Orientation", "Ready reckoner"]);
    expect(media.every(([, id]) => typeof id === "string")).toBe(true);
    // Nothing for the author to re-upload before submitting.
    expect(draftProblems(draft).filter((problem) => problem.path?.endsWith("mediaId"))).toEqual([]);

    const assets = await fixtureDb.mediaAsset.findMany({ where: { id: { in: media.map(([, id]) => id!) } } });
    expect(assets.map((asset) => [asset.kind, asset.mimeType, asset.providerId]).sort()).toEqual([
      ["PDF", "application/pdf", providerId],
      ["VIDEO", "video/webm", providerId],
    ]);
    for (const [asset, mediaPath] of [[assets.find((row) => row.kind === "VIDEO")!, VIDEO_PATH], [assets.find((row) => row.kind === "PDF")!, PDF_PATH]] as const) {
      const bytes = await readFile(publicFile(mediaPath));
      expect(asset.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(await mediaStorage().stat(asset.storageKey)).toEqual({ sizeBytes: bytes.length });
    }
    // Learners still play the shipped file until a version is published.
    const live = await fixtureDb.lesson.findMany({ where: { courseId: course.id, type: { in: ["VIDEO", "PDF"] } }, orderBy: { position: "asc" } });
    expect(live.map((lesson) => lesson.mediaPath)).toEqual([VIDEO_PATH, PDF_PATH]);
  });

  test("the published version serves the same bytes from /media/<id> to an enrolled learner", async () => {
    const course = await createCourse(fixtureDb, { providerId, modules: placedModules });
    const learner = await createOfficial(fixtureDb);
    await createEnrolment(fixtureDb, { userId: learner.id, courseId: course.id });
    const { revisionId } = await openNextVersion(author, course.id);
    const draft = await revisionDraft(revisionId);
    await fixtureDb.courseRevision.update({ where: { id: revisionId }, data: { content: courseDraftSchema.parse({ ...draft, summary: `${draft.summary} Revised.` }), status: "IN_REVIEW" } });
    await fixtureDb.courseRevision.update({ where: { id: revisionId }, data: { status: "APPROVED", approvedAt: new Date() } });
    await db.$transaction((tx) => publishRevision(tx, revisionId, author.id));

    const video = await fixtureDb.lesson.findFirstOrThrow({ where: { courseId: course.id, type: "VIDEO" } });
    expect(video.mediaId).not.toBeNull();
    expect(video.mediaPath).toBe(`/media/${video.mediaId}`);
    session.user = { id: learner.id, name: learner.name, email: learner.email, organisationId: null, preferredLanguage: "EN", grants: [{ role: "LEARNER", providerId: null, organisationId: null }] };
    const response = await GET(new Request(`http://localhost${video.mediaPath}`), { params: Promise.resolve({ assetId: video.mediaId! }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("video/webm");
    expect(Buffer.from(await response.arrayBuffer()).equals(await readFile(publicFile(VIDEO_PATH)))).toBe(true);
  });

  test("a published version recorded before the files became assets still opens with them, and one asset serves every course of the provider", async () => {
    const course = await createCourse(fixtureDb, { providerId, modules: placedModules });
    // The live course's document, as a version opened before this fix recorded it: no media ids.
    const recorded = await db.$transaction((tx) => draftFromLive(tx, course.id));
    expect(mediaIdsOf(recorded!).every(([, id]) => id === null)).toBe(true);
    await fixtureDb.courseRevision.create({
      data: { courseId: course.id, number: 1, status: "PUBLISHED", title: recorded!.title, content: recorded!, createdById: author.id, savedAt: new Date(), approvedAt: new Date(), publishedAt: new Date() },
    });

    const { revisionId } = await openNextVersion(author, course.id);
    const media = mediaIdsOf(await revisionDraft(revisionId));
    expect(media.every(([, id]) => typeof id === "string")).toBe(true);
    const sha = createHash("sha256").update(await readFile(publicFile(VIDEO_PATH))).digest("hex");
    expect(await fixtureDb.mediaAsset.count({ where: { providerId, kind: "VIDEO", sha256: sha } })).toBe(1);
  });

  test("a path outside the app's media folders is left alone", async () => {
    const course = await createCourse(fixtureDb, {
      providerId,
      modules: [{ title: "Odd", lessons: [{ type: "PDF", title: "Elsewhere", durationSeconds: 60, mediaPath: "/media/documents/../../package.json" }] }],
    });
    const { revisionId } = await openNextVersion(author, course.id);
    expect(mediaIdsOf(await revisionDraft(revisionId))).toEqual([["Elsewhere", null]]);
  });
});

import { PrismaPg } from "@prisma/adapter-pg";
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { CurrentUser, RoleGrant } from "@/lib/domain/roles";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { parseCatalogueQuery } from "@/lib/domain/catalogue/catalogue-query.schema";
import { getCoursePage } from "@/lib/server/catalogue/get-course-page";
import { searchCatalogue } from "@/lib/server/catalogue/search-catalogue";
import { createCourse } from "@/lib/server/factories/create-course";
import { createEnrolment } from "@/lib/server/factories/create-enrolment";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createOrganisation } from "@/lib/server/factories/create-organisation";
import { createProvider } from "@/lib/server/factories/create-provider";
import { getLessonPlayer } from "@/lib/server/progress/get-lesson-player";
import { consumeUploadAllowance } from "@/lib/server/studio/media/upload-rate-limit";
import { exeBytes, gzipBombBytes, pdfBytes, pngBytes, svgWithScriptBytes, zipBytes } from "@/tests/support/sample-files";

// The two media routes as the browser calls them — a real multipart Request in, a streamed
// Response out — with the signed-in user swapped in and storage in a temporary folder.
const session = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? "/tmp"}/kaushal-media-it-${process.pid}-${Date.now()}`;
  process.env.STORAGE_DIR = dir;
  process.env.UPLOADS_PER_HOUR = "60";
  return { user: null as CurrentUser | null, dir };
});
vi.mock("@/lib/server/auth/session", () => ({ getCurrentUser: async () => session.user }));

const { POST } = await import("@/app/(studio)/studio/media/route");
const { GET } = await import("@/app/media/[assetId]/route");

const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL, max: 2 }) });
afterAll(async () => {
  await fixtureDb.$disconnect();
  await db.$disconnect();
  await rm(session.dir, { recursive: true, force: true });
});

type Actor = CurrentUser;
let authorA: Actor;
let authorB: Actor;
let learner: Actor;
let reviewer: Actor;
let superAdmin: Actor;
let providerAId = "";
let liveLessonId = "";
let liveCourse = { id: "", slug: "", title: "" };

function actor(id: string, grants: RoleGrant[]): Actor {
  return { id, name: "Tester", email: `${id}@test.gov.in`, organisationId: null, preferredLanguage: "EN", grants };
}

function uploadRequest(fields: { kind?: string; file?: { bytes: Buffer; name: string; type?: string }; isKindLast?: boolean }): Request {
  const form = new FormData();
  if (fields.kind && !fields.isKindLast) form.append("kind", fields.kind);
  if (fields.file) form.append("file", new File([new Uint8Array(fields.file.bytes)], fields.file.name, { type: fields.file.type ?? "application/octet-stream" }));
  if (fields.kind && fields.isKindLast) form.append("kind", fields.kind);
  return new Request("http://localhost/studio/media", { method: "POST", body: form });
}

async function upload(as: Actor | null, fields: Parameters<typeof uploadRequest>[0]) {
  session.user = as;
  const response = await POST(uploadRequest(fields));
  return { status: response.status, body: (await response.json()) as { ok: boolean; asset?: { id: string; url: string; sizeBytes: number; mimeType: string; kind: string; originalName: string }; error?: { code: string; message: string } } };
}

async function fetchMedia(as: Actor | null, assetId: string, headers: Record<string, string> = {}) {
  session.user = as;
  return GET(new Request(`http://localhost/media/${assetId}`, { headers }), { params: Promise.resolve({ assetId }) });
}

async function storedFiles(): Promise<string[]> {
  const root = path.join(session.dir, "media");
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

beforeAll(async () => {
  const providerA = await createProvider(fixtureDb);
  const providerB = await createProvider(fixtureDb);
  providerAId = providerA.id;
  const ids = await Promise.all([1, 2, 3, 4, 5].map(async () => (await createOfficial(fixtureDb)).id));
  const [a = "", b = "", l = "", r = "", s = ""] = ids;
  authorA = actor(a, [{ role: "CONTENT_PROVIDER", organisationId: null, providerId: providerA.id }]);
  authorB = actor(b, [{ role: "CONTENT_PROVIDER", organisationId: null, providerId: providerB.id }]);
  learner = actor(l, [{ role: "LEARNER", organisationId: null, providerId: null }]);
  reviewer = actor(r, [{ role: "CONTENT_REVIEWER", organisationId: null, providerId: null }]);
  superAdmin = actor(s, [{ role: "SUPER_ADMIN", organisationId: null, providerId: null }]);
  const course = await createCourse(fixtureDb, {
    providerId: providerA.id,
    status: "PUBLISHED",
    modules: [{ title: "Handbooks", lessons: [{ type: "PDF", title: "The handbook", durationSeconds: 600, mediaPath: "/media/seed/placeholder.pdf" }] }],
  });
  liveCourse = { id: course.id, slug: course.slug, title: course.title };
  liveLessonId = (await fixtureDb.lesson.findFirstOrThrow({ where: { courseId: course.id }, select: { id: true } })).id;
});

describe("POST /studio/media", () => {
  test("a provider's author uploads a PDF, gets the contract's answer and it is stored byte for byte", async () => {
    const bytes = pdfBytes("uploaded handbook");
    const { status, body } = await upload(authorA, { kind: "PDF", file: { bytes, name: "Office Procedure.pdf", type: "application/pdf" } });
    expect(status).toBe(200);
    expect(body).toEqual({
      ok: true,
      asset: { id: expect.any(String), kind: "PDF", mimeType: "application/pdf", sizeBytes: bytes.length, originalName: "Office Procedure.pdf", url: `/media/${body.asset?.id}` },
    });
    const row = await fixtureDb.mediaAsset.findUniqueOrThrow({ where: { id: body.asset?.id ?? "" } });
    expect(row).toMatchObject({ providerId: providerAId, createdById: authorA.id, sizeBytes: BigInt(bytes.length), kind: "PDF" });
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await readFile(path.join(session.dir, ...row.storageKey.split("/")))).toEqual(bytes);
  });

  test.each([
    ["a .pdf that is a ZIP", "PDF", zipBytes(), "report.pdf", 415, "UPLOAD_ARCHIVE_REFUSED", /“report.pdf” is really a ZIP archive, not a PDF/],
    ["a .pdf that is a program", "PDF", exeBytes(), "report.pdf", 415, "UPLOAD_TYPE_NOT_ALLOWED", /really a Windows program \(EXE\), not a PDF/],
    ["a gzip bomb as a video", "VIDEO", gzipBombBytes(), "lecture.mp4", 415, "UPLOAD_ARCHIVE_REFUSED", /really a gzip archive/],
    ["an SVG with a script", "IMAGE", svgWithScriptBytes(), "logo.png", 415, "UPLOAD_SVG_REFUSED", /SVG files can carry scripts/],
    ["an image over 5 MB", "IMAGE", Buffer.concat([pngBytes(800, 600), Buffer.alloc(6 * 1024 * 1024)]), "poster.png", 413, "UPLOAD_TOO_LARGE", /larger than 5 MB/],
    ["a decompression bomb", "IMAGE", pngBytes(100_000, 100_000), "huge.png", 422, "UPLOAD_IMAGE_TOO_MANY_PIXELS", /at most 40 megapixels/],
  ])("%s is refused with a clear message, leaving no row and no file", async (_case, kind, bytes, name, status, code, message) => {
    const rowsBefore = await fixtureDb.mediaAsset.count();
    const filesBefore = await storedFiles();
    const result = await upload(authorA, { kind, file: { bytes, name } });
    expect(result.status).toBe(status);
    expect(result.body).toEqual({ ok: false, error: { code, message: expect.stringMatching(message) } });
    expect(await fixtureDb.mediaAsset.count()).toBe(rowsBefore);
    expect(await storedFiles()).toEqual(filesBefore);
    expect(await readdir(path.join(session.dir, ".tmp")).catch(() => [])).toEqual([]);
  });

  test("a form that sends the kind after the file is checked once it has been read", async () => {
    const rowsBefore = await fixtureDb.mediaAsset.count();
    const filesBefore = await storedFiles();
    const accepted = await upload(authorA, { kind: "PDF", file: { bytes: pdfBytes("late kind"), name: "Late.pdf" }, isKindLast: true });
    expect(accepted.status).toBe(200);
    expect(accepted.body.asset).toMatchObject({ kind: "PDF", mimeType: "application/pdf" });

    const lying = await upload(authorA, { kind: "PDF", file: { bytes: zipBytes(), name: "report.pdf" }, isKindLast: true });
    expect(lying.body.error?.code).toBe("UPLOAD_ARCHIVE_REFUSED");
    const oversize = await upload(authorA, { kind: "IMAGE", file: { bytes: Buffer.concat([pngBytes(800, 600), Buffer.alloc(6 * 1024 * 1024)]), name: "poster.png" }, isKindLast: true });
    expect(oversize.status).toBe(413);
    expect(await fixtureDb.mediaAsset.count()).toBe(rowsBefore + 1);
    expect((await storedFiles()).length).toBe(filesBefore.length + 1);
  });

  test("who may upload, and what the request must hold", async () => {
    expect((await upload(null, { kind: "PDF", file: { bytes: pdfBytes(), name: "a.pdf" } })).status).toBe(401);
    expect((await upload(learner, { kind: "PDF", file: { bytes: pdfBytes(), name: "a.pdf" } })).body.error?.code).toBe("FORBIDDEN");
    expect((await upload(reviewer, { kind: "PDF", file: { bytes: pdfBytes(), name: "a.pdf" } })).status).toBe(403);
    expect((await upload(authorA, { file: { bytes: pdfBytes(), name: "a.pdf" } })).body.error?.code).toBe("UPLOAD_BAD_REQUEST");
    expect((await upload(authorA, { kind: "AUDIO", file: { bytes: pdfBytes(), name: "a.pdf" } })).status).toBe(400);
    expect((await upload(authorA, { kind: "PDF" })).body.error).toEqual({ code: "UPLOAD_NO_FILE", message: "Choose a file to upload." });
  });
});

test("an author who uploads too often is asked to wait, with a Retry-After", async () => {
  const busy = actor((await createOfficial(fixtureDb)).id, authorA.grants);
  for (let upload = 0; upload < 60; upload += 1) expect(await consumeUploadAllowance(busy.id)).toBeNull();
  const { status, body } = await upload(busy, { kind: "PDF", file: { bytes: pdfBytes(), name: "one-more.pdf" } });
  expect(status).toBe(429);
  expect(body.error?.code).toBe("UPLOAD_RATE_LIMITED");
  expect(body.error?.message).toMatch(/Try again in \d+ minutes?\./);
  // Another author is not held back by it.
  expect((await upload(authorA, { kind: "PDF", file: { bytes: pdfBytes(), name: "fine.pdf" } })).status).toBe(200);
});

describe("GET /media/[assetId]", () => {
  let assetId = "";
  const bytes = pdfBytes("range me");

  beforeAll(async () => {
    const { body } = await upload(authorA, { kind: "PDF", file: { bytes, name: "Range test.pdf" } });
    assetId = body.asset?.id ?? "";
  });

  test("the owner gets it back whole and by range, with safe headers", async () => {
    const whole = await fetchMedia(authorA, assetId);
    expect(whole.status).toBe(200);
    expect(Buffer.from(await whole.arrayBuffer())).toEqual(bytes);
    expect(Object.fromEntries(whole.headers)).toMatchObject({
      "accept-ranges": "bytes",
      "content-type": "application/pdf",
      "content-length": String(bytes.length),
      "x-content-type-options": "nosniff",
      "content-disposition": `inline; filename="Range test.pdf"; filename*=UTF-8''Range%20test.pdf`,
      "cache-control": "private, max-age=3600",
    });
    const etag = whole.headers.get("etag") ?? "";
    const row = await fixtureDb.mediaAsset.findUniqueOrThrow({ where: { id: assetId } });
    expect(etag).toBe(`"${row.sha256}"`);

    const part = await fetchMedia(authorA, assetId, { Range: "bytes=0-7" });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 0-7/${bytes.length}`);
    expect(part.headers.get("content-length")).toBe("8");
    expect(await part.text()).toBe("%PDF-1.7");

    const tail = await fetchMedia(authorA, assetId, { Range: "bytes=-6" });
    expect(await tail.text()).toBe("%%EOF\n");

    const beyond = await fetchMedia(authorA, assetId, { Range: `bytes=${bytes.length}-` });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get("content-range")).toBe(`bytes */${bytes.length}`);

    expect((await fetchMedia(authorA, assetId, { "If-None-Match": etag })).status).toBe(304);
    // A range for another version of the file gets the whole current one.
    expect((await fetchMedia(authorA, assetId, { Range: "bytes=0-7", "If-Range": '"other"' })).status).toBe(200);
  });

  test("another provider's author, a learner and a stranger get 404 for a draft asset; a super admin does not", async () => {
    expect((await fetchMedia(authorB, assetId)).status).toBe(404);
    expect((await fetchMedia(learner, assetId)).status).toBe(404);
    expect((await fetchMedia(null, assetId)).status).toBe(404);
    expect((await fetchMedia(learner, "not-a-uuid")).status).toBe(404);
    expect((await fetchMedia(superAdmin, assetId)).status).toBe(200);
  });

  test("a reviewer may fetch it once a version naming it is routed to their group", async () => {
    expect((await fetchMedia(reviewer, assetId)).status).toBe(404);
    const organisation = await createOrganisation(fixtureDb, { name: "Reviewing Ministry" });
    const group = await fixtureDb.reviewerGroup.create({ data: { organisationId: organisation.id, stage: "SUBJECT_EXPERT", name: "Experts" } });
    await fixtureDb.reviewerGroupMember.create({ data: { groupId: group.id, userId: reviewer.id } });
    const course = await createCourse(fixtureDb, { providerId: providerAId, status: "IN_REVIEW" });
    const revision = await fixtureDb.courseRevision.create({
      data: {
        courseId: course.id,
        number: 1,
        status: "IN_REVIEW",
        title: "Draft",
        content: { modules: [{ key: crypto.randomUUID(), title: "M", lessons: [{ key: crypto.randomUUID(), type: "PDF", title: "Handbook", mediaId: assetId }] }] },
      },
    });
    const review = await fixtureDb.courseReview.create({ data: { revisionId: revision.id, round: 1, stage: "SUBJECT_EXPERT", groupId: group.id } });
    expect((await fetchMedia(reviewer, assetId)).status).toBe(200);
    // Not every asset of that provider: only what the version names.
    const other = await upload(authorA, { kind: "PDF", file: { bytes: pdfBytes("other"), name: "Other.pdf" } });
    expect((await fetchMedia(reviewer, other.body.asset?.id ?? "")).status).toBe(404);
    await fixtureDb.courseReview.delete({ where: { id: review.id } });
  });

  test("a learner can fetch it only while a live lesson uses it", async () => {
    expect((await fetchMedia(learner, assetId)).status).toBe(404);
    await fixtureDb.lesson.update({ where: { id: liveLessonId }, data: { mediaId: assetId } });
    const served = await fetchMedia(learner, assetId, { Range: "bytes=0-3" });
    expect(served.status).toBe(206);
    expect(await served.text()).toBe("%PDF");
    await fixtureDb.lesson.update({ where: { id: liveLessonId }, data: { archivedAt: new Date() } });
    expect((await fetchMedia(learner, assetId)).status).toBe(404);
    await fixtureDb.lesson.update({ where: { id: liveLessonId }, data: { archivedAt: null, mediaId: null } });
  });
});

describe("learners see uploads", () => {
  test("the player plays the upload instead of the seeded path, and the course image is the thumbnail", async () => {
    const pdf = await upload(authorA, { kind: "PDF", file: { bytes: pdfBytes("player"), name: "Player.pdf" } });
    const image = await upload(authorA, { kind: "IMAGE", file: { bytes: pngBytes(1280, 720), name: "Cover.png" } });
    const pdfId = pdf.body.asset?.id ?? "";
    const imageId = image.body.asset?.id ?? "";
    await createEnrolment(fixtureDb, { userId: learner.id, courseId: liveCourse.id });

    const before = await getLessonPlayer(learner.id, liveCourse.slug, liveLessonId);
    expect(before.kind === "OK" && before.player.lesson.mediaPath).toBe("/media/seed/placeholder.pdf");
    await fixtureDb.lesson.update({ where: { id: liveLessonId }, data: { mediaId: pdfId } });
    const after = await getLessonPlayer(learner.id, liveCourse.slug, liveLessonId);
    expect(after.kind === "OK" && after.player.lesson.mediaPath).toBe(`/media/${pdfId}`);

    expect((await fetchMedia(learner, imageId)).status).toBe(404);
    await fixtureDb.course.update({ where: { id: liveCourse.id }, data: { thumbnailId: imageId } });
    expect((await getCoursePage(liveCourse.slug, learner.id))?.thumbnailUrl).toBe(`/media/${imageId}`);
    const provider = await fixtureDb.provider.findUniqueOrThrow({ where: { id: providerAId }, select: { code: true } });
    const results = await searchCatalogue(parseCatalogueQuery({ provider: provider.code }));
    expect(results.courses.find((course) => course.id === liveCourse.id)?.thumbnailUrl).toBe(`/media/${imageId}`);
    const thumbnail = await fetchMedia(learner, imageId);
    expect(thumbnail.status).toBe(200);
    expect(thumbnail.headers.get("content-type")).toBe("image/png");
  });
});

import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import type { CurrentUser } from "@/lib/domain/roles";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db";
import { createCourse } from "@/lib/server/factories/create-course";
import { createEnrolment } from "@/lib/server/factories/create-enrolment";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createProvider } from "@/lib/server/factories/create-provider";
import { cancelBatch } from "./cancel-batch";
import { listCourseBatches } from "./list-course-batches";
import { saveBatch } from "./save-batch";
import { saveSession } from "./save-session";

const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });
const day = (n: number, hour = 9) => new Date(Date.UTC(2027, 0, n, hour));

let author: CurrentUser;
let outsider: CurrentUser;
let blendedId = "";
let onlineId = "";

const authorOf = async (providerId: string): Promise<CurrentUser> => {
  const row = await createOfficial(fixtureDb);
  return { id: row.id, name: row.name, email: row.email, organisationId: null, preferredLanguage: "EN", grants: [{ role: "CONTENT_PROVIDER", providerId, organisationId: null }] };
};

const batchInput = (overrides: Partial<Parameters<typeof saveBatch>[1]> = {}) => ({
  courseId: blendedId,
  code: `B-${Math.random().toString(36).slice(2, 8)}`,
  startsAt: day(10),
  endsAt: day(12, 17),
  venue: "ISTM, New Delhi",
  seatLimit: 3,
  status: "OPEN" as const,
  ...overrides,
});

beforeAll(async () => {
  const [provider, other] = await Promise.all([createProvider(fixtureDb), createProvider(fixtureDb)]);
  author = await authorOf(provider.id);
  outsider = await authorOf(other.id);
  blendedId = (await createCourse(fixtureDb, { providerId: provider.id, mode: "BLENDED" })).id;
  onlineId = (await createCourse(fixtureDb, { providerId: provider.id, mode: "ONLINE" })).id;
  // Opens the app pool's first connection outside a transaction: on a loaded machine connecting
  // can take longer than a transaction's two-second wait to start.
  await db.$queryRaw`SELECT 1`;
});

afterAll(async () => {
  await fixtureDb.$disconnect();
});

describe("batch editing", () => {
  test("creates a batch and its sessions; a session outside the batch's dates is refused", async () => {
    const saved = await saveBatch(author, batchInput({ code: "2027-JAN" }));
    expect(saved.status).toBe("SAVED");
    const batchId = saved.status === "SAVED" ? saved.batchId : "";
    expect(await saveSession(author, { batchId, title: "Opening", startsAt: day(10), endsAt: day(10, 12) })).toMatchObject({ status: "SAVED" });
    expect(await saveSession(author, { batchId, title: "Too late", startsAt: day(13), endsAt: day(13, 12) })).toEqual({
      status: "INVALID",
      fieldErrors: { startsAt: ["The session must fall within the batch's dates."] },
    });
    expect(await saveSession(author, { batchId, title: "Backwards", startsAt: day(11, 12), endsAt: day(11) })).toMatchObject({ status: "INVALID", fieldErrors: { endsAt: expect.any(Array) } });

    // Moving the batch so that "Opening" would fall outside is refused too.
    expect(await saveBatch(author, batchInput({ batchId, code: "2027-JAN", startsAt: day(11) }))).toMatchObject({ status: "INVALID", fieldErrors: { startsAt: expect.any(Array) } });
    const listed = await listCourseBatches(author, blendedId);
    expect(listed?.batches.find((batch) => batch.id === batchId)?.sessions.map((session) => session.title)).toEqual(["Opening"]);
  });

  test("a second batch with the same code is a field error, not a crash", async () => {
    await saveBatch(author, batchInput({ code: "DUP" }));
    expect(await saveBatch(author, batchInput({ code: "DUP" }))).toEqual({ status: "INVALID", fieldErrors: { code: ["Another batch of this course already has that code."] } });
  });

  test("the seat limit cannot drop below the officials enrolled; cancelling reports them and freezes the batch", async () => {
    const saved = await saveBatch(author, batchInput());
    const batchId = saved.status === "SAVED" ? saved.batchId : "";
    for (let index = 0; index < 2; index++) {
      const official = await createOfficial(fixtureDb);
      await createEnrolment(fixtureDb, { userId: official.id, courseId: blendedId, batchId });
    }
    expect(await saveBatch(author, batchInput({ batchId, seatLimit: 1 }))).toMatchObject({ status: "INVALID", fieldErrors: { seatLimit: [expect.stringContaining("2 officials")] } });
    expect(await saveBatch(author, batchInput({ batchId, seatLimit: 2 }))).toMatchObject({ status: "SAVED" });

    expect(await cancelBatch(author, { batchId })).toEqual({ affectedLearners: 2 });
    await expect(saveBatch(author, batchInput({ batchId }))).rejects.toMatchObject({ code: "BATCH_NOT_EDITABLE" });
    await expect(saveSession(author, { batchId, title: "After", startsAt: day(10), endsAt: day(10, 12) })).rejects.toMatchObject({ code: "BATCH_NOT_EDITABLE" });
  });

  test("another provider's author and online courses are refused", async () => {
    await expect(saveBatch(outsider, batchInput())).rejects.toMatchObject({ code: "STUDIO_ITEM_NOT_FOUND" });
    await expect(saveBatch(author, batchInput({ courseId: onlineId }))).rejects.toMatchObject({ code: "COURSE_HAS_NO_BATCHES" });
    const saved = await saveBatch(author, batchInput());
    const batchId = saved.status === "SAVED" ? saved.batchId : "";
    await expect(cancelBatch(outsider, { batchId })).rejects.toMatchObject({ code: "STUDIO_ITEM_NOT_FOUND" });
    expect(await listCourseBatches(outsider, blendedId)).toBeNull();
  });
});

describe("cancelling a batch tells its officials", () => {
  test("each official still due to attend gets one email, in their own language, written with the cancellation", async () => {
    const saved = await saveBatch(author, batchInput({ code: "2027-MAIL", venue: "LBSNAA, Mussoorie" }));
    const batchId = saved.status === "SAVED" ? saved.batchId : "";
    const english = await createOfficial(fixtureDb, { name: "Meera Iyer" });
    const hindi = await createOfficial(fixtureDb, { name: "Ravi Kumar", preferredLanguage: "HI" });
    const withdrawn = await createOfficial(fixtureDb);
    await createEnrolment(fixtureDb, { userId: english.id, courseId: blendedId, batchId });
    await createEnrolment(fixtureDb, { userId: hindi.id, courseId: blendedId, batchId, completedLessons: 0 });
    await fixtureDb.enrolment.update({ where: { userId_courseId: { userId: hindi.id, courseId: blendedId } }, data: { status: "IN_PROGRESS" } });
    await createEnrolment(fixtureDb, { userId: withdrawn.id, courseId: blendedId, batchId });
    await fixtureDb.enrolment.update({ where: { userId_courseId: { userId: withdrawn.id, courseId: blendedId } }, data: { status: "WITHDRAWN" } });

    // A refused attempt writes nothing.
    await expect(cancelBatch(outsider, { batchId })).rejects.toMatchObject({ code: "STUDIO_ITEM_NOT_FOUND" });
    const mailFor = () => fixtureDb.outboundEmail.findMany({ where: { dedupeKey: { startsWith: `batch.cancelled:${batchId}:` } }, orderBy: { toAddress: "asc" } });
    expect(await mailFor()).toEqual([]);

    expect(await cancelBatch(author, { batchId })).toEqual({ affectedLearners: 2 });
    const mail = await mailFor();
    expect(mail.map((row) => [row.userId, row.toAddress, row.kind, row.sentAt])).toEqual(
      [
        [english.id, english.email, "batch.cancelled", null],
        [hindi.id, hindi.email, "batch.cancelled", null],
      ].sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
    );
    const course = await fixtureDb.course.findUniqueOrThrow({ where: { id: blendedId }, select: { title: true, slug: true } });
    const toEnglish = mail.find((row) => row.userId === english.id)!;
    expect(toEnglish.subject).toBe(`Batch cancelled: ${course.title} (2027-MAIL)`);
    expect(toEnglish.bodyText).toContain("Dear Meera Iyer,");
    expect(toEnglish.bodyText).toContain("LBSNAA, Mussoorie");
    expect(toEnglish.bodyText).toContain("from 10 Jan 2027 to 12 Jan 2027 at LBSNAA, Mussoorie");
    expect(toEnglish.bodyText).toContain(`http://localhost:3000/learn/courses/${course.slug}`);
    const toHindi = mail.find((row) => row.userId === hindi.id)!;
    expect(toHindi.subject).toContain("बैच रद्द");
    expect(toHindi.bodyText).toContain("प्रिय Ravi Kumar,");

    // A second cancellation is refused and mails nobody again.
    await expect(cancelBatch(author, { batchId })).rejects.toMatchObject({ code: "BATCH_NOT_EDITABLE" });
    expect(await mailFor()).toHaveLength(2);
    // The author's batch list keeps saying who was told, once the cancel form is gone.
    const listed = await listCourseBatches(author, blendedId);
    expect(listed?.batches.find((batch) => batch.id === batchId)?.emailedOfCancellation).toBe(2);
    expect(listed?.batches.filter((batch) => batch.status !== "CANCELLED").every((batch) => batch.emailedOfCancellation === null)).toBe(true);
  });
});

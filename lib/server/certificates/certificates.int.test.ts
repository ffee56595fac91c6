import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createCertificateCode, CERTIFICATE_CODE_RANDOM_BYTES } from "@/lib/domain/learning/certificate-code";
import { createCertificate } from "@/lib/server/factories/create-certificate";
import { createCompetency } from "@/lib/server/factories/create-competency";
import { createCourse } from "@/lib/server/factories/create-course";
import { createEnrolment } from "@/lib/server/factories/create-enrolment";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createProvider } from "@/lib/server/factories/create-provider";
import { getLearnerHome } from "@/lib/server/learner/get-learner-home";
import { getOwnCertificate } from "./get-own-certificate";
import { listOwnCertificates } from "./list-own-certificates";
import { renderVerificationQr } from "./render-verification-qr";
import { verifyCertificate } from "./verify-certificate";

const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });

let holderId = "";
let holderEmail = "";
let code = "";
let revokedCode = "";
let programmeCode = "";

beforeAll(async () => {
  const provider = await createProvider(fixtureDb, { name: "Institute of Verification" });
  const course = await createCourse(fixtureDb, { providerId: provider.id, title: "Verifiable course" });
  const other = await createCourse(fixtureDb, { providerId: provider.id, title: "Revoked course" });
  const holder = await createOfficial(fixtureDb, { name: "Asha Verma", employeeCode: `EMP-${Date.now()}` });
  holderId = holder.id;
  holderEmail = holder.email;
  const enrolment = await createEnrolment(fixtureDb, { userId: holder.id, courseId: course.id, completedLessons: "all" });
  code = (await createCertificate(fixtureDb, { enrolmentId: enrolment.id })).code;
  const second = await createEnrolment(fixtureDb, { userId: holder.id, courseId: other.id, completedLessons: "all" });
  const revoked = await createCertificate(fixtureDb, { enrolmentId: second.id });
  await fixtureDb.certificate.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });
  revokedCode = revoked.code;

  // A programme of both courses, completed a day later: its certificate is the newest.
  const competency = await createCompetency(fixtureDb, { name: "Programme competency" });
  const programme = await fixtureDb.programme.create({
    data: {
      slug: `verifiable-programme-${Date.now()}`,
      providerId: provider.id,
      title: "Verifiable programme",
      summary: "Both courses.",
      status: "PUBLISHED",
      publishedAt: new Date(),
      courses: { create: [{ courseId: other.id, position: 1 }, { courseId: course.id, position: 2 }] },
      competencies: { create: [{ competencyId: competency.id, level: 3 }] },
    },
  });
  const completedAt = new Date(Date.now() + 86_400_000);
  const programmeEnrolment = await fixtureDb.programmeEnrolment.create({ data: { programmeId: programme.id, userId: holder.id, completedAt } });
  programmeCode = createCertificateCode(randomBytes(CERTIFICATE_CODE_RANDOM_BYTES));
  await fixtureDb.programmeCertificate.create({
    data: { programmeEnrolmentId: programmeEnrolment.id, programmeId: programme.id, userId: holder.id, code: programmeCode, issuedAt: completedAt },
  });
});

afterAll(async () => {
  await fixtureDb.$disconnect();
});

describe("verifyCertificate", () => {
  test("finds a certificate by its code however it was typed, and shows nothing private", async () => {
    const sloppy = code.replace("KSH-", "").replaceAll("-", " ").toLowerCase();
    const result = await verifyCertificate({ code: sloppy });
    expect(result).toMatchObject({ status: "VALID", kind: "COURSE", code, holderName: "Asha Verma", courseTitle: "Verifiable course", providerName: "Institute of Verification" });
    const serialised = JSON.stringify(result);
    expect(serialised).not.toContain(holderEmail);
    expect(serialised).not.toContain("EMP-");
    // The course version it was earned on is public, like the course's title.
    expect(Object.keys(result).sort()).toEqual(["code", "courseTitle", "courseVersion", "holderName", "issuedAt", "kind", "providerName", "status"]);
  });

  test("tells a revoked certificate, an unknown code and a typo apart", async () => {
    expect(await verifyCertificate({ code: revokedCode })).toMatchObject({ status: "REVOKED", courseTitle: "Revoked course" });
    // A well-formed code (valid check character) that was never issued.
    expect(await verifyCertificate({ code: "KSH-0000-0000-0000" })).toEqual({ status: "NOT_FOUND", code: "KSH-0000-0000-0000" });
    const typo = code.slice(0, -1) + (code.endsWith("A") ? "B" : "A");
    expect(await verifyCertificate({ code: typo })).toEqual({ status: "INVALID_CODE" });
  });
});

describe("getOwnCertificate", () => {
  test("shows the holder their certificate and nobody else", async () => {
    const own = await getOwnCertificate({ userId: holderId, code: code.toLowerCase() });
    expect(own).toMatchObject({ kind: "COURSE", code, holderName: "Asha Verma", title: "Verifiable course", courseTitles: [] });
    const stranger = await createOfficial(fixtureDb);
    expect(await getOwnCertificate({ userId: stranger.id, code })).toBeNull();
  });

  test("a programme certificate prints like a course's, with the programme's courses and competencies", async () => {
    const own = await getOwnCertificate({ userId: holderId, code: programmeCode.toLowerCase() });
    expect(own).toMatchObject({
      kind: "PROGRAMME",
      code: programmeCode,
      holderName: "Asha Verma",
      title: "Verifiable programme",
      courseVersion: null,
      providerName: "Institute of Verification",
      courseTitles: ["Revoked course", "Verifiable course"],
      competencies: [{ name: "Programme competency", level: 3 }],
    });
    const stranger = await createOfficial(fixtureDb);
    expect(await getOwnCertificate({ userId: stranger.id, code: programmeCode })).toBeNull();
  });

  test("the QR code is an SVG", async () => {
    const svg = await renderVerificationQr(`http://localhost:3000/verify/${code}`);
    expect(svg).toMatch(/^<svg[^>]+viewBox/);
  });
});

describe("listOwnCertificates", () => {
  test("lists course and programme certificates together, newest first, revoked ones marked", async () => {
    const list = await listOwnCertificates(holderId);
    expect(list[0]).toMatchObject({ kind: "PROGRAMME", code: programmeCode, title: "Verifiable programme" });
    expect(list.slice(1).map((row) => [row.kind, row.code, row.title]).sort()).toEqual(
      [
        ["COURSE", code, "Verifiable course"],
        ["COURSE", revokedCode, "Revoked course"],
      ].sort(),
    );
    expect(list.find((row) => row.code === revokedCode)?.revokedAt).toBeInstanceOf(Date);
    expect(list.find((row) => row.code === programmeCode)).toMatchObject({ courseVersion: null, providerName: "Institute of Verification", revokedAt: null });
    const stranger = await createOfficial(fixtureDb);
    expect(await listOwnCertificates(stranger.id)).toEqual([]);
  });

  test("the home page counts the programme certificate with the valid course one", async () => {
    expect((await getLearnerHome(holderId))?.counts.certificates).toBe(2);
  });

  test("the public check names a programme as such, and a revoked one stops verifying", async () => {
    expect(await verifyCertificate({ code: programmeCode })).toMatchObject({ status: "VALID", kind: "PROGRAMME", courseTitle: "Verifiable programme", courseVersion: null, holderName: "Asha Verma" });
    await fixtureDb.programmeCertificate.update({ where: { code: programmeCode }, data: { revokedAt: new Date() } });
    try {
      expect(await verifyCertificate({ code: programmeCode })).toMatchObject({ status: "REVOKED", kind: "PROGRAMME", courseTitle: "Verifiable programme" });
    } finally {
      await fixtureDb.programmeCertificate.update({ where: { code: programmeCode }, data: { revokedAt: null } });
    }
  });
});

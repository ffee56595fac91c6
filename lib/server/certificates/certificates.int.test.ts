import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createCertificate } from "@/lib/server/factories/create-certificate";
import { createCourse } from "@/lib/server/factories/create-course";
import { createEnrolment } from "@/lib/server/factories/create-enrolment";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createProvider } from "@/lib/server/factories/create-provider";
import { getOwnCertificate } from "./get-own-certificate";
import { renderVerificationQr } from "./render-verification-qr";
import { verifyCertificate } from "./verify-certificate";

const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });

let holderId = "";
let holderEmail = "";
let code = "";
let revokedCode = "";

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
});

afterAll(async () => {
  await fixtureDb.$disconnect();
});

describe("verifyCertificate", () => {
  test("finds a certificate by its code however it was typed, and shows nothing private", async () => {
    const sloppy = code.replace("KSH-", "").replaceAll("-", " ").toLowerCase();
    const result = await verifyCertificate({ code: sloppy });
    expect(result).toMatchObject({ status: "VALID", code, holderName: "Asha Verma", courseTitle: "Verifiable course", providerName: "Institute of Verification" });
    const serialised = JSON.stringify(result);
    expect(serialised).not.toContain(holderEmail);
    expect(serialised).not.toContain("EMP-");
    // The course version it was earned on is public, like the course's title.
    expect(Object.keys(result).sort()).toEqual(["code", "courseTitle", "courseVersion", "holderName", "issuedAt", "providerName", "status"]);
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
    expect(own).toMatchObject({ code, holderName: "Asha Verma", courseTitle: "Verifiable course" });
    const stranger = await createOfficial(fixtureDb);
    expect(await getOwnCertificate({ userId: stranger.id, code })).toBeNull();
  });

  test("the QR code is an SVG", async () => {
    const svg = await renderVerificationQr(`http://localhost:3000/verify/${code}`);
    expect(svg).toMatch(/^<svg[^>]+viewBox/);
  });
});

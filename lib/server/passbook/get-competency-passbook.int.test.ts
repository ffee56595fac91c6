import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createCertificate } from "@/lib/server/factories/create-certificate";
import { createCompetency } from "@/lib/server/factories/create-competency";
import { createCourse } from "@/lib/server/factories/create-course";
import { createEnrolment } from "@/lib/server/factories/create-enrolment";
import { createFracPosition } from "@/lib/server/factories/create-frac-position";
import { createFracRole } from "@/lib/server/factories/create-frac-role";
import { createOfficial } from "@/lib/server/factories/create-official";
import { createPassbookEntry } from "@/lib/server/factories/create-passbook-entry";
import { createProvider } from "@/lib/server/factories/create-provider";
import { getCompetencyPassbook } from "./get-competency-passbook";

const fixtureDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });

type Ids = Record<string, string>;
const competency: Ids = {};
const course: Ids = {};
let officialId = "";
let positionId = "";
let certificateCode = "";

beforeAll(async () => {
  for (const name of ["Drafting", "Procurement", "Ethics", "Budgeting"]) {
    competency[name] = (await createCompetency(fixtureDb, { name: `${name} (passbook test)` })).id;
  }
  // Two roles on one post: Procurement is required at 2 by one and 4 by the other, so 4 counts.
  const clerk = await createFracRole(fixtureDb, {
    requirements: [
      { competencyId: competency.Drafting!, requiredLevel: 3 },
      { competencyId: competency.Procurement!, requiredLevel: 2 },
    ],
  });
  const buyer = await createFracRole(fixtureDb, {
    requirements: [
      { competencyId: competency.Procurement!, requiredLevel: 4 },
      { competencyId: competency.Ethics!, requiredLevel: 2 },
    ],
  });
  positionId = (await createFracPosition(fixtureDb, { title: "Section Officer, Purchase", roleIds: [clerk.id, buyer.id] })).id;
  const official = await createOfficial(fixtureDb, { fracPositionId: positionId });
  officialId = official.id;
  const provider = await createProvider(fixtureDb);

  const make = async (key: string, competencies: { competencyId: string; level: number }[], status: "PUBLISHED" | "DRAFT" = "PUBLISHED") => {
    course[key] = (await createCourse(fixtureDb, { providerId: provider.id, title: `${key} course`, status, competencies })).id;
  };
  await make("Procurement basics", [{ competencyId: competency.Procurement!, level: 2 }]);
  await make("Procurement advanced", [{ competencyId: competency.Procurement!, level: 4 }]);
  await make("Procurement draft", [{ competencyId: competency.Procurement!, level: 5 }], "DRAFT");
  await make("Procurement enrolled", [{ competencyId: competency.Procurement!, level: 4 }]);
  await make("Drafting done", [{ competencyId: competency.Drafting!, level: 3 }]);
  await make("Budgeting only", [{ competencyId: competency.Budgeting!, level: 5 }]);

  // Completed drafting course: certificate-backed evidence that meets the Drafting requirement.
  const done = await createEnrolment(fixtureDb, { userId: officialId, courseId: course["Drafting done"]!, completedLessons: "all" });
  const certificate = await createCertificate(fixtureDb, { enrolmentId: done.id });
  certificateCode = certificate.code;
  await createPassbookEntry(fixtureDb, {
    userId: officialId,
    competencyId: competency.Drafting!,
    level: 3,
    source: "COURSE",
    evidence: "Completed Drafting done course.",
    // The completion rules store the certificate id; the seed stores its code. Both must link.
    evidenceRef: certificate.id,
  });
  await createPassbookEntry(fixtureDb, { userId: officialId, competencyId: competency.Procurement!, level: 1, source: "ASSESSMENT" });
  await createEnrolment(fixtureDb, { userId: officialId, courseId: course["Procurement enrolled"]! });
});

afterAll(async () => {
  await fixtureDb.$disconnect();
});

describe("getCompetencyPassbook", () => {
  test("finds the gaps against the most demanding role, largest first, with met requirements after", async () => {
    const passbook = await getCompetencyPassbook(officialId);
    expect(passbook?.position).toEqual({ title: "Section Officer, Purchase", roleNames: expect.arrayContaining([expect.any(String)]) });
    expect(passbook?.position?.roleNames).toHaveLength(2);
    expect(passbook?.requirements.map((row) => [row.name, row.required, row.current, row.gap])).toEqual([
      ["Procurement (passbook test)", 4, 1, 3],
      ["Ethics (passbook test)", 2, 0, 2],
      ["Drafting (passbook test)", 3, 3, 0],
    ]);
    expect(passbook?.gapCount).toBe(2);
    expect(passbook?.requirements[0]).toMatchObject({ requiredLevelName: "Advanced", currentLevelName: "Awareness" });
  });

  test("recommends published courses for the gap, best first, leaving out drafts and courses already taken", async () => {
    const passbook = await getCompetencyPassbook(officialId);
    const procurement = passbook?.requirements.find((row) => row.competencyId === competency.Procurement);
    expect(procurement?.recommendations.map((r) => [r.title, r.toLevel, r.closesGap])).toEqual([
      ["Procurement advanced course", 4, true],
      ["Procurement basics course", 2, false],
    ]);
    expect(procurement?.enrolledCourses.map((c) => c.title)).toEqual(["Procurement enrolled course"]);
    const ethics = passbook?.requirements.find((row) => row.competencyId === competency.Ethics);
    expect(ethics?.recommendations).toEqual([]);
  });

  test("lists competencies held with their evidence and the certificate behind it", async () => {
    const passbook = await getCompetencyPassbook(officialId);
    const drafting = passbook?.held.find((row) => row.competencyId === competency.Drafting);
    expect(drafting).toMatchObject({ level: 3, levelName: "Proficient", requiredLevel: 3 });
    expect(drafting?.evidence).toEqual([expect.objectContaining({ source: "COURSE", level: 3, certificateCode, revokedAt: null, isCounted: true })]);
    const procurement = passbook?.held.find((row) => row.competencyId === competency.Procurement);
    expect(procurement?.evidence).toEqual([expect.objectContaining({ source: "ASSESSMENT", certificateCode: null })]);
  });

  test("evidence pointing at another official's certificate is not linked", async () => {
    const other = await createOfficial(fixtureDb);
    await createPassbookEntry(fixtureDb, { userId: other.id, competencyId: competency.Drafting!, level: 3, source: "COURSE", evidenceRef: certificateCode });
    const passbook = await getCompetencyPassbook(other.id);
    expect(passbook?.held[0]?.evidence[0]?.certificateCode).toBeNull();
  });

  test("an official meeting every requirement has no gaps", async () => {
    const met = await createOfficial(fixtureDb, { fracPositionId: positionId });
    for (const [name, level] of [["Drafting", 3], ["Procurement", 5], ["Ethics", 2]] as const) {
      await createPassbookEntry(fixtureDb, { userId: met.id, competencyId: competency[name]!, level });
    }
    const passbook = await getCompetencyPassbook(met.id);
    expect(passbook?.gapCount).toBe(0);
    expect(passbook?.requirements).toHaveLength(3);
    expect(passbook?.requirements.every((row) => row.gap === 0 && row.recommendations.length === 0)).toBe(true);
  });

  test("an official without a FRAC position gets their evidence and no requirements", async () => {
    const loose = await createOfficial(fixtureDb);
    await createPassbookEntry(fixtureDb, { userId: loose.id, competencyId: competency.Budgeting!, level: 2 });
    const passbook = await getCompetencyPassbook(loose.id);
    expect(passbook?.position).toBeNull();
    expect(passbook?.requirements).toEqual([]);
    expect(passbook?.held.map((row) => [row.name, row.level, row.requiredLevel])).toEqual([["Budgeting (passbook test)", 2, null]]);
  });

  test("a self-declared level shows beside the held one and never counts", async () => {
    const official = await createOfficial(fixtureDb, { fracPositionId: positionId });
    await createPassbookEntry(fixtureDb, { userId: official.id, competencyId: competency.Ethics!, level: 1, source: "ASSESSMENT" });
    const assessedAt = new Date("2026-10-01T05:00:00Z");
    await fixtureDb.selfAssessment.create({ data: { userId: official.id, competencyId: competency.Ethics!, level: 4, note: "I chair the ethics committee.", assessedAt } });

    const passbook = await getCompetencyPassbook(official.id);
    const ethics = passbook?.requirements.find((row) => row.competencyId === competency.Ethics);
    expect(ethics).toMatchObject({ required: 2, current: 1, gap: 1 });
    expect(ethics?.selfDeclared).toEqual({
      level: 4,
      levelName: "Advanced",
      note: "I chair the ethics committee.",
      assessedAt,
      state: "PENDING",
      reviewedAt: null,
      reviewedByName: null,
    });
    expect(passbook?.held.find((row) => row.competencyId === competency.Ethics)).toMatchObject({ level: 1, selfDeclared: { level: 4 } });
    expect(passbook?.requirements.find((row) => row.competencyId === competency.Drafting)?.selfDeclared).toBeNull();
  });

  test("a revoked endorsement stays visible as revoked and does not count, even when it was the only evidence", async () => {
    const officer = await createOfficial(fixtureDb, { name: "Anil Deshmukh" });
    const official = await createOfficial(fixtureDb, { fracPositionId: positionId, reportingOfficerId: officer.id });
    const endorsed = await createPassbookEntry(fixtureDb, {
      userId: official.id,
      competencyId: competency.Drafting!,
      level: 3,
      source: "SUPERVISOR",
      evidence: "Drafts unaided.",
      awardedById: officer.id,
    });
    // Revoked as the revoke use-case leaves it: the row marked, the held level recomputed (none left).
    const revokedAt = new Date("2026-11-02T05:00:00Z");
    await fixtureDb.passbookEntry.update({ where: { id: endorsed.id }, data: { revokedAt, revokedById: officer.id, revokeReason: "Endorsed the wrong officer." } });
    await fixtureDb.officialCompetency.delete({ where: { userId_competencyId: { userId: official.id, competencyId: competency.Drafting! } } });

    const passbook = await getCompetencyPassbook(official.id);
    expect(passbook?.requirements.find((row) => row.competencyId === competency.Drafting)).toMatchObject({ current: 0, gap: 3 });
    const drafting = passbook?.held.find((row) => row.competencyId === competency.Drafting);
    expect(drafting).toMatchObject({ level: 0, levelName: null, requiredLevel: 3 });
    expect(drafting?.evidence).toEqual([
      expect.objectContaining({
        source: "SUPERVISOR",
        level: 3,
        awardedById: officer.id,
        awardedByName: "Anil Deshmukh",
        revokedAt,
        revokedByName: "Anil Deshmukh",
        revokeReason: "Endorsed the wrong officer.",
        isCounted: false,
      }),
    ]);
  });

  test("an unknown official gives null", async () => {
    expect(await getCompetencyPassbook("00000000-0000-7000-8000-000000000000")).toBeNull();
  });
});

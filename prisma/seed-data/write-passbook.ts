// Passbook evidence for the seeded officials — from completed courses and supervisors — their
// self-assessments, and the held level per competency derived from the verified evidence.
import { VERIFIED_EVIDENCE_SOURCES } from "../../lib/domain/competency/held-level";
import type { PassbookSource, PrismaClient } from "../../lib/generated/prisma/client";
import { insertInChunks } from "./chunks";
import { daysFromBase } from "./dates";
import type { ActivityOfficial } from "./load-activity-context";
import type { PlannedEnrolment } from "./plan-enrolments";
import { createRandom } from "./random";

type Entry = {
  userId: string;
  competencyId: string;
  level: number;
  source: PassbookSource;
  evidence: string;
  evidenceRef: string | null;
  awardedById: string | null;
  awardedAt: Date;
};

// Entries have no natural key; this one (who, what, how, when) is unique in seeded data, because
// every seeded timestamp is fixed.
const entryKey = (entry: Pick<Entry, "userId" | "competencyId" | "source" | "awardedAt">) =>
  `${entry.userId}|${entry.competencyId}|${entry.source}|${entry.awardedAt.toISOString()}`;

export async function writePassbook(
  prisma: PrismaClient,
  input: {
    officials: ActivityOfficial[];
    completed: { plan: PlannedEnrolment; certificateCode: string | null }[];
    /** The demo learner gets a scripted supervisor and self entry instead of random ones. */
    scriptedEmail: string;
    /** The demo reporting officer: everyone reporting to them has a self-assessment waiting for review. */
    teamOfficerEmail: string;
  },
): Promise<void> {
  const entries: Entry[] = input.completed.flatMap(({ plan, certificateCode }) =>
    plan.course.competencies.map((competency) => ({
      userId: plan.official.id,
      competencyId: competency.competencyId,
      level: competency.level,
      source: "COURSE" as const,
      evidence: `Completed the course "${plan.course.title}" (${plan.course.providerName}).`,
      evidenceRef: certificateCode,
      awardedById: null,
      awardedAt: plan.completedAt ?? plan.enrolledAt,
    })),
  );

  const selfAssessments: { userId: string; competencyId: string; level: number; note: string; assessedAt: Date }[] = [];
  const teamOfficerId = input.officials.find((official) => official.email === input.teamOfficerEmail)?.id ?? null;
  for (const official of input.officials) {
    const random = createRandom(`passbook:${official.email}`);
    const required = [...official.requirements.entries()].sort(([a], [b]) => a.localeCompare(b));
    if (required.length === 0) continue;
    const isScripted = official.email === input.scriptedEmail;
    if (official.reportingOfficerId && (isScripted || random.chance(0.18))) {
      // The scripted learner's supervisor confirms the one requirement they already meet.
      const [competencyId, level] = isScripted ? (required.find(([, lvl]) => lvl === 2) ?? required[0]!) : random.pick(required);
      entries.push({
        userId: official.id,
        competencyId,
        level: isScripted ? level : Math.max(1, level - random.int(0, 1)),
        source: "SUPERVISOR",
        evidence: "Observed during the annual performance review.",
        evidenceRef: null,
        awardedById: official.reportingOfficerId,
        awardedAt: daysFromBase(-random.int(30, 120)),
      });
    }
    if (isScripted || random.chance(0.1)) {
      const [competencyId] = random.pick(required);
      selfAssessments.push({
        userId: official.id,
        competencyId,
        level: isScripted ? 1 : random.int(1, 2),
        note: "Self-assessment against the FRAC competency dictionary.",
        assessedAt: daysFromBase(-random.int(60, 200)),
      });
    }
    if (teamOfficerId && official.reportingOfficerId === teamOfficerId && !isScripted) {
      // Its own stream, so the entries above stay as they were before the demo team existed.
      const team = createRandom(`self-assessment:${official.email}`);
      const rated = new Set(selfAssessments.filter((row) => row.userId === official.id).map((row) => row.competencyId));
      const unrated = required.filter(([competencyId]) => !rated.has(competencyId));
      if (unrated.length > 0) {
        const [competencyId, level] = team.pick(unrated);
        selfAssessments.push({
          userId: official.id,
          competencyId,
          level: Math.min(5, Math.max(1, level + team.int(-1, 1))),
          note: "Rated against the FRAC level descriptors before the mid-year review.",
          assessedAt: daysFromBase(-team.int(5, 30)),
        });
      }
    }
  }

  const userIds = input.officials.map((official) => official.id);
  const existing = new Set(
    (
      await prisma.passbookEntry.findMany({
        where: { userId: { in: userIds } },
        select: { userId: true, competencyId: true, source: true, awardedAt: true },
      })
    ).map(entryKey),
  );
  const missing = entries.filter((entry) => !existing.has(entryKey(entry)));
  await insertInChunks(missing, (slice) => prisma.passbookEntry.createMany({ data: slice }));
  // An official's later re-rating is theirs to keep: existing self-assessments are left alone.
  await insertInChunks(selfAssessments, (slice) => prisma.selfAssessment.createMany({ data: slice, skipDuplicates: true }));

  // The held level: the highest verified, unrevoked evidence (lib/domain/competency/held-level.ts).
  await prisma.$executeRaw`
    INSERT INTO "OfficialCompetency" ("userId", "competencyId", "level", "updatedAt")
    SELECT "userId", "competencyId", max("level"), max("awardedAt")
    FROM "PassbookEntry"
    WHERE "userId" = ANY(${userIds}::uuid[]) AND "source"::text = ANY(${[...VERIFIED_EVIDENCE_SOURCES]}::text[]) AND "revokedAt" IS NULL
    GROUP BY "userId", "competencyId"
    ON CONFLICT ("userId", "competencyId")
    DO UPDATE SET "level" = EXCLUDED."level", "updatedAt" = EXCLUDED."updatedAt"
    WHERE "OfficialCompetency"."level" <> EXCLUDED."level"`;
}

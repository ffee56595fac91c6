// Bulk catalogue for the benchmark: thousands of published courses with competencies, made in a
// few set-based statements (generate_series) rather than row by row, then given their search text
// the same way the app does. Values are derived from the row number, so every run is identical.
import type { PrismaClient } from "../../generated/prisma/client";
import { refreshCourseSearchText } from "../../server/catalogue/refresh-course-search-text";

const TOPICS = [
  "Public Procurement", "Budget Preparation", "Right to Information", "Leadership", "Ethics and Integrity",
  "Digital Governance", "Grievance Redressal", "Disaster Management", "Public Health", "Agricultural Extension",
  "Internal Audit", "Contract Management", "Negotiation", "Data Analytics", "Cyber Security", "Policy Design",
  "Project Management", "Noting and Drafting", "Gender Budgeting", "Climate Adaptation", "Service Delivery",
  "E-Office", "Stakeholder Consultation", "Financial Rules", "Vigilance",
];
const QUALIFIERS = ["Essentials", "for Managers", "in Practice", "Foundations", "Masterclass", "Toolkit", "Refresher", "Case Studies"];

export async function generateBenchCourses(prisma: PrismaClient, count: number): Promise<number> {
  const inserted = await prisma.$executeRaw`
    WITH providers AS (SELECT array_agg("id" ORDER BY "code") AS ids FROM "Provider"),
         words AS (SELECT ${TOPICS}::text[] AS topics, ${QUALIFIERS}::text[] AS qualifiers)
    INSERT INTO "Course" ("id", "slug", "providerId", "title", "summary", "description", "status", "mode", "language",
                          "durationMinutes", "ratingCount", "ratingSum", "publishedAt", "createdAt", "updatedAt")
    SELECT gen_random_uuid(),
           'bench-course-' || g,
           providers.ids[1 + g % cardinality(providers.ids)],
           words.topics[1 + g % cardinality(words.topics)] || ' ' || words.qualifiers[1 + (g / 7) % cardinality(words.qualifiers)] || ' ' || g,
           'A generated course on ' || lower(words.topics[1 + g % cardinality(words.topics)]) || ' for officials at every level, with case studies from ministries and departments.',
           'Generated for the catalogue benchmark.',
           'PUBLISHED',
           (CASE WHEN g % 10 < 7 THEN 'ONLINE' WHEN g % 10 < 9 THEN 'BLENDED' ELSE 'FACE_TO_FACE' END)::"DeliveryMode",
           (CASE WHEN g % 5 = 0 THEN 'HI' ELSE 'EN' END)::"Language",
           10 + (g * 37) % 400,
           g % 40,
           (g % 40) * (3 + g % 3),
           now() - make_interval(hours => g),
           now(), now()
    FROM generate_series(1, ${count}::int) AS g, providers, words
    ON CONFLICT ("slug") DO NOTHING`;

  // Two competencies per course at levels 1–5, picked by row number.
  await prisma.$executeRaw`
    WITH competencies AS (SELECT array_agg("id" ORDER BY "code") AS ids FROM "Competency")
    INSERT INTO "CourseCompetency" ("courseId", "competencyId", "level")
    SELECT c."id", competencies.ids[1 + (n.g * pick.step + pick.shift) % cardinality(competencies.ids)], 1 + (n.g + pick.shift) % 5
    FROM "Course" c
    CROSS JOIN LATERAL (SELECT substring(c."slug" FROM 14)::int AS g) n
    CROSS JOIN (VALUES (7, 0), (13, 3)) AS pick(step, shift)
    CROSS JOIN competencies
    WHERE c."slug" LIKE 'bench-course-%'
    ON CONFLICT DO NOTHING`;

  await refreshCourseSearchText(prisma);
  await prisma.$executeRawUnsafe(`ANALYZE "Course", "CourseCompetency", "Competency", "Provider"`);
  return inserted;
}

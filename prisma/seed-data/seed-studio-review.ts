// The review side of the studio in the demo: the Department of Revenue asks for two stages
// (a subject expert, then its MDO approval), with the demo reviewer and the demo MDO admin in
// its groups, and the demo provider's courses written for it in every lifecycle state. A course
// the demo provider starts in the studio belongs to its own institute (ISTM), so ISTM asks for
// the same two stages and the same two demo accounts take them: without groups there, every
// course written in the demo would be refused at submission. Each course moves through the same
// use-cases the studio runs (submit, decide, publish), so the demo's history — rounds, comments, audit rows — is what the app itself would have written.
// Idempotent: a course whose slug exists is left as it is.
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { courseDraftSchema, type CourseDraft } from "../../lib/domain/studio/course-draft";
import type { CurrentUser } from "../../lib/domain/roles";
import { newId } from "../../lib/server/factories/new-id";
import { decideReviewIn } from "../../lib/server/studio/review/decide-review";
import { submitRevisionIn } from "../../lib/server/studio/review/submit-revision";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { PROVIDERS } from "./providers";

const REVIEWING_ORGANISATION = DEMO_ACCOUNTS.mdoAdmin.scope.organisationCode;
/** Where the demo provider's own new courses are routed: the organisation its provider belongs to (createCourse). */
const PROVIDER_ORGANISATION = providerOrganisationCode(DEMO_ACCOUNTS.provider.scope.providerCode);

/** Two stages at each organisation, and the demo account that takes each (by its DEMO_ACCOUNTS key). */
const REVIEW_SETUPS = [
  {
    organisationCode: REVIEWING_ORGANISATION,
    groups: [
      { stage: "SUBJECT_EXPERT", name: "Revenue subject experts", member: "reviewer" },
      { stage: "MDO_APPROVAL", name: "Revenue MDO approval", member: "mdoAdmin" },
    ],
  },
  {
    organisationCode: PROVIDER_ORGANISATION,
    groups: [
      { stage: "SUBJECT_EXPERT", name: "ISTM subject experts", member: "reviewer" },
      { stage: "MDO_APPROVAL", name: "ISTM MDO approval", member: "mdoAdmin" },
    ],
  },
] as const;

function providerOrganisationCode(providerCode: string): string {
  const code = PROVIDERS.find((provider) => provider.code === providerCode)?.organisationCode;
  if (!code) throw new Error(`The demo provider ${providerCode} belongs to no organisation, so nobody could review its new courses`);
  return code;
}

type Actor = Pick<CurrentUser, "id" | "grants">;
type Step = "draft" | "stage1" | "stage2" | "changes" | "nextVersion" | "archived";

type DemoCourse = { slug: string; title: string; summary: string; step: Step; lessons: { title: string; body: string }[] };

const COURSES: DemoCourse[] = [
  {
    slug: "studio-demo-gst-audit-reports",
    title: "Drafting GST Audit Reports",
    summary: "Write audit reports under the GST law that stand up to scrutiny and lead to recovery.",
    step: "draft",
    lessons: [
      { title: "What an audit report must contain", body: "An audit report under section 65 states the findings, the evidence and the amount short paid." },
      { title: "Writing findings the taxpayer can answer", body: "Each finding names the transaction, the provision and the working of the amount." },
    ],
  },
  {
    slug: "studio-demo-customs-valuation",
    title: "Customs Valuation Essentials",
    summary: "Determine the transaction value of imported goods and when to reject it.",
    step: "stage1",
    lessons: [
      { title: "Transaction value and its adjustments", body: "The transaction value is the price actually paid or payable, adjusted under rule 10." },
      { title: "When a declared value may be rejected", body: "Rule 12 allows rejection only on reasonable doubt, recorded in writing and put to the importer." },
      { title: "Related-party imports", body: "A relationship alone does not make the price unacceptable; test whether it influenced the price." },
    ],
  },
  {
    slug: "studio-demo-faceless-assessment",
    title: "Faceless Assessment Procedures",
    summary: "Run an assessment end to end through the faceless scheme without personal contact.",
    step: "stage2",
    lessons: [
      { title: "Allocation and the assessment unit", body: "Cases are allocated by an automated system to an assessment unit chosen at random." },
      { title: "Draft orders and the taxpayer's reply", body: "A show-cause notice with the draft variation is served before any order adverse to the taxpayer." },
    ],
  },
  {
    slug: "studio-demo-revenue-intelligence",
    title: "Revenue Intelligence Basics",
    summary: "Gather, record and act on intelligence about evasion within the law.",
    step: "changes",
    lessons: [
      { title: "Sources of information", body: "Informers, data analytics and field reports each carry different weight and duties of care." },
      { title: "Recording and sharing intelligence", body: "Record what was learnt, when and from whom; share it only on a need-to-know basis." },
    ],
  },
  {
    slug: "studio-demo-taxpayer-charter",
    title: "The Taxpayer Service Charter in Practice",
    summary: "Meet the charter's commitments to taxpayers in everyday work.",
    step: "nextVersion",
    lessons: [
      { title: "The charter's commitments", body: "The charter promises fair, courteous and reasonable treatment and decisions within set times." },
      { title: "Handling a grievance", body: "Acknowledge every grievance, decide it within the charter's time and tell the taxpayer why." },
    ],
  },
  {
    slug: "studio-demo-legacy-excise",
    title: "Central Excise Procedures (Legacy)",
    summary: "The central excise procedures still applied to petroleum products and tobacco.",
    step: "archived",
    lessons: [{ title: "Registration and returns", body: "Manufacturers of excisable goods still registered under the Central Excise Act file monthly returns." }],
  },
];

export async function seedStudioReview(prisma: PrismaClient): Promise<void> {
  const [organisation, provider, author, reviewer, approver, competencies] = await Promise.all([
    prisma.organisation.findUniqueOrThrow({ where: { code: REVIEWING_ORGANISATION }, select: { id: true } }),
    prisma.provider.findUniqueOrThrow({ where: { code: DEMO_ACCOUNTS.provider.scope.providerCode }, select: { id: true } }),
    prisma.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.provider.email }, select: { id: true } }),
    prisma.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.reviewer.email }, select: { id: true } }),
    prisma.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.mdoAdmin.email }, select: { id: true } }),
    prisma.competency.findMany({ where: { type: "FUNCTIONAL" }, orderBy: { code: "asc" }, take: 2, select: { id: true } }),
  ]);
  const members = { reviewer: reviewer.id, mdoAdmin: approver.id };
  for (const setup of REVIEW_SETUPS) {
    const { id: organisationId } = await prisma.organisation.update({ where: { code: setup.organisationCode }, data: { reviewStages: 2 }, select: { id: true } });
    for (const group of setup.groups) await upsertGroup(prisma, { organisationId, stage: group.stage, name: group.name, memberId: members[group.member] });
  }

  const authorActor: Actor = { id: author.id, grants: [{ role: "CONTENT_PROVIDER", organisationId: null, providerId: provider.id }] };
  for (const course of COURSES) {
    if (await prisma.course.findUnique({ where: { slug: course.slug }, select: { id: true } })) continue;
    const draft = demoDraft(course, competencies.map((competency) => competency.id));
    // One transaction per course, so a failed run leaves no half-made course for the next to skip.
    await prisma.$transaction(async (tx) => {
      // Written here rather than through the course factory, which would start a transaction of
      // its own outside this one (and wait forever for the embedded database's one connection).
      const created = await tx.course.create({
        data: {
          providerId: provider.id,
          organisationId: organisation.id,
          slug: course.slug,
          title: course.title,
          summary: course.summary,
          description: "",
          durationMinutes: Math.max(1, draft.durationMinutes),
          status: "DRAFT",
          createdById: author.id,
        },
        select: { id: true },
      });
      const revision = await tx.courseRevision.create({
        data: { courseId: created.id, number: 1, title: draft.title, content: draft, createdById: author.id, savedById: author.id },
        select: { id: true },
      });
      await advance(tx, course.step, { courseId: created.id, revisionId: revision.id, draft, author: authorActor, reviewerId: reviewer.id, approverId: approver.id });
      // The embedded database serves one statement at a time and a loaded machine is slow: wait
      // for a connection and let the publish inside finish rather than fail the whole seed.
    }, { maxWait: 60_000, timeout: 180_000 });
  }
}

async function advance(
  tx: Prisma.TransactionClient,
  step: Step,
  input: { courseId: string; revisionId: string; draft: CourseDraft; author: Actor; reviewerId: string; approverId: string },
): Promise<void> {
  if (step === "draft") return;
  const pending = async () => (await tx.courseReview.findFirstOrThrow({ where: { revisionId: input.revisionId, outcome: "PENDING" }, select: { id: true } })).id;
  const approve = async (reviewerId: string, note: string | null) =>
    decideReviewIn(tx, { id: reviewerId }, { reviewId: await pending(), outcome: "APPROVED", note, comments: [] });

  await submitRevisionIn(tx, input.author, input.revisionId);
  if (step === "stage1") return;
  if (step === "changes") {
    const lesson = input.draft.modules[0]?.lessons[1] ?? input.draft.modules[0]?.lessons[0];
    await decideReviewIn(
      tx,
      { id: input.reviewerId },
      {
        reviewId: await pending(),
        outcome: "CHANGES_REQUESTED",
        note: "Good coverage; one lesson needs its legal basis.",
        comments: [{ lessonKey: lesson?.key ?? null, body: "Cite the provision that governs sharing intelligence, and who may authorise it." }],
      },
    );
    return;
  }
  await approve(input.reviewerId, "Accurate and well paced.");
  if (step === "stage2") return;
  await approve(input.approverId, null);
  const now = new Date();
  if (step === "nextVersion") {
    // What openNextVersion (lib/server/studio/versions) writes; it runs on the app's own client,
    // which the seed does not have, so the seed opens version 2 from the published document here.
    const published = await tx.courseRevision.findUniqueOrThrow({ where: { id: input.revisionId }, select: { title: true, content: true } });
    await tx.courseRevision.create({
      data: { courseId: input.courseId, number: 2, title: published.title, content: published.content ?? {}, createdById: input.author.id, savedById: input.author.id, savedAt: now },
      select: { id: true },
    });
    return;
  }
  // As archiveCourse does (PUBLISHED → ARCHIVED, allowed by the lifecycle trigger), for the same reason.
  await tx.course.update({ where: { id: input.courseId }, data: { status: "ARCHIVED", archivedAt: now }, select: { id: true } });
  await tx.auditLog.create({ data: { actorId: input.author.id, action: "course.archived", entityType: "Course", entityId: input.courseId, createdAt: now }, select: { id: true } });
}

function demoDraft(course: DemoCourse, competencyIds: string[]): CourseDraft {
  const half = Math.ceil(course.lessons.length / 2);
  const lesson = (entry: { title: string; body: string }) => ({ key: newId(), type: "TEXT", title: entry.title, body: entry.body, durationSeconds: 600 });
  return courseDraftSchema.parse({
    title: course.title,
    summary: course.summary,
    description: `${course.summary}\n\nWritten by the Institute of Secretariat Training and Management for the Department of Revenue.`,
    durationMinutes: course.lessons.length * 10,
    competencies: competencyIds.map((competencyId, index) => ({ competencyId, level: index === 0 ? 3 : 2 })),
    modules: [
      { key: newId(), title: "Foundations", lessons: course.lessons.slice(0, half).map(lesson) },
      ...(course.lessons.length > half ? [{ key: newId(), title: "In practice", lessons: course.lessons.slice(half).map(lesson) }] : []),
    ],
  });
}

async function upsertGroup(
  prisma: PrismaClient,
  input: { organisationId: string; stage: "SUBJECT_EXPERT" | "MDO_APPROVAL"; name: string; memberId: string },
): Promise<void> {
  const existing = await prisma.reviewerGroup.findFirst({ where: { organisationId: input.organisationId, stage: input.stage, competencyArea: null }, select: { id: true } });
  const group = existing ?? (await prisma.reviewerGroup.create({ data: { organisationId: input.organisationId, stage: input.stage, name: input.name }, select: { id: true } }));
  await prisma.reviewerGroupMember.createMany({ data: [{ groupId: group.id, userId: input.memberId }], skipDuplicates: true });
}

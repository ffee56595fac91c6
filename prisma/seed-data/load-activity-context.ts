// Reads back what the learning activity is generated against: the published courses with their
// lesson order, assessments and batches, and each official's FRAC requirements.
import type { BatchStatus, LessonType, PrismaClient } from "../../lib/generated/prisma/client";

export type ActivityCourse = {
  id: string;
  slug: string;
  title: string;
  providerName: string;
  competencies: { competencyId: string; level: number }[];
  lessons: { id: string; type: LessonType; isRequired: boolean; durationSeconds: number }[];
  assessment: {
    id: string;
    passMarkPercent: number;
    timeLimitSeconds: number | null;
    questions: { id: string; type: string; points: number; options: { id: string; isCorrect: boolean }[] }[];
  } | null;
  batches: { id: string; status: BatchStatus; seatLimit: number; sessions: { id: string; startsAt: Date }[] }[];
};

export type ActivityOfficial = {
  id: string;
  email: string;
  designation: string | null;
  organisationId: string | null;
  reportingOfficerId: string | null;
  fracRoleIds: string[];
  /** Competency id → level required by the official's FRAC roles (highest across roles). */
  requirements: Map<string, number>;
};

export async function loadActivityCourses(prisma: PrismaClient, courseIds: string[]): Promise<ActivityCourse[]> {
  const courses = await prisma.course.findMany({
    where: { id: { in: courseIds }, status: "PUBLISHED" },
    orderBy: { slug: "asc" },
    select: {
      id: true,
      slug: true,
      title: true,
      provider: { select: { name: true } },
      competencies: { select: { competencyId: true, level: true }, orderBy: { competencyId: "asc" } },
      modules: {
        orderBy: { position: "asc" },
        select: {
          lessons: {
            orderBy: { position: "asc" },
            select: { id: true, type: true, isRequired: true, durationSeconds: true },
          },
        },
      },
      assessments: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          passMarkPercent: true,
          timeLimitSeconds: true,
          questions: {
            orderBy: { position: "asc" },
            select: {
              question: {
                select: {
                  id: true,
                  type: true,
                  points: true,
                  options: { orderBy: { position: "asc" }, select: { id: true, isCorrect: true } },
                },
              },
            },
          },
        },
      },
      batches: {
        orderBy: { startsAt: "asc" },
        select: {
          id: true,
          status: true,
          seatLimit: true,
          sessions: { orderBy: { startsAt: "asc" }, select: { id: true, startsAt: true } },
        },
      },
    },
  });
  return courses.map((course) => ({
    id: course.id,
    slug: course.slug,
    title: course.title,
    providerName: course.provider.name,
    competencies: course.competencies,
    lessons: course.modules.flatMap((module) => module.lessons),
    assessment: course.assessments[0]
      ? { ...course.assessments[0], questions: course.assessments[0].questions.map((entry) => entry.question) }
      : null,
    batches: course.batches,
  }));
}

export async function loadActivityOfficials(prisma: PrismaClient, userIds: string[]): Promise<ActivityOfficial[]> {
  const users = await prisma.user.findMany({
    where: { id: { in: userIds } },
    orderBy: { email: "asc" },
    select: {
      id: true,
      email: true,
      designation: true,
      organisationId: true,
      reportingOfficerId: true,
      fracPosition: {
        select: {
          roles: {
            select: {
              roleId: true,
              role: { select: { competencies: { select: { competencyId: true, requiredLevel: true } } } },
            },
          },
        },
      },
    },
  });
  return users.map((user) => {
    const requirements = new Map<string, number>();
    for (const { role } of user.fracPosition?.roles ?? []) {
      for (const { competencyId, requiredLevel } of role.competencies) {
        requirements.set(competencyId, Math.max(requiredLevel, requirements.get(competencyId) ?? 0));
      }
    }
    return {
      id: user.id,
      email: user.email,
      designation: user.designation,
      organisationId: user.organisationId,
      reportingOfficerId: user.reportingOfficerId,
      fracRoleIds: (user.fracPosition?.roles ?? []).map((link) => link.roleId),
      requirements,
    };
  });
}

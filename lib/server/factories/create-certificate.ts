import "server-only";
import type { Certificate } from "../../generated/prisma/client";
import type { FactoryClient } from "./factory-client";
import { uniqueSuffix } from "./unique-suffix";

/** Issues the certificate of a completed enrolment, or returns the one already issued. */
export async function createCertificate(
  prisma: FactoryClient,
  input: { enrolmentId: string; code?: string; issuedAt?: Date },
): Promise<Certificate> {
  const enrolment = await prisma.enrolment.findUniqueOrThrow({ where: { id: input.enrolmentId } });
  if (enrolment.status !== "COMPLETED") throw new Error(`Enrolment ${enrolment.id} is not completed.`);
  return prisma.certificate.upsert({
    where: { enrolmentId: enrolment.id },
    create: {
      enrolmentId: enrolment.id,
      userId: enrolment.userId,
      courseId: enrolment.courseId,
      code: input.code ?? `KSL-TEST-${uniqueSuffix().toUpperCase()}`,
      issuedAt: input.issuedAt ?? enrolment.completedAt ?? new Date(),
    },
    update: {},
  });
}

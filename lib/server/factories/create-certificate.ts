import "server-only";
import { randomBytes } from "node:crypto";
import { CERTIFICATE_CODE_RANDOM_BYTES, createCertificateCode } from "../../domain/learning/certificate-code";
import type { Certificate } from "../../generated/prisma/client";
import type { FactoryClient } from "./factory-client";

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
      // The app's own code format, so a test certificate verifies like a real one.
      code: input.code ?? createCertificateCode(randomBytes(CERTIFICATE_CODE_RANDOM_BYTES)),
      issuedAt: input.issuedAt ?? enrolment.completedAt ?? new Date(),
    },
    update: {},
  });
}

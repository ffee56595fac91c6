-- CreateEnum
CREATE TYPE "IntegrityFlagOutcome" AS ENUM ('NO_CONCERN', 'FOLLOWED_UP');

-- AlterTable
ALTER TABLE "IntegrityFlag" ADD COLUMN     "outcome" "IntegrityFlagOutcome",
ADD COLUMN     "resolvedById" UUID,
ADD COLUMN     "reviewNote" TEXT;

-- AddForeignKey
ALTER TABLE "IntegrityFlag" ADD CONSTRAINT "IntegrityFlag_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A flag is reviewed exactly when it has an outcome: neither can be set without the other.
ALTER TABLE "IntegrityFlag" ADD CONSTRAINT "IntegrityFlag_review_complete"
  CHECK (("resolvedAt" IS NULL) = ("outcome" IS NULL));

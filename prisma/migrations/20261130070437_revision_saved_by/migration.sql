-- AlterTable
ALTER TABLE "CourseRevision" ADD COLUMN     "savedById" UUID;

-- CreateIndex
CREATE INDEX "CourseRevision_savedById_idx" ON "CourseRevision"("savedById");

-- AddForeignKey
ALTER TABLE "CourseRevision" ADD CONSTRAINT "CourseRevision_savedById_fkey" FOREIGN KEY ("savedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

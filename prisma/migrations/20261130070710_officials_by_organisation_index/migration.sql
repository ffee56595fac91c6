-- DropIndex
DROP INDEX "User_organisationId_status_idx";

-- CreateIndex
CREATE INDEX "User_organisationId_status_id_idx" ON "User"("organisationId", "status", "id");

-- DropIndex
DROP INDEX "OfficialCompetency_competencyId_level_idx";

-- CreateIndex
CREATE INDEX "OfficialCompetency_competencyId_level_userId_idx" ON "OfficialCompetency"("competencyId", "level", "userId");

// Which bank questions an attempt asks. A FIXED assessment asks its list in authored order; a
// RANDOM one draws `count` questions afresh for each attempt from the course's live bank,
// narrowed to a competency (and level) when the author tagged the draw. The draw is seeded by
// the attempt id, so rebuilding an attempt always yields the same questions.

import { seededShuffle } from "@/lib/domain/learning/shuffle";

export type DrawRule =
  | { mode: "FIXED" }
  | { mode: "RANDOM"; count: number; competencyId: string | null; level: number | null };

export type FixedEntry = { questionId: string; position: number };
export type BankQuestion = { id: string; competencyId: string | null; level: number | null };

/** Bank questions a RANDOM rule may draw from. */
export function drawPool(rule: Extract<DrawRule, { mode: "RANDOM" }>, bank: readonly BankQuestion[]): BankQuestion[] {
  return bank.filter(
    (question) =>
      (rule.competencyId === null || question.competencyId === rule.competencyId) && (rule.level === null || question.level === rule.level),
  );
}

/** Questions one attempt asks, in the authored (FIXED) or drawn (RANDOM) order. */
export function selectAttemptQuestionIds(
  rule: DrawRule,
  source: { fixed: readonly FixedEntry[]; bank: readonly BankQuestion[] },
  seed: string,
): string[] {
  if (rule.mode === "FIXED") {
    return [...source.fixed].sort((a, b) => a.position - b.position).map((entry) => entry.questionId);
  }
  // Sorting by id first makes the draw independent of the order the database returned.
  const pool = drawPool(rule, source.bank).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return seededShuffle(pool, `${seed}:draw`)
    .slice(0, rule.count)
    .map((question) => question.id);
}

/** The rule stored on an Assessment row. */
export function drawRuleOf(assessment: {
  drawMode: "FIXED" | "RANDOM";
  drawCount: number | null;
  drawCompetencyId: string | null;
  drawLevel: number | null;
}): DrawRule {
  if (assessment.drawMode === "FIXED") return { mode: "FIXED" };
  return { mode: "RANDOM", count: assessment.drawCount ?? 0, competencyId: assessment.drawCompetencyId, level: assessment.drawLevel };
}

/** How many questions an attempt of this rule asks, given the bank as it stands. */
export function questionsPerAttempt(rule: DrawRule, source: { fixed: readonly FixedEntry[]; bank: readonly BankQuestion[] }): number {
  return rule.mode === "FIXED" ? source.fixed.length : Math.min(rule.count, drawPool(rule, source.bank).length);
}

// How a question has performed with learners, and when that suggests a look at it. The rule is
// deliberately simple so the page can state it in one sentence: with at least MIN_ANSWERS
// answers, a question almost nobody gets right (the key may be wrong, or it is unclear) or
// almost everybody gets right (it measures little), and a wrong option nobody ever picks (it is
// not doing its job as a distractor), are flagged.

export const DIFFICULTY_RULE = {
  minAnswers: 20,
  /** Flag below this share correct. */
  hardBelowPercent: 20,
  /** Flag above this share correct. */
  easyAbovePercent: 95,
} as const;

export const DIFFICULTY_RULE_TEXT =
  `A question is flagged once it has at least ${DIFFICULTY_RULE.minAnswers} answers and fewer than ${DIFFICULTY_RULE.hardBelowPercent} % ` +
  `or more than ${DIFFICULTY_RULE.easyAbovePercent} % of them are correct, or when a wrong option has never been chosen.`;

export type DifficultyInput = {
  type: "SINGLE" | "MULTIPLE" | "TRUE_FALSE";
  answered: number;
  correct: number;
  /** Every option in its position, with how many answers picked it. */
  options: readonly { position: number; label: string; isCorrect: boolean; picks: number }[];
};

export type DifficultyFlagCode = "TOO_HARD" | "TOO_EASY" | "UNCHOSEN_OPTION";
export type DifficultyFlag = { code: DifficultyFlagCode; message: string };

export type Difficulty = {
  answered: number;
  /** Whole percent correct; null before anyone has answered. */
  percentCorrect: number | null;
  flags: DifficultyFlag[];
};

export function questionDifficulty(input: DifficultyInput): Difficulty {
  const percentCorrect = input.answered === 0 ? null : Math.round((input.correct / input.answered) * 100);
  const flags: DifficultyFlag[] = [];
  if (input.answered >= DIFFICULTY_RULE.minAnswers) {
    const share = (input.correct / input.answered) * 100;
    if (share < DIFFICULTY_RULE.hardBelowPercent) {
      flags.push({ code: "TOO_HARD", message: `Only ${percentCorrect} % answer it correctly: check the marked answer and the wording.` });
    } else if (share > DIFFICULTY_RULE.easyAbovePercent) {
      flags.push({ code: "TOO_EASY", message: `${percentCorrect} % answer it correctly: it may not tell learners apart.` });
    }
    // True/false has no distractors to prune.
    if (input.type !== "TRUE_FALSE") {
      const [position, ...rest] = [...input.options]
        .sort((a, b) => a.position - b.position)
        .flatMap((option, index) => (!option.isCorrect && option.picks === 0 ? [index + 1] : []));
      if (position !== undefined) {
        const which = rest.length === 0 ? `option ${position}` : `options ${[position, ...rest].join(", ")}`;
        flags.push({ code: "UNCHOSEN_OPTION", message: `Nobody has chosen ${which}; a wrong option nobody picks may not be needed.` });
      }
    }
  }
  return { answered: input.answered, percentCorrect, flags };
}

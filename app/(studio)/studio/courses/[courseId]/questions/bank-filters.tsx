import Link from "next/link";
import { Search } from "lucide-react";
import type { QuestionBankFilters } from "@/lib/domain/studio/question-bank-filters.schema";
import { QUESTION_TYPE_LABELS, QUESTION_TYPES } from "@/lib/domain/studio/question-rules";
import { CONTROL, LABEL, PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui-classes";

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked and shared. */
export function BankFilters({
  action,
  filters,
  competencies,
  isFiltered,
}: {
  action: string;
  filters: QuestionBankFilters;
  competencies: readonly { id: string; name: string }[];
  isFiltered: boolean;
}) {
  return (
    <form role="search" aria-label="Search and filter questions" action={action} method="get" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1.5fr_0.8fr_1fr]">
      <div>
        <label htmlFor="bank-q" className={LABEL}>
          Search
        </label>
        <input id="bank-q" name="q" type="search" defaultValue={filters.q} maxLength={200} className={`${CONTROL} min-h-11`} />
      </div>
      <div>
        <label htmlFor="bank-type" className={LABEL}>
          Type
        </label>
        <select id="bank-type" name="type" defaultValue={filters.type ?? ""} className={`${CONTROL} min-h-11`}>
          <option value="">Any type</option>
          {QUESTION_TYPES.map((type) => (
            <option key={type} value={type}>
              {QUESTION_TYPE_LABELS[type]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="bank-competency" className={LABEL}>
          Competency
        </label>
        <select id="bank-competency" name="competency" defaultValue={filters.competency ?? ""} className={`${CONTROL} min-h-11`}>
          <option value="">Any competency</option>
          <option value="none">No competency</option>
          {competencies.map((competency) => (
            <option key={competency.id} value={competency.id}>
              {competency.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="bank-level" className={LABEL}>
          Level
        </label>
        <select id="bank-level" name="level" defaultValue={filters.level ? String(filters.level) : ""} className={`${CONTROL} min-h-11`}>
          <option value="">Any</option>
          {[1, 2, 3, 4, 5].map((level) => (
            <option key={level} value={level}>
              Level {level}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="bank-usage" className={LABEL}>
          In an assessment
        </label>
        <select id="bank-usage" name="usage" defaultValue={filters.usage ?? ""} className={`${CONTROL} min-h-11`}>
          <option value="">Either</option>
          <option value="used">Listed in one</option>
          <option value="unused">Not listed</option>
        </select>
      </div>
      <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-5">
        <button type="submit" className={PRIMARY_BUTTON}>
          <Search aria-hidden="true" className="size-4" /> Show questions
        </button>
        {isFiltered ? (
          <Link href={action} className={SECONDARY_BUTTON}>
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}

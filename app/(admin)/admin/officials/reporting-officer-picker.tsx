"use client";

import { useCombobox } from "downshift";
import { useEffect, useState } from "react";
import { CONTROL, FIELD_ERROR, HINT, LABEL, TEXT_LINK } from "@/components/ui-classes";

export type OfficerChoice = { id: string; name: string; email: string; designation: string | null };

const SEARCH_DELAY_MS = 250;
/** Sent when the text names nobody chosen from the list: the save answers with a field error. */
const UNMATCHED = "unmatched";

function describe(officer: OfficerChoice | null): string {
  return officer ? `${officer.name} (${officer.email})` : "";
}

/**
 * The reporting officer, found by typing a name or email: a ministry has tens of thousands of
 * officials, too many for a list. Suggestions come from the admin's own subtree; the chosen
 * official's id travels in a hidden field and the save checks it again.
 */
export function ReportingOfficerPicker({
  id,
  initial,
  excludeId,
  error,
}: {
  id: string;
  initial: OfficerChoice | null;
  excludeId?: string | undefined;
  error?: string | undefined;
}) {
  const [selected, setSelected] = useState<OfficerChoice | null>(initial);
  const [query, setQuery] = useState(describe(initial));
  // The last answer, with the text it answers.
  const [found, setFound] = useState<{ query: string; officers: OfficerChoice[] }>({ query: "", officers: [] });
  const isTyping = query.trim() !== "" && query !== describe(selected);
  // Suggestions only while the text names nobody chosen yet; a stale answer is simply not shown.
  const suggestions = isTyping ? found.officers : [];

  useEffect(() => {
    const q = query.trim();
    if (!q || q === describe(selected)) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/admin/officials/reporting-officers?q=${encodeURIComponent(q)}`, { signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<OfficerChoice[]>) : []))
        .then((officers) => setFound({ query: q, officers: officers.filter((officer) => officer.id !== excludeId) }))
        .catch(() => {});
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, selected, excludeId]);

  const { isOpen, getLabelProps, getInputProps, getMenuProps, getItemProps, highlightedIndex } = useCombobox<OfficerChoice>({
    id,
    inputId: id,
    items: suggestions,
    itemToString: describe,
    initialInputValue: describe(initial),
    selectedItem: selected,
    onSelectedItemChange: ({ selectedItem }) => setSelected(selectedItem ?? null),
    onInputValueChange: ({ inputValue }) => {
      setQuery(inputValue ?? "");
      if (!inputValue?.trim()) setSelected(null);
    },
  });

  const submitted = query.trim() === "" ? "" : selected && query === describe(selected) ? selected.id : UNMATCHED;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const noMatch = isTyping && found.query === query.trim() && found.officers.length === 0;

  return (
    <div className="relative">
      <label {...getLabelProps()} className={LABEL}>
        Reporting officer <span className="font-normal text-slate-600">(optional)</span>
      </label>
      <input type="hidden" name="reportingOfficerId" value={submitted} />
      <input
        {...getInputProps({
          "aria-describedby": [hintId, error ? errorId : null].filter(Boolean).join(" "),
          "aria-invalid": error ? true : undefined,
          autoComplete: "off",
        })}
        className={`${CONTROL} min-h-11`}
      />
      <p id={hintId} className={HINT}>
        Type the first letters of a name or an email.{" "}
        {selected ? (
          <button
            type="button"
            className={`${TEXT_LINK} min-h-11`}
            onClick={() => {
              setSelected(null);
              setQuery("");
            }}
          >
            No reporting officer
          </button>
        ) : null}
      </p>
      <ul
        {...getMenuProps()}
        className={`${isOpen && suggestions.length > 0 ? "" : "hidden"} absolute z-20 mt-1 max-h-72 w-full overflow-y-auto rounded-md border border-slate-300 bg-white shadow-lg`}
      >
        {isOpen
          ? suggestions.map((officer, index) => (
              <li
                key={officer.id}
                {...getItemProps({ item: officer, index })}
                className={`cursor-pointer px-3 py-2 ${highlightedIndex === index ? "bg-navy-50" : ""}`}
              >
                <span className="block font-semibold text-navy-900">{officer.name}</span>
                <span className="block text-sm text-slate-700">{[officer.designation, officer.email].filter(Boolean).join(" · ")}</span>
              </li>
            ))
          : null}
      </ul>
      <p aria-live="polite" className="text-sm text-slate-700">
        {noMatch ? "No active official of your organisation matches." : ""}
      </p>
      {error ? (
        <p id={errorId} className={FIELD_ERROR}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

"use client";

import { useState, useTransition } from "react";
import { KeyRound } from "lucide-react";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui-classes";
import { revealPasswords } from "./actions";
import type { RevealedPassword } from "./actions.schema";

/**
 * The one-time passwords of the officials this upload created, shown once: the server erases
 * them as it hands them over, so the admin downloads or copies them now.
 */
export function OneTimePasswords({ importId, waiting }: { importId: string; waiting: number }) {
  const [shown, setShown] = useState<RevealedPassword[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  const reveal = () =>
    startTransition(async () => {
      const result = await revealPasswords({ importId });
      if (result.ok) setShown(result.data);
      else setError(result.message);
    });

  const download = () => {
    if (!shown) return;
    const lines = ["email,name,one_time_password", ...shown.map((row) => [row.email, row.name, row.password ?? ""].map(csvCell).join(","))];
    const url = URL.createObjectURL(new Blob([`\uFEFF${lines.join("\r\n")}\r\n`], { type: "text/csv" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `one-time-passwords-${importId.slice(0, 8)}.csv`;
    link.click();
    URL.revokeObjectURL(url);
  };

  if (!shown) {
    return (
      <div className="space-y-3">
        <p className="text-slate-700">
          Email is not configured, so {waiting === 1 ? "the new official signs" : `the ${waiting.toLocaleString("en-IN")} new officials sign`} in with a
          one-time password. They can be shown <strong>once</strong>: download or copy them when you open them.
        </p>
        {error ? <p className="text-sm font-semibold text-red-800">{error}</p> : null}
        <button type="button" className={PRIMARY_BUTTON} onClick={reveal} disabled={isPending}>
          <KeyRound aria-hidden="true" className="size-4" />
          {isPending ? "Opening…" : "Show the one-time passwords"}
        </button>
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <p className="text-slate-700" role="status">
        These passwords are no longer stored readable anywhere. Give each official theirs; they sign in with their email.
      </p>
      <button type="button" className={SECONDARY_BUTTON} onClick={download}>
        Download as CSV
      </button>
      <div className="max-h-96 overflow-auto rounded-md border border-slate-200" tabIndex={0} role="region" aria-label="One-time passwords">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <caption className="sr-only">One-time passwords of the new officials</caption>
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">Official</th>
              <th scope="col" className="px-3 py-2 font-semibold">One-time password</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {shown.map((row) => (
              <tr key={row.rowNumber}>
                <th scope="row" className="px-3 py-2 text-left font-normal">
                  <span className="block font-medium text-navy-900">{row.name}</span>
                  <span className="block text-xs break-all text-slate-600">{row.email}</span>
                </th>
                <td className="px-3 py-2 font-mono" data-testid={`password-${row.email}`}>
                  {row.password ?? "Unavailable: reset this official's password"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

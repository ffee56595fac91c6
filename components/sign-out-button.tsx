"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { useTranslations } from "next-intl";

type SignOutButtonProps = { className?: string };

/** Ends the session (next-auth clears the cookie, CSRF-checked) and goes to the sign-in page. */
export function SignOutButton({ className }: SignOutButtonProps) {
  const [isPending, setIsPending] = useState(false);
  const t = useTranslations("shell");

  return (
    <button
      type="button"
      disabled={isPending}
      aria-busy={isPending}
      onClick={() => {
        setIsPending(true);
        signOut({ callbackUrl: "/sign-in" }).catch(() => setIsPending(false));
      }}
      className={
        className ??
        "inline-flex min-h-10 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-semibold text-navy-800 hover:bg-navy-50 disabled:cursor-wait disabled:opacity-70"
      }
    >
      {isPending ? t("signingOut") : t("signOut")}
    </button>
  );
}

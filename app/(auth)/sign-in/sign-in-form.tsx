"use client";

import { signIn } from "next-auth/react";
import { useId, useRef, useState, useSyncExternalStore, type FormEvent } from "react";
import { parseSignInError, signInErrorMessage } from "@/lib/domain/auth/sign-in-error";

type SignInFormProps = {
  /** Already checked on the server to be a same-origin relative path. */
  callbackUrl: string;
  initialError: string | null;
};

const UNAVAILABLE = signInErrorMessage({ code: "SignInUnavailable" });
const subscribeToNothing = () => () => {};

export function SignInForm({ callbackUrl, initialError }: SignInFormProps) {
  const [error, setError] = useState<string | null>(initialError);
  const [isPending, setIsPending] = useState(false);
  const [isPasswordShown, setIsPasswordShown] = useState(false);
  // Until the script has loaded, a submit would only reload the page: keep the button inert.
  const isReady = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const errorId = `${id}-error`;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // Cleared first so that the same message twice in a row is announced again.
    setError(null);
    setIsPending(true);
    try {
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        callbackUrl,
        redirect: false,
      });
      if (result?.ok && !result.error) {
        // A full navigation, so every server component renders with the new session.
        window.location.assign(callbackUrl);
        return;
      }
      const reason = parseSignInError(result?.error ?? null);
      setError(reason ? signInErrorMessage(reason) : UNAVAILABLE);
    } catch {
      setError(UNAVAILABLE);
    }
    setIsPending(false);
    if (passwordRef.current) {
      passwordRef.current.value = "";
      passwordRef.current.focus();
    }
  }

  const inputClass =
    "mt-1 block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 shadow-sm aria-invalid:border-red-700";

  return (
    // method="post": if it is submitted before the script has loaded, the password must not end
    // up in the address bar, history or server logs as a query string.
    <form
      method="post"
      onSubmit={handleSubmit}
      className="mt-6 space-y-5"
      aria-describedby={error ? errorId : undefined}
    >
      {/* Rendered empty from the start: a live region must exist before its text changes. */}
      <div aria-live="assertive" aria-atomic="true">
        {error ? (
          <p id={errorId} className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
            {error}
          </p>
        ) : null}
      </div>

      <noscript>
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Signing in needs JavaScript. Please turn it on in your browser and reload this page.
        </p>
      </noscript>

      <div>
        <label htmlFor={`${id}-email`} className="block text-sm font-semibold text-slate-900">
          Email
        </label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          inputMode="email"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          maxLength={254}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className={inputClass}
        />
      </div>

      <div>
        <label htmlFor={`${id}-password`} className="block text-sm font-semibold text-slate-900">
          Password
        </label>
        <input
          ref={passwordRef}
          id={`${id}-password`}
          name="password"
          type={isPasswordShown ? "text" : "password"}
          autoComplete="current-password"
          required
          maxLength={1024}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className={inputClass}
        />
        <div className="mt-2 flex items-center gap-2">
          <input
            id={`${id}-show`}
            type="checkbox"
            checked={isPasswordShown}
            onChange={(event) => setIsPasswordShown(event.target.checked)}
            className="size-5 rounded border-slate-400 accent-navy-800"
          />
          <label htmlFor={`${id}-show`} className="text-sm text-slate-800">
            Show password
          </label>
        </div>
      </div>

      <button
        type="submit"
        disabled={isPending || !isReady}
        aria-disabled={isPending || !isReady}
        className="inline-flex min-h-11 w-full items-center justify-center rounded-md bg-navy-800 px-4 text-base font-semibold text-white hover:bg-navy-700 disabled:cursor-wait disabled:opacity-80"
      >
        {isPending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}

import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeCallbackPath } from "@/lib/domain/auth/callback-url";
import { CHANGE_PASSWORD_PATH } from "@/lib/domain/auth/change-password.schema";
import { parseSignInError, signInErrorMessage } from "@/lib/domain/auth/sign-in-error";
import { getSignedInSession } from "@/lib/server/auth/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type SignInPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  const session = await getSignedInSession();
  if (session?.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  if (session) redirect(callbackUrl);

  // Set when next-auth redirects here itself (e.g. a sign-in posted without JavaScript).
  const error = parseSignInError(typeof params.error === "string" ? params.error : null);

  return (
    <main id="main-content" tabIndex={-1} className="flex flex-1 items-start justify-center px-4 py-8 focus:outline-none sm:items-center sm:py-16">
      <div className="w-full max-w-md">
        <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
          <h1 className="text-2xl font-bold text-navy-900">Sign in</h1>
          <p className="mt-1 text-sm text-slate-700">
            Use the email address your organisation registered for you.
          </p>
          <SignInForm callbackUrl={callbackUrl} initialError={error ? signInErrorMessage(error) : null} />
        </div>
        <p className="mt-4 px-1 text-sm text-slate-700">
          Forgotten your password, or need an account? Ask your organisation&rsquo;s Karmayogi administrator.
        </p>
      </div>
    </main>
  );
}

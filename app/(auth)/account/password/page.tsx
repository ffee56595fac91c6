import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CHANGE_PASSWORD_PATH } from "@/lib/domain/auth/change-password.schema";
import { getSignedInSession, signInPath } from "@/lib/server/auth/session";
import { SignOutButton } from "@/components/sign-out-button";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Choose your password" };

export default async function ChangePasswordPage() {
  const session = await getSignedInSession();
  if (!session) redirect(await signInPath(CHANGE_PASSWORD_PATH));
  const isFirstPassword = session.mustChangePassword;

  return (
    <main id="main-content" tabIndex={-1} className="flex flex-1 items-start justify-center px-4 py-8 focus:outline-none sm:items-center sm:py-16">
      <div className="w-full max-w-md rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
        <h1 className="text-2xl font-bold text-navy-900">{isFirstPassword ? "Choose your password" : "Change your password"}</h1>
        <p className="mt-1 text-sm text-slate-700">
          {isFirstPassword
            ? "You signed in with a one-time password from your administrator. Choose a password of your own (at least 10 characters) to continue."
            : "At least 10 characters."}{" "}
          Any other device signed in as {session.user.email} will be signed out.
        </p>
        <ChangePasswordForm isFirstPassword={isFirstPassword} />
        <div className="mt-6 border-t border-slate-200 pt-4">
          <SignOutButton />
        </div>
      </div>
    </main>
  );
}

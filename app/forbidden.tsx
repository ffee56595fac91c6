import Link from "next/link";
import { ShieldX } from "lucide-react";
import { SignOutButton } from "@/components/sign-out-button";

// Rendered with a 403 status whenever forbidden() is called: requirePermission, or a scope check
// on an organisation or provider the official may not touch.
export default function Forbidden() {
  return (
    <main
      id="main-content"
      tabIndex={-1}
      className="mx-auto flex w-full max-w-xl flex-1 flex-col items-center justify-center px-4 py-16 text-center focus:outline-none"
    >
      <ShieldX aria-hidden="true" className="size-12 text-navy-600" />
      <p className="mt-4 text-sm font-semibold tracking-wide text-saffron-700 uppercase">Error 403</p>
      <h1 className="mt-1 text-2xl font-bold text-navy-900 sm:text-3xl">You do not have access to this page</h1>
      <p className="mt-3 text-slate-700">
        Your account does not have the role this page needs, or the record belongs to another organisation. If you
        think you should have access, ask your organisation&rsquo;s Karmayogi administrator.
      </p>
      <div className="mt-6 flex flex-wrap items-center justify-center gap-3">
        <Link
          href="/"
          className="inline-flex min-h-11 items-center rounded-md bg-navy-800 px-4 text-sm font-semibold text-white hover:bg-navy-700"
        >
          Go to my home page
        </Link>
        <SignOutButton className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold text-navy-800 hover:bg-navy-50 disabled:cursor-wait" />
      </div>
    </main>
  );
}

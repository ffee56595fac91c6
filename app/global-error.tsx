"use client";

import { useEffect } from "react";
import "./globals.css";

type GlobalErrorProps = { error: Error & { digest?: string }; reset: () => void };

// Replaces the root layout when that itself fails, so it brings its own <html> and <body>.
// As in error.tsx, the raw message is never shown. It renders outside the message provider (the
// failure may be in resolving the language), so it says everything in English and Hindi.
export default function GlobalError({ error, reset }: GlobalErrorProps) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <html lang="en-IN">
      <body className="flex min-h-dvh flex-col">
        <title>Something went wrong · कुछ गड़बड़ हो गई · Kaushal</title>
        <main id="main-content" className="mx-auto flex w-full max-w-xl flex-1 flex-col items-center justify-center px-4 py-16 text-center">
          <p className="text-lg font-bold text-navy-900">Kaushal</p>
          <h1 className="mt-4 text-2xl font-bold text-navy-900">
            Something went wrong
            <span lang="hi-IN" className="mt-1 block">
              कुछ गड़बड़ हो गई
            </span>
          </h1>
          <p className="mt-3 text-slate-700">The service could not load. Please try again in a moment.</p>
          <p lang="hi-IN" className="mt-1 text-slate-700">
            सेवा लोड नहीं हो सकी। कृपया कुछ देर बाद फिर से प्रयास करें।
          </p>
          {error.digest ? (
            <p className="mt-2 text-sm text-slate-600">
              Reference / संदर्भ: <code className="rounded bg-slate-100 px-1.5 py-0.5">{error.digest}</code>
            </p>
          ) : null}
          <button
            type="button"
            onClick={reset}
            className="mt-6 inline-flex min-h-11 items-center rounded-md bg-navy-800 px-4 text-sm font-semibold text-white hover:bg-navy-700"
          >
            Try again · <span lang="hi-IN">फिर से प्रयास करें</span>
          </button>
        </main>
      </body>
    </html>
  );
}

"use client";

import { ErrorFallback } from "@/components/error-fallback";

// Catches failures in the area layouts themselves (e.g. the database is unreachable while
// checking the session); page failures are caught inside each area so its shell stays.
export default function RootError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorFallback {...props} isStandalone />;
}

"use client";

import { ErrorFallback } from "@/components/error-fallback";

// Inside the area layout, so the header and navigation stay usable when a page fails.
export default function AreaError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorFallback {...props} />;
}

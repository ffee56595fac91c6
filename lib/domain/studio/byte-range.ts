// The HTTP Range header of a media request (RFC 9110 §14), for seeking in videos and paging
// through PDFs. One range only: a multi-range request is answered whole, which the RFC allows.

export type RangeDecision =
  | { kind: "full" }
  | { kind: "partial"; start: number; end: number }
  /** 416: a well-formed range entirely past the end. */
  | { kind: "unsatisfiable" };

const SINGLE_RANGE = /^bytes=(\d*)-(\d*)$/;

export function decideRange(header: string | null | undefined, size: number): RangeDecision {
  if (!header) return { kind: "full" };
  const match = SINGLE_RANGE.exec(header.trim());
  // Not a single byte range we understand: ignored, the whole file is sent.
  if (!match) return { kind: "full" };
  const [, first = "", last = ""] = match;
  if (first === "" && last === "") return { kind: "full" };

  if (first === "") {
    // bytes=-N: the last N bytes.
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return { kind: "unsatisfiable" };
    return { kind: "partial", start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return { kind: "full" };
  if (last !== "" && Number(last) < start) return { kind: "full" };
  if (start >= size) return { kind: "unsatisfiable" };
  return { kind: "partial", start, end };
}

export function contentRange(decision: RangeDecision, size: number): string | null {
  if (decision.kind === "partial") return `bytes ${decision.start}-${decision.end}/${size}`;
  if (decision.kind === "unsatisfiable") return `bytes */${size}`;
  return null;
}

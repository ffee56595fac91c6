"use client";

import { useEffect } from "react";
import { HEARTBEAT_INTERVAL_SECONDS } from "@/lib/domain/learning/heartbeat-window";
import { sendProgress, sendProgressOnExit } from "./send-progress";

// Reading without touching anything is normal, but not for ever: after this long with no scroll,
// key or touch the learner is taken to be away and pings stop until they return.
const IDLE_AFTER_MS = { text: 2 * 60_000, pdf: 5 * 60_000 } as const;

const INTERACTIONS = ["scroll", "keydown", "pointerdown", "pointermove", "touchstart", "wheel"] as const;

/**
 * "Still reading" pings for TEXT and PDF lessons: one on opening (the server's baseline), then
 * every HEARTBEAT_INTERVAL_SECONDS while the page is visible and the learner active, and one
 * more when the page is hidden or left. The server times them on its own clock.
 */
export function ActivityTracker({ lessonId, kind }: { lessonId: string; kind: "text" | "pdf" }) {
  useEffect(() => {
    let lastInteraction = Date.now();
    const markActive = () => {
      lastInteraction = Date.now();
    };
    // Scrolling inside an embedded PDF happens in another document and fires nothing here; focus
    // resting in the viewer is the best sign of reading it.
    const isReadingPdf = () => kind === "pdf" && document.activeElement?.tagName === "IFRAME";
    const isActive = () => document.visibilityState === "visible" && (Date.now() - lastInteraction < IDLE_AFTER_MS[kind] || isReadingPdf());
    const ping = () => {
      if (isActive()) void sendProgress({ kind: "active", lessonId });
    };
    const onHide = () => {
      if (document.visibilityState === "hidden" && Date.now() - lastInteraction < IDLE_AFTER_MS[kind]) {
        sendProgressOnExit({ kind: "active", lessonId });
      }
    };
    const onPageHide = () => {
      if (Date.now() - lastInteraction < IDLE_AFTER_MS[kind]) sendProgressOnExit({ kind: "active", lessonId });
    };

    for (const type of INTERACTIONS) window.addEventListener(type, markActive, { passive: true });
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("pagehide", onPageHide);
    ping();
    const timer = window.setInterval(ping, HEARTBEAT_INTERVAL_SECONDS * 1000);
    return () => {
      window.clearInterval(timer);
      for (const type of INTERACTIONS) window.removeEventListener(type, markActive);
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("pagehide", onPageHide);
    };
  }, [lessonId, kind]);

  return null;
}

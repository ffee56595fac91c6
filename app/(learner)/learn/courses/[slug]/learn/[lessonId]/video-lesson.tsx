"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { HEARTBEAT_INTERVAL_SECONDS } from "@/lib/domain/learning/heartbeat-window";
import { PLAYBACK_RATE_CAP } from "@/lib/domain/learning/video-heartbeat";
import { sendProgress, sendProgressOnExit, type VideoProgressReply } from "./send-progress";

// Positions within this much of the frontier are not treated as skipping ahead (keyframes, jitter).
const SEEK_TOLERANCE_SECONDS = 1;
// Two timeupdates further apart than this in media time mean a jump, not playback.
const MAX_CONTINUOUS_STEP_SECONDS = 3;

function clock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const minutes = Math.floor(whole / 60);
  return `${minutes}:${String(whole % 60).padStart(2, "0")}`;
}

export type VideoLessonProps = {
  lessonId: string;
  src: string;
  title: string;
  durationSeconds: number;
  initialPositionSeconds: number;
  initialMaxPositionSeconds: number;
};

/**
 * HTML5 video with server-checked progress: heartbeats every HEARTBEAT_INTERVAL_SECONDS while
 * playing and on pause, end, seek and page hide. Seeking is limited to what has been watched —
 * the server credits coverage only for continuous watching, so a skip would only confuse.
 */
export function VideoLesson(props: VideoLessonProps) {
  const { lessonId } = props;
  const t = useTranslations("player.video");
  const videoRef = useRef<HTMLVideoElement>(null);
  // Frontier confirmed by the server, and how far this page has seen playback run continuously.
  const serverMaxRef = useRef(props.initialMaxPositionSeconds);
  const watchedUntilRef = useRef(props.initialMaxPositionSeconds);
  const lastTimeRef = useRef(0);
  // Heartbeats go out one after another so the server sees positions in the order they happened.
  const queueRef = useRef<Promise<unknown>>(Promise.resolve());
  const [watchedUntil, setWatchedUntil] = useState(props.initialMaxPositionSeconds);
  // The furthest a seek may go, once one has been stopped; worded at render in the official's language.
  const [skipLimit, setSkipLimit] = useState<number | null>(null);

  const beat = useCallback(
    (positionSeconds: number) => {
      queueRef.current = queueRef.current.then(async () => {
        const reply = await sendProgress<VideoProgressReply>({ kind: "video", lessonId, positionSeconds });
        if (reply) {
          serverMaxRef.current = reply.maxPositionSeconds;
          setWatchedUntil(reply.maxPositionSeconds);
        }
      });
    },
    [lessonId],
  );

  useEffect(() => {
    const video = videoRef.current;
    if (!video) return;
    let timer: number | undefined;
    const stopTimer = () => {
      if (timer !== undefined) window.clearInterval(timer);
      timer = undefined;
    };
    const onPlay = () => {
      beat(video.currentTime);
      stopTimer();
      timer = window.setInterval(() => beat(video.currentTime), HEARTBEAT_INTERVAL_SECONDS * 1000);
    };
    const onPauseOrEnd = () => {
      stopTimer();
      beat(video.currentTime);
    };
    const onTimeUpdate = () => {
      const time = video.currentTime;
      const step = time - lastTimeRef.current;
      if (!video.seeking && step >= 0 && step <= MAX_CONTINUOUS_STEP_SECONDS && lastTimeRef.current <= watchedUntilRef.current + SEEK_TOLERANCE_SECONDS) {
        watchedUntilRef.current = Math.max(watchedUntilRef.current, time);
      }
      lastTimeRef.current = time;
    };
    const onSeeking = () => {
      const limit = Math.max(serverMaxRef.current, watchedUntilRef.current) + SEEK_TOLERANCE_SECONDS;
      if (video.currentTime > limit) {
        video.currentTime = limit;
        setSkipLimit(limit);
        return;
      }
      // Report where playback was before the jump, so the time watched up to it is not lost.
      if (!video.paused) beat(lastTimeRef.current);
    };
    const onSeeked = () => {
      lastTimeRef.current = video.currentTime;
      if (!video.paused) beat(video.currentTime);
    };
    const onRateChange = () => {
      if (video.playbackRate > PLAYBACK_RATE_CAP) video.playbackRate = PLAYBACK_RATE_CAP;
    };
    const onLoadedMetadata = () => {
      const resumeAt = Math.min(props.initialPositionSeconds, props.initialMaxPositionSeconds);
      if (resumeAt > 0 && (!Number.isFinite(video.duration) || resumeAt < video.duration - 2)) video.currentTime = resumeAt;
      lastTimeRef.current = video.currentTime;
    };
    const onLeave = () => {
      if (!video.paused || document.visibilityState === "hidden") {
        sendProgressOnExit({ kind: "video", lessonId, positionSeconds: video.currentTime });
      }
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") onLeave();
    };

    // One table of listeners, so what is added is exactly what is removed.
    const listeners: [EventTarget, string, () => void][] = [
      [video, "play", onPlay],
      [video, "pause", onPauseOrEnd],
      [video, "ended", onPauseOrEnd],
      [video, "timeupdate", onTimeUpdate],
      [video, "seeking", onSeeking],
      [video, "seeked", onSeeked],
      [video, "ratechange", onRateChange],
      [video, "loadedmetadata", onLoadedMetadata],
      [window, "pagehide", onLeave],
      [document, "visibilitychange", onVisibility],
    ];
    for (const [target, type, listener] of listeners) target.addEventListener(type, listener);
    if (video.readyState >= 1) onLoadedMetadata();
    return () => {
      stopTimer();
      for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
    };
  }, [beat, lessonId, props.initialPositionSeconds, props.initialMaxPositionSeconds]);

  return (
    <div className="space-y-2">
      <video
        ref={videoRef}
        src={props.src}
        controls
        playsInline
        preload="metadata"
        controlsList="nodownload"
        disablePictureInPicture
        aria-label={props.title}
        className="aspect-video w-full rounded-lg bg-black"
      >
        {t("unsupported")}
      </video>
      <p className="text-sm text-slate-700">
        {t.rich(props.durationSeconds > 0 ? "watchedUpToOf" : "watchedUpTo", {
          watched: clock(watchedUntil),
          total: clock(props.durationSeconds),
          b: (chunks) => <span className="font-semibold tabular-nums">{chunks}</span>,
          length: (chunks) => <span className="tabular-nums">{chunks}</span>,
        })}
      </p>
      <p aria-live="polite" className="text-sm text-amber-900">
        {skipLimit === null ? null : t("skipLimit", { time: clock(skipLimit) })}
      </p>
    </div>
  );
}

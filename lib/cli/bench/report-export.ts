// One CSV download measured from outside: time to the first byte and to the last, rows and bytes,
// and the next-server process's memory from /proc/<pid>/status — resident set before, sampled
// every 20 ms while the body streams, and after; the high-water mark (VmHWM) before and after;
// and the CPU time the server spent on it.
import { readProcessCpuMs, readProcessMemory, type ProcessMemory } from "./process-stats";

export type ExportMeasurement = {
  label: string;
  url: string;
  status: number;
  rows: number;
  bytes: number;
  ttfbMs: number;
  totalMs: number;
  before: ProcessMemory;
  after: ProcessMemory;
  /** Highest VmRSS seen while the body streamed. */
  peakRssKb: number;
  samples: number;
  serverCpuMs: number;
};

const NEWLINE = 0x0a;

export async function measureExport(options: { label: string; url: string; cookie: string; serverPid: number }): Promise<ExportMeasurement> {
  const before = readProcessMemory(options.serverPid);
  const cpuBefore = readProcessCpuMs(options.serverPid);
  let peakRssKb = before.rssKb;
  let samples = 0;
  const sampler = setInterval(() => {
    peakRssKb = Math.max(peakRssKb, readProcessMemory(options.serverPid).rssKb);
    samples++;
  }, 20);
  const started = performance.now();
  let ttfbMs = Number.NaN;
  let bytes = 0;
  let lines = 0;
  let status = 0;
  try {
    const response = await fetch(options.url, { headers: { cookie: options.cookie }, redirect: "manual" });
    status = response.status;
    if (response.body) {
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (Number.isNaN(ttfbMs)) ttfbMs = performance.now() - started;
        bytes += value.byteLength;
        for (const byte of value) if (byte === NEWLINE) lines++;
      }
    }
  } finally {
    clearInterval(sampler);
  }
  const totalMs = performance.now() - started;
  const after = readProcessMemory(options.serverPid);
  peakRssKb = Math.max(peakRssKb, after.rssKb);
  // One line is the header; names with line breaks would be quoted, and the generator makes none.
  const serverCpuMs = readProcessCpuMs(options.serverPid) - cpuBefore;
  return { label: options.label, url: options.url, status, rows: Math.max(0, lines - 1), bytes, ttfbMs, totalMs, before, after, peakRssKb, samples, serverCpuMs };
}

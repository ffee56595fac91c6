// What /proc says about a process: resident memory and its high-water mark, and CPU time used.
import { readFileSync } from "node:fs";

export type ProcessMemory = { rssKb: number; hwmKb: number };

export function readProcessMemory(pid: number): ProcessMemory {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
  return { rssKb: field("VmRSS"), hwmKb: field("VmHWM") };
}

// Linux reports process CPU in clock ticks of 1/100 s (getconf CLK_TCK).
const TICK_MS = 10;

/** CPU time (user + system) the process has used so far: on a shared machine, a steadier signal than latency. */
export function readProcessCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the parenthesised command name start at field 3 (state); utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

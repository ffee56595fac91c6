"use client";

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type TrendSeries = { key: string; label: string; color: string };
export type TrendPoint = { label: string } & Record<string, number | string>;

const COUNT = new Intl.NumberFormat("en-IN", { notation: "compact", maximumFractionDigits: 1 });

/**
 * A small time-series chart. Decorative for assistive technology (aria-hidden): the same numbers
 * are always in the table beside it (ChartFigure), which is what screen readers read.
 */
export function TrendChart({ points, series, kind = "line", height = 220 }: { points: TrendPoint[]; series: TrendSeries[]; kind?: "line" | "bar"; height?: number }) {
  const axis = { fontSize: 12, fill: "#334155" };
  return (
    <div aria-hidden="true" className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        {kind === "bar" ? (
          <BarChart accessibilityLayer={false} data={points} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
            <XAxis dataKey="label" tick={axis} interval="preserveStartEnd" minTickGap={12} />
            <YAxis tick={axis} width={44} tickFormatter={(value: number) => COUNT.format(value)} allowDecimals={false} />
            <Tooltip formatter={(value) => (typeof value === "number" ? value.toLocaleString("en-IN") : String(value))} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {series.map((item) => (
              <Bar key={item.key} dataKey={item.key} name={item.label} fill={item.color} isAnimationActive={false} />
            ))}
          </BarChart>
        ) : (
          <LineChart accessibilityLayer={false} data={points} margin={{ top: 8, right: 8, left: 0, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" vertical={false} />
            <XAxis dataKey="label" tick={axis} interval="preserveStartEnd" minTickGap={12} />
            <YAxis tick={axis} width={44} tickFormatter={(value: number) => COUNT.format(value)} allowDecimals={false} />
            <Tooltip formatter={(value) => (typeof value === "number" ? value.toLocaleString("en-IN") : String(value))} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {series.map((item) => (
              <Line key={item.key} type="linear" dataKey={item.key} name={item.label} stroke={item.color} strokeWidth={2} dot={false} isAnimationActive={false} />
            ))}
          </LineChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}

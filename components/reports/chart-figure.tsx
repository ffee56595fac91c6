import { formatCount } from "@/lib/domain/format-count";
import { DataTable, TD, TD_NUMBER, TH, TH_NUMBER } from "@/components/data-table";
import { TrendChart, type TrendPoint, type TrendSeries } from "./trend-chart";

/**
 * A chart with its numbers: the chart for the eye, and the same figures as a table under a
 * disclosure for anyone who wants them exactly — and for screen readers, which skip the chart.
 */
export function ChartFigure({
  title,
  points,
  series,
  kind,
  format = formatCount,
}: {
  title: string;
  points: TrendPoint[];
  series: TrendSeries[];
  kind?: "line" | "bar";
  format?: (value: number) => string;
}) {
  const table = <FigureTable title={title} points={points} series={series} format={format} />;
  return (
    <figure className="min-w-0 space-y-2">
      <figcaption className="font-semibold text-navy-900">{title}</figcaption>
      {/* On paper the numbers replace the chart, which would not resize to the page. */}
      <div className="print:hidden">
        <TrendChart points={points} series={series} kind={kind} />
      </div>
      <details className="text-sm print:hidden">
        <summary className="inline-flex min-h-11 items-center font-semibold text-navy-700 underline underline-offset-2">Show the numbers</summary>
        <div className="mt-2">{table}</div>
      </details>
      <div className="hidden print:block">{table}</div>
    </figure>
  );
}

function FigureTable({ title, points, series, format }: { title: string; points: TrendPoint[]; series: TrendSeries[]; format: (value: number) => string }) {
  return (
    <DataTable caption={title} minWidth="min-w-[24rem]">
      <thead className="bg-slate-50 text-slate-700">
        <tr>
          <th scope="col" className={TH}>
            Period
          </th>
          {series.map((item) => (
            <th key={item.key} scope="col" className={TH_NUMBER}>
              {item.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200">
        {points.map((point) => (
          <tr key={point.label}>
            <th scope="row" className={`${TD} font-normal`}>
              {point.label}
            </th>
            {series.map((item) => (
              <td key={item.key} className={TD_NUMBER}>
                {format(Number(point[item.key] ?? 0))}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

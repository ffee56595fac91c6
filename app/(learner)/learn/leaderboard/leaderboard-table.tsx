import type { Leaderboard } from "@/lib/server/karma/get-organisation-leaderboard";

type LeaderboardTableProps = {
  board: Leaderboard;
  caption: string;
  scoreHeading: string;
  /** Column headings and the "You" marker, translated by the page (a server-only namespace). */
  labels: { rank: string; official: string; you: string };
  formatScore: (score: number) => string;
  /** Whether the official's own row is worth showing below the board when they are not on it. */
  showMyRow: boolean;
};

const MEDALS: Record<number, string> = { 1: "bg-amber-100 text-amber-900 ring-amber-400", 2: "bg-slate-100 text-slate-800 ring-slate-400", 3: "bg-orange-100 text-orange-900 ring-orange-400" };

function RankCell({ rank }: { rank: number }) {
  return (
    <span
      className={`inline-flex size-8 items-center justify-center rounded-full text-sm font-bold tabular-nums ring-1 ${MEDALS[rank] ?? "text-slate-700 ring-transparent"}`}
    >
      {rank}
    </span>
  );
}

export function LeaderboardTable({ board, caption, scoreHeading, labels, formatScore, showMyRow }: LeaderboardTableProps) {
  const isMeOnBoard = board.entries.some((entry) => entry.isMe);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th scope="col" className="w-14 py-2 pr-2 font-semibold">
              {labels.rank}
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              {labels.official}
            </th>
            <th scope="col" className="py-2 pr-2 text-right font-semibold">
              {scoreHeading}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {board.entries.map((entry) => (
            <tr key={entry.userId} aria-current={entry.isMe ? "true" : undefined} className={entry.isMe ? "bg-navy-50 font-semibold" : undefined}>
              <td className="py-2 pr-2">
                <RankCell rank={entry.rank} />
              </td>
              <th scope="row" className="py-2 pr-4 font-normal">
                <span className={`block text-navy-900 ${entry.isMe ? "font-semibold" : "font-medium"}`}>
                  {entry.name}
                  {entry.isMe ? <span className="ml-2 rounded bg-navy-800 px-1.5 py-0.5 text-xs text-white">{labels.you}</span> : null}
                </span>
                {entry.organisationName ? <span className="block text-xs text-slate-600">{entry.organisationName}</span> : null}
              </th>
              <td className="py-2 pr-2 text-right whitespace-nowrap tabular-nums text-slate-900">{formatScore(entry.score)}</td>
            </tr>
          ))}
          {showMyRow && board.me && !isMeOnBoard ? (
            <tr aria-current="true" className="border-t-2 border-dashed border-slate-300 bg-navy-50 font-semibold">
              <td className="py-2 pr-2">
                <RankCell rank={board.me.rank} />
              </td>
              <th scope="row" className="py-2 pr-4 text-navy-900">
                {labels.you}
              </th>
              <td className="py-2 pr-2 text-right whitespace-nowrap tabular-nums">{formatScore(board.me.score)}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

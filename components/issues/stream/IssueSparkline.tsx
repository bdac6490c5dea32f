"use client";

import { Bar, BarChart, Tooltip, YAxis } from "recharts";
import { fullNumber } from "@/components/issues/common/compactNumber";
import type { GraphPeriod } from "./streamUrl";

type IssueSparklineProps = { stats: number[]; period: GraphPeriod; muted?: boolean };

const HOUR_MS = 3_600_000;

/** When bucket `index` of `count` started: the last bucket is the current hour or day. */
function bucketLabel(index: number, count: number, period: GraphPeriod): string {
  const size = period === "24h" ? HOUR_MS : 24 * HOUR_MS;
  const start = new Date(Date.now() - (count - 1 - index) * size);
  return period === "24h"
    ? start.toLocaleTimeString("en", { hour: "numeric" })
    : start.toLocaleDateString("en", { month: "short", day: "numeric" });
}

/** Events per hour (24h) or per day (14d) as a tiny bar chart, with exact figures on hover. */
export function IssueSparkline({ stats, period, muted = false }: IssueSparklineProps) {
  const data = stats.map((count, index) => ({ index, count }));
  const peak = Math.max(1, ...stats);
  return (
    <div
      // The baseline keeps the chart's width readable as time when most buckets are empty.
      className={`border-b border-line-strong ${muted ? "opacity-60" : ""}`}
      role="img"
      aria-label={`${fullNumber(stats.reduce((sum, count) => sum + count, 0))} events in the last ${period === "24h" ? "24 hours" : "14 days"}`}
    >
      <BarChart
        width={112}
        height={28}
        data={data}
        margin={{ top: 2, right: 0, bottom: 0, left: 0 }}
        barCategoryGap={1}
      >
        <YAxis hide domain={[0, peak]} />
        <Tooltip
          cursor={{ fill: "var(--hover)" }}
          isAnimationActive={false}
          allowEscapeViewBox={{ x: true, y: true }}
          wrapperStyle={{ zIndex: 50 }}
          content={({ active, payload }) => {
            const point = payload?.[0]?.payload as { index: number; count: number } | undefined;
            if (!active || !point) return null;
            return (
              <div className="rounded-md border border-line bg-panel px-2 py-1 text-2xs whitespace-nowrap text-fg shadow-overlay">
                <span className="font-semibold tabular-nums">{fullNumber(point.count)}</span>{" "}
                <span className="text-fg-muted">
                  {point.count === 1 ? "event" : "events"} ·{" "}
                  {bucketLabel(point.index, stats.length, period)}
                </span>
              </div>
            );
          }}
        />
        <Bar
          dataKey="count"
          fill="var(--color-violet-400)"
          minPointSize={(value) => (Number(value) > 0 ? 2 : 0)}
          isAnimationActive={false}
          radius={[1, 1, 0, 0]}
        />
      </BarChart>
    </div>
  );
}

"use client";

import { useState } from "react";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { fullNumber } from "@/components/issues/common/compactNumber";
import { Tabs } from "@/components/ui/Tabs";
import type { IssueHeader } from "@/server/services/issueDetail/header";

type Period = "24h" | "30d";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

interface Point {
  start: number;
  label: string;
  count: number;
}

/** Each bucket with its start time: the last 24h bucket is `statsUntil`, the last 30d one today. */
function points(issue: IssueHeader, period: Period): Point[] {
  const until = issue.statsUntil.getTime();
  if (period === "24h") {
    return issue.stats24h.map((count, index) => {
      const start = until - (23 - index) * HOUR_MS;
      return {
        start,
        count,
        label: new Date(start).toLocaleTimeString("en", { hour: "numeric" }),
      };
    });
  }
  const today = Math.floor(until / DAY_MS) * DAY_MS;
  return issue.stats30d.map((count, index) => {
    const start = today - (29 - index) * DAY_MS;
    return {
      start,
      count,
      label: new Date(start).toLocaleDateString("en", {
        month: "short",
        day: "numeric",
        timeZone: "UTC",
      }),
    };
  });
}

/** Events over the last 24 hours (hourly) or 30 days (daily), from the hourly rollup. */
export function IssueGraph({ issue }: { issue: IssueHeader }) {
  const [period, setPeriod] = useState<Period>("24h");
  const data = points(issue, period);
  const total = data.reduce((sum, point) => sum + point.count, 0);
  return (
    <section
      aria-label="Events over time"
      className="flex min-w-0 flex-col rounded-xl border border-line bg-panel p-4 shadow-card"
    >
      <div className="mb-2 flex items-center justify-between gap-3">
        <h2 className="text-[13px] font-medium text-fg">
          {fullNumber(total)} {total === 1 ? "event" : "events"}
          <span className="font-normal text-fg-muted">
            {" "}
            in the last {period === "24h" ? "24 hours" : "30 days"}
          </span>
        </h2>
        <Tabs
          label="Graph period"
          value={period}
          onChange={(id) => setPeriod(id as Period)}
          tabs={[
            { id: "24h", label: "24h" },
            { id: "30d", label: "30d" },
          ]}
        />
      </div>
      <div className="h-24 w-full" role="img" aria-label={`${total} events in the last ${period}`}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={data}
            margin={{ top: 4, right: 0, bottom: 0, left: 0 }}
            barCategoryGap={2}
          >
            <CartesianGrid vertical={false} stroke="var(--line)" strokeDasharray="2 3" />
            <XAxis
              dataKey="label"
              tickLine={false}
              axisLine={false}
              interval={period === "24h" ? 5 : 6}
              tick={{ fontSize: 10, fill: "var(--fg-subtle)" }}
            />
            <YAxis
              allowDecimals={false}
              width={28}
              tickLine={false}
              axisLine={false}
              tick={{ fontSize: 10, fill: "var(--fg-subtle)" }}
            />
            <Tooltip
              cursor={{ fill: "var(--hover)" }}
              isAnimationActive={false}
              content={({ active, payload }) => {
                const point = payload?.[0]?.payload as Point | undefined;
                if (!active || !point) return null;
                return (
                  <div className="rounded-md border border-line bg-panel px-2 py-1 text-2xs whitespace-nowrap text-fg shadow-overlay">
                    <span className="font-semibold tabular-nums">{fullNumber(point.count)}</span>{" "}
                    <span className="text-fg-muted">
                      {point.count === 1 ? "event" : "events"} · {point.label}
                    </span>
                  </div>
                );
              }}
            />
            <Bar
              dataKey="count"
              fill="var(--color-violet-500)"
              radius={[2, 2, 0, 0]}
              isAnimationActive={false}
              minPointSize={(value) => (Number(value) > 0 ? 2 : 0)}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </section>
  );
}

"use client";

import { Check, Clock } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { Input } from "@/components/ui/Input";
import { Menu } from "@/components/ui/Menu";
import { MenuItem } from "@/components/ui/MenuItem";
import { MenuLabel } from "@/components/ui/MenuLabel";
import { MenuSeparator } from "@/components/ui/MenuSeparator";
import { FilterButton } from "./FilterButton";
import { STREAM_PERIODS, type StreamPeriod, type StreamRelativePeriod } from "./streamUrl";

const names: Record<StreamRelativePeriod, string> = {
  "24h": "Last 24 hours",
  "7d": "Last 7 days",
  "14d": "Last 14 days",
  "30d": "Last 30 days",
};

type PeriodFilterProps = { value: StreamPeriod; onChange: (period: StreamPeriod) => void };

const shortDate = new Intl.DateTimeFormat("en", {
  month: "short",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
});

function label(value: StreamPeriod): string {
  if (typeof value === "string") return names[value];
  return `${shortDate.format(value.start)} – ${shortDate.format(value.end)}`;
}

/** `<input type="datetime-local">` speaks local time without a zone: "2026-11-23T14:05". */
function localInputValue(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** Issues last seen within 24h, 7d, 14d, 30d or a custom range. */
export function PeriodFilter({ value, onChange }: PeriodFilterProps) {
  return (
    <Menu
      trigger={({ open, toggle }) => (
        <FilterButton label="Time range" icon={<Clock size={14} />} open={open} onClick={toggle}>
          {label(value)}
        </FilterButton>
      )}
    >
      {(close) => (
        <PeriodChoices
          value={value}
          onChange={(next) => {
            close();
            onChange(next);
          }}
        />
      )}
    </Menu>
  );
}

function PeriodChoices({ value, onChange }: PeriodFilterProps) {
  const now = new Date();
  const initial =
    typeof value === "string" ? { start: new Date(now.getTime() - 86_400_000), end: now } : value;
  const [start, setStart] = useState(localInputValue(initial.start));
  const [end, setEnd] = useState(localInputValue(initial.end));
  const startDate = new Date(start);
  const endDate = new Date(end);
  const valid =
    !Number.isNaN(startDate.getTime()) && !Number.isNaN(endDate.getTime()) && startDate < endDate;

  return (
    <div className="w-64">
      {STREAM_PERIODS.map((period) => (
        <MenuItem
          key={period}
          onSelect={() => onChange(period)}
          trailing={value === period ? <Check size={14} className="text-accent-fg" /> : null}
        >
          {names[period]}
        </MenuItem>
      ))}
      <MenuSeparator />
      <MenuLabel>Custom range</MenuLabel>
      <form
        className="flex flex-col gap-2 px-2 pb-2"
        onSubmit={(event) => {
          event.preventDefault();
          if (valid) onChange({ start: startDate, end: endDate });
        }}
      >
        <label className="flex flex-col gap-1 text-xs text-fg-muted">
          From
          <Input type="datetime-local" value={start} onChange={(e) => setStart(e.target.value)} />
        </label>
        <label className="flex flex-col gap-1 text-xs text-fg-muted">
          To
          <Input type="datetime-local" value={end} onChange={(e) => setEnd(e.target.value)} />
        </label>
        {!valid ? (
          <p className="text-xs text-red-600 dark:text-red-400">
            The range must start before it ends.
          </p>
        ) : null}
        <Button type="submit" size="sm" variant="primary" disabled={!valid} className="self-end">
          Apply range
        </Button>
      </form>
    </div>
  );
}

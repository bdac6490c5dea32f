"use client";

import { useQuery } from "@tanstack/react-query";
import { Search, UserRoundX, Users } from "lucide-react";
import { useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { Avatar } from "@/components/ui/Avatar";
import { MenuItem } from "@/components/ui/MenuItem";
import { MenuLabel } from "@/components/ui/MenuLabel";
import { MenuSeparator } from "@/components/ui/MenuSeparator";
import { Spinner } from "@/components/ui/Spinner";
import type { AssigneeView } from "./actionIssue";

type AssigneeOptionsProps = {
  orgSlug: string;
  current: AssigneeView | null;
  onPick: (assignee: AssigneeView | null) => void;
};

const matches = (filter: string, ...texts: string[]) =>
  texts.some((text) => text.toLowerCase().includes(filter));

/** The picker's open panel: a search box over the organization's members and teams. */
export function AssigneeOptions({ orgSlug, current, onPick }: AssigneeOptionsProps) {
  const trpc = useTRPC();
  const assignees = useQuery({
    ...trpc.issueActions.assignees.queryOptions({ orgSlug }),
    staleTime: 60_000,
  });
  const [filter, setFilter] = useState("");
  const needle = filter.trim().toLowerCase();
  const users = (assignees.data?.users ?? []).filter((user) =>
    matches(needle, user.name, user.email),
  );
  const teams = (assignees.data?.teams ?? []).filter((team) =>
    matches(needle, team.name, team.slug),
  );
  const options: AssigneeView[] = [
    ...users.map((user) => ({ type: "user" as const, ...user })),
    ...teams.map((team) => ({ type: "team" as const, ...team })),
  ];
  const isCurrent = (option: AssigneeView) =>
    current !== null && current.type === option.type && current.id === option.id;

  return (
    <div className="w-64">
      <label className="mb-1 flex h-8 items-center gap-2 rounded-md border border-line px-2 focus-within:border-accent">
        <Search size={14} className="shrink-0 text-fg-subtle" aria-hidden />
        <input
          autoFocus
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          onKeyDown={(event) => {
            const first = options[0];
            if (event.key === "Enter" && first !== undefined) onPick(first);
          }}
          placeholder="Search people and teams"
          aria-label="Search people and teams"
          className="min-w-0 flex-1 bg-transparent text-[13px] text-fg outline-none placeholder:text-fg-subtle"
        />
      </label>
      {current !== null ? (
        <>
          <MenuItem icon={<UserRoundX size={14} />} onSelect={() => onPick(null)}>
            Unassign
          </MenuItem>
          <MenuSeparator />
        </>
      ) : null}
      <div className="max-h-72 overflow-y-auto">
        {assignees.isPending ? (
          <div className="flex items-center gap-2 px-2 py-2 text-[13px] text-fg-muted">
            <Spinner size={14} /> Loading people and teams…
          </div>
        ) : assignees.isError ? (
          <p role="alert" className="px-2 py-2 text-[13px] text-red-600 dark:text-red-400">
            {trpcErrorMessage(assignees.error)}
          </p>
        ) : options.length === 0 ? (
          <p className="px-2 py-2 text-[13px] text-fg-muted">Nobody matches “{filter.trim()}”.</p>
        ) : (
          <>
            {users.length > 0 ? <MenuLabel>People</MenuLabel> : null}
            {options
              .filter((option) => option.type === "user")
              .map((option) => (
                <MenuItem
                  key={`user:${option.id}`}
                  icon={<Avatar name={option.name} size="xs" />}
                  trailing={isCurrent(option) ? <CurrentMark /> : null}
                  onSelect={() => onPick(option)}
                >
                  {option.name}
                  <span className="ml-1.5 text-fg-subtle">
                    {option.type === "user" ? option.email : ""}
                  </span>
                </MenuItem>
              ))}
            {teams.length > 0 ? <MenuLabel>Teams</MenuLabel> : null}
            {options
              .filter((option) => option.type === "team")
              .map((option) => (
                <MenuItem
                  key={`team:${option.id}`}
                  icon={<Users size={14} />}
                  trailing={isCurrent(option) ? <CurrentMark /> : null}
                  onSelect={() => onPick(option)}
                >
                  #{option.type === "team" ? option.slug : ""}
                  <span className="ml-1.5 text-fg-subtle">{option.name}</span>
                </MenuItem>
              ))}
          </>
        )}
      </div>
    </div>
  );
}

function CurrentMark() {
  return <span className="text-2xs font-medium text-accent">Assigned</span>;
}

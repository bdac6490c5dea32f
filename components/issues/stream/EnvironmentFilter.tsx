"use client";

import { useQuery } from "@tanstack/react-query";
import { Check, Globe } from "lucide-react";
import { useTRPC } from "@/components/providers/trpc";
import { Menu } from "@/components/ui/Menu";
import { MenuItem } from "@/components/ui/MenuItem";
import { MenuSeparator } from "@/components/ui/MenuSeparator";
import { Spinner } from "@/components/ui/Spinner";
import { FilterButton } from "./FilterButton";
import type { StreamProjects } from "./streamUrl";

type EnvironmentFilterProps = {
  orgSlug: string;
  projects: StreamProjects;
  value: string | null;
  onChange: (environment: string | null) => void;
};

/** One environment (or all of them), from those the selected projects have seen. */
export function EnvironmentFilter({ orgSlug, projects, value, onChange }: EnvironmentFilterProps) {
  return (
    <Menu
      trigger={({ open, toggle }) => (
        <FilterButton label="Environment" icon={<Globe size={14} />} open={open} onClick={toggle}>
          {value ?? "All Envs"}
        </FilterButton>
      )}
    >
      {(close) => (
        <EnvironmentChoices
          orgSlug={orgSlug}
          projects={projects}
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

function EnvironmentChoices({ orgSlug, projects, value, onChange }: EnvironmentFilterProps) {
  const trpc = useTRPC();
  const environments = useQuery(
    trpc.issues.searchValues.queryOptions({ orgSlug, projects, key: "environment", prefix: "" }),
  );
  const tick = <Check size={14} className="text-accent-fg" />;
  const names = environments.data ?? [];

  return (
    <div className="w-56">
      <MenuItem onSelect={() => onChange(null)} trailing={value === null ? tick : null}>
        All Environments
      </MenuItem>
      <MenuSeparator />
      {environments.isPending ? (
        <div className="flex h-8 items-center gap-2 px-2 text-xs text-fg-muted">
          <Spinner size={12} /> Loading environments…
        </div>
      ) : names.length === 0 ? (
        <p className="px-2 py-1.5 text-xs text-fg-muted">
          {environments.isError
            ? "Environments could not be loaded."
            : "No environment has been reported yet."}
        </p>
      ) : (
        <div className="max-h-64 overflow-y-auto">
          {names.map((name) => (
            <MenuItem
              key={name}
              onSelect={() => onChange(name)}
              trailing={value === name ? tick : null}
            >
              {name}
            </MenuItem>
          ))}
        </div>
      )}
    </div>
  );
}

"use client";

import { Check, LayoutGrid, Users } from "lucide-react";
import { useState } from "react";
import { PlatformIcon } from "@/components/projects/PlatformIcon";
import { Button } from "@/components/ui/Button";
import { Menu } from "@/components/ui/Menu";
import { MenuItem } from "@/components/ui/MenuItem";
import { MenuSeparator } from "@/components/ui/MenuSeparator";
import { FilterButton } from "./FilterButton";
import type { StreamProjects } from "./streamUrl";

type ProjectOption = { slug: string; name: string; platform: string | null };

type ProjectFilterProps = {
  projects: ProjectOption[];
  value: StreamProjects;
  onChange: (projects: StreamProjects) => void;
};

function label(value: StreamProjects, projects: ProjectOption[]): string {
  if (value === "my") return "My Projects";
  if (value === "all") return "All Projects";
  if (value.length === 1) return projects.find((p) => p.slug === value[0])?.name ?? value[0]!;
  return `${value.length} projects`;
}

/** "My Projects", "All Projects", or any set of projects ticked and applied together. */
export function ProjectFilter({ projects, value, onChange }: ProjectFilterProps) {
  return (
    <Menu
      trigger={({ open, toggle }) => (
        <FilterButton label="Projects" icon={<LayoutGrid size={14} />} open={open} onClick={toggle}>
          {label(value, projects)}
        </FilterButton>
      )}
    >
      {(close) => (
        <ProjectChoices
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

function ProjectChoices({ projects, value, onChange }: ProjectFilterProps) {
  // Ticking several projects is one change, applied together, so Back undoes it in one step.
  const [ticked, setTicked] = useState<Set<string>>(new Set(Array.isArray(value) ? value : []));
  const toggle = (slug: string) =>
    setTicked((current) => {
      const next = new Set(current);
      if (next.has(slug)) next.delete(slug);
      else next.add(slug);
      return next;
    });
  const tick = <Check size={14} className="text-accent-fg" />;

  return (
    <div className="w-64">
      <MenuItem
        icon={<Users size={14} />}
        onSelect={() => onChange("my")}
        trailing={value === "my" ? tick : null}
      >
        My Projects
      </MenuItem>
      <MenuItem
        icon={<LayoutGrid size={14} />}
        onSelect={() => onChange("all")}
        trailing={value === "all" ? tick : null}
      >
        All Projects
      </MenuItem>
      <MenuSeparator />
      <div className="max-h-64 overflow-y-auto">
        {projects.map((project) => (
          <label
            key={project.slug}
            className="flex h-8 cursor-pointer items-center gap-2 rounded-md px-2 text-[13px] text-fg hover:bg-hover"
          >
            <input
              type="checkbox"
              className="size-3.5 accent-violet-600"
              checked={ticked.has(project.slug)}
              onChange={() => toggle(project.slug)}
            />
            <PlatformIcon platform={project.platform} />
            <span className="min-w-0 flex-1 truncate">{project.name}</span>
          </label>
        ))}
      </div>
      <MenuSeparator />
      <div className="flex justify-end gap-2 px-1 py-1">
        <Button
          size="sm"
          variant="ghost"
          disabled={ticked.size === 0}
          onClick={() => setTicked(new Set())}
        >
          Clear
        </Button>
        <Button
          size="sm"
          variant="primary"
          disabled={ticked.size === 0}
          onClick={() => onChange(projects.map((p) => p.slug).filter((slug) => ticked.has(slug)))}
        >
          Apply
        </Button>
      </div>
    </div>
  );
}

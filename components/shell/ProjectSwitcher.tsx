"use client";

import { useQuery } from "@tanstack/react-query";
import { Check, ChevronDown, LayoutGrid } from "lucide-react";
import { PlatformIcon } from "@/components/projects/PlatformIcon";
import { useTRPC } from "@/components/providers/trpc";
import { Menu } from "@/components/ui/Menu";
import { MenuItem } from "@/components/ui/MenuItem";
import { MenuSeparator } from "@/components/ui/MenuSeparator";
import { Skeleton } from "@/components/ui/Skeleton";
import { useCurrentOrg } from "./CurrentOrg";
import { useSelectedProject } from "./useSelectedProject";

export function ProjectSwitcher() {
  const org = useCurrentOrg();
  const trpc = useTRPC();
  const projects = useQuery(trpc.projects.list.queryOptions({ orgSlug: org.slug }));
  const [selected, select] = useSelectedProject();

  if (projects.isPending) return <Skeleton className="h-7 w-36" />;
  const list = projects.data ?? [];
  if (list.length === 0) return null;
  const current = list.find((project) => project.slug === selected) ?? null;

  return (
    <Menu
      align="start"
      trigger={({ open, toggle }) => (
        <button
          type="button"
          onClick={toggle}
          aria-haspopup="menu"
          aria-expanded={open}
          aria-label="Project filter"
          className="flex h-7 items-center gap-2 rounded-md border border-line bg-panel px-2 text-[13px] font-medium text-fg shadow-xs transition-colors hover:bg-hover"
        >
          {current ? (
            <PlatformIcon platform={current.platform} />
          ) : (
            <LayoutGrid size={14} className="text-fg-muted" />
          )}
          <span className="max-w-48 truncate">{current ? current.name : "All projects"}</span>
          <ChevronDown size={14} className="text-fg-subtle" />
        </button>
      )}
    >
      {(close) => (
        <>
          <MenuItem
            icon={<LayoutGrid size={14} />}
            onSelect={() => {
              select(null);
              close();
            }}
            trailing={current === null ? <Check size={14} className="text-accent-fg" /> : null}
          >
            All projects
          </MenuItem>
          {list.length > 0 ? <MenuSeparator /> : null}
          {list.map((project) => (
            <MenuItem
              key={project.id}
              icon={<PlatformIcon platform={project.platform} />}
              onSelect={() => {
                select(project.slug);
                close();
              }}
              trailing={
                project.slug === current?.slug ? (
                  <Check size={14} className="text-accent-fg" />
                ) : null
              }
            >
              {project.name}
            </MenuItem>
          ))}
        </>
      )}
    </Menu>
  );
}

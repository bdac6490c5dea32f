"use client";

import { Check, ChevronsUpDown, Plus } from "lucide-react";
import { useState } from "react";
import { CreateOrganizationDialog } from "@/components/organizations/CreateOrganizationDialog";
import { Avatar } from "@/components/ui/Avatar";
import { Menu } from "@/components/ui/Menu";
import { MenuItem } from "@/components/ui/MenuItem";
import { MenuLabel } from "@/components/ui/MenuLabel";
import { MenuSeparator } from "@/components/ui/MenuSeparator";
import { useCurrentOrg } from "./CurrentOrg";

export type OrgListItem = { id: string; slug: string; name: string; role: string };

export function OrgSwitcher({ organizations }: { organizations: OrgListItem[] }) {
  const org = useCurrentOrg();
  const [creating, setCreating] = useState(false);

  return (
    <>
      <Menu
        trigger={({ open, toggle }) => (
          <button
            type="button"
            onClick={toggle}
            aria-haspopup="menu"
            aria-expanded={open}
            aria-label={`Organization: ${org.name}. Switch organization`}
            className="flex h-10 w-full items-center gap-2.5 rounded-md px-1.5 text-left transition-colors hover:bg-hover max-lg:justify-center"
          >
            <Avatar name={org.name} size="md" square />
            <span className="min-w-0 flex-1 max-lg:hidden">
              <span className="block truncate text-[13px] font-semibold text-fg">{org.name}</span>
              <span className="block truncate text-2xs text-fg-muted capitalize">{org.role}</span>
            </span>
            <ChevronsUpDown size={14} className="shrink-0 text-fg-subtle max-lg:hidden" />
          </button>
        )}
      >
        {(close) => (
          <>
            <MenuLabel>Organizations</MenuLabel>
            {organizations.map((item) => (
              <MenuItem
                key={item.id}
                href={`/${item.slug}/issues`}
                onSelect={close}
                active={item.slug === org.slug}
                icon={<Avatar name={item.name} size="xs" square />}
                trailing={
                  item.slug === org.slug ? <Check size={14} className="text-accent-fg" /> : null
                }
              >
                {item.name}
              </MenuItem>
            ))}
            <MenuSeparator />
            <MenuItem
              icon={<Plus size={14} />}
              onSelect={() => {
                close();
                setCreating(true);
              }}
            >
              Create organization
            </MenuItem>
          </>
        )}
      </Menu>
      <CreateOrganizationDialog open={creating} onClose={() => setCreating(false)} />
    </>
  );
}

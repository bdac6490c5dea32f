"use client";

import { KeyRound, LogOut } from "lucide-react";
import { useState } from "react";
import { authClient } from "@/components/auth/authClient";
import { reloadTo } from "@/components/auth/reloadTo";
import { ThemeToggle } from "@/components/theme/ThemeToggle";
import { Avatar } from "@/components/ui/Avatar";
import { Menu } from "@/components/ui/Menu";
import { MenuItem } from "@/components/ui/MenuItem";
import { MenuSeparator } from "@/components/ui/MenuSeparator";
import { Spinner } from "@/components/ui/Spinner";
import { useCurrentOrg } from "./CurrentOrg";

export function UserMenu() {
  const { user, slug } = useCurrentOrg();
  const [signingOut, setSigningOut] = useState(false);

  const signOut = async () => {
    setSigningOut(true);
    await authClient.signOut();
    reloadTo("/sign-in");
  };

  return (
    <Menu
      side="top"
      trigger={({ open, toggle }) => (
        <button
          type="button"
          onClick={toggle}
          aria-haspopup="menu"
          aria-expanded={open}
          aria-label={`Account: ${user.email}`}
          className="flex h-10 w-full items-center gap-2.5 rounded-md px-1.5 text-left transition-colors hover:bg-hover max-lg:justify-center"
        >
          <Avatar name={user.name || user.email} size="sm" />
          <span className="min-w-0 flex-1 max-lg:hidden">
            <span className="block truncate text-[13px] font-medium text-fg">{user.name}</span>
            <span className="block truncate text-2xs text-fg-muted">{user.email}</span>
          </span>
        </button>
      )}
    >
      {(close) => (
        <>
          <div className="px-2 py-1.5">
            <div className="truncate text-[13px] font-medium text-fg">{user.name}</div>
            <div className="truncate text-xs text-fg-muted">{user.email}</div>
          </div>
          <MenuSeparator />
          <div className="flex items-center justify-between gap-3 px-2 py-1.5">
            <span className="text-[13px] text-fg">Theme</span>
            <div className="w-28">
              <ThemeToggle />
            </div>
          </div>
          <MenuItem
            href={`/${slug}/settings/tokens`}
            onSelect={close}
            icon={<KeyRound size={14} />}
          >
            API tokens
          </MenuItem>
          <MenuSeparator />
          <MenuItem icon={signingOut ? <Spinner /> : <LogOut size={14} />} onSelect={signOut}>
            Sign out
          </MenuItem>
        </>
      )}
    </Menu>
  );
}

"use client";

import { BellOff, ChevronDown, Clock, Hash, RotateCcw, Users } from "lucide-react";
import { useState, type Ref } from "react";
import { Button } from "@/components/ui/Button";
import { Menu } from "@/components/ui/Menu";
import { MenuItem } from "@/components/ui/MenuItem";
import { MenuLabel } from "@/components/ui/MenuLabel";
import { MenuSeparator } from "@/components/ui/MenuSeparator";
import type { IgnoreCondition } from "./actionIssue";
import { durationText } from "./actionMessages";
import { IgnoreCountDialog } from "./IgnoreCountDialog";

const DURATIONS = [30, 120, 1440] as const;

type IgnoreMenuProps = {
  onIgnore: (ignore: IgnoreCondition) => void;
  /** Shown when every selected issue is ignored already. */
  onStopIgnoring?: () => void;
  disabled?: boolean;
  disabledReason?: string;
  /** Wraps the trigger button, so a shortcut can open the menu by clicking it. */
  triggerRef?: Ref<HTMLSpanElement>;
};

/** Sentry's Ignore choices: forever, for a while, or until it occurs / affects N more. */
export function IgnoreMenu({
  onIgnore,
  onStopIgnoring,
  disabled = false,
  disabledReason,
  triggerRef,
}: IgnoreMenuProps) {
  const [asking, setAsking] = useState<"count" | "users" | null>(null);
  return (
    <>
      <Menu
        trigger={({ open, toggle }) => (
          <span ref={triggerRef} title={disabled ? disabledReason : undefined} className="flex">
            <Button
              size="sm"
              icon={<BellOff size={14} />}
              disabled={disabled}
              onClick={toggle}
              aria-haspopup="menu"
              aria-expanded={open}
            >
              Ignore
              <ChevronDown size={12} className="-mr-0.5 text-fg-subtle" />
            </Button>
          </span>
        )}
      >
        {(close) => {
          const pick = (ignore: IgnoreCondition) => {
            close();
            onIgnore(ignore);
          };
          return (
            <>
              {onStopIgnoring ? (
                <>
                  <MenuItem
                    icon={<RotateCcw size={14} />}
                    onSelect={() => {
                      close();
                      onStopIgnoring();
                    }}
                  >
                    Stop ignoring
                  </MenuItem>
                  <MenuSeparator />
                </>
              ) : null}
              <MenuItem icon={<BellOff size={14} />} onSelect={() => pick({ kind: "forever" })}>
                Forever
              </MenuItem>
              <MenuSeparator />
              <MenuLabel>For</MenuLabel>
              {DURATIONS.map((minutes) => (
                <MenuItem
                  key={minutes}
                  icon={<Clock size={14} />}
                  onSelect={() => pick({ kind: "duration", minutes })}
                >
                  {durationText(minutes)}
                </MenuItem>
              ))}
              <MenuSeparator />
              <MenuLabel>Until</MenuLabel>
              <MenuItem
                icon={<Hash size={14} />}
                onSelect={() => {
                  close();
                  setAsking("count");
                }}
              >
                It occurs again…
              </MenuItem>
              <MenuItem
                icon={<Users size={14} />}
                onSelect={() => {
                  close();
                  setAsking("users");
                }}
              >
                It affects more users…
              </MenuItem>
            </>
          );
        }}
      </Menu>
      <IgnoreCountDialog kind={asking} onClose={() => setAsking(null)} onIgnore={onIgnore} />
    </>
  );
}

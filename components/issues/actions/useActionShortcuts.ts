"use client";

import { useEffect, useRef } from "react";
import { isTypingTarget } from "../common/isTypingTarget";

/**
 * Single-key shortcuts for the toolbar (r, i, e). Ignored while typing, with a modifier held,
 * or while a dialog is open, so they never fire into a form.
 */
export function useActionShortcuts(enabled: boolean, handlers: Record<string, () => void>) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      if (event.metaKey || event.ctrlKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      if (document.querySelector("dialog[open]") !== null) return;
      const handler = latest.current[event.key];
      if (handler === undefined) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [enabled]);
}

/** Opens a menu whose trigger button sits inside `wrapper`. */
export function clickTrigger(wrapper: HTMLElement | null): void {
  wrapper?.querySelector<HTMLButtonElement>("button:not(:disabled)")?.click();
}

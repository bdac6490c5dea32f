"use client";

import { useEffect, useRef } from "react";
import { isTypingTarget } from "../common/isTypingTarget";

export type StreamKeyHandlers = {
  next: () => void;
  previous: () => void;
  toggle: () => void;
  open: () => void;
  focusSearch: () => void;
  clearSelection: () => void;
  toggleHelp: () => void;
};

/** Enter belongs to whatever control has focus (a button, a link, a checkbox). */
function isControl(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    target.closest("button, a, input, select, textarea, [role=menu], [role=dialog]") !== null
  );
}

/**
 * The stream's keys: j/k move, x selects, Enter/o open, / searches, Esc clears the selection,
 * ? shows help. r/i/e belong to <IssueActions shortcuts>. Nothing fires while typing, with a
 * modifier held, or while a dialog is open.
 */
export function useStreamKeyboard(handlers: StreamKeyHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey) return;
      if (isTypingTarget(event.target)) return;
      if (document.querySelector("dialog[open]")) return;
      const on = latest.current;
      const actions: Record<string, () => void> = {
        j: on.next,
        k: on.previous,
        x: on.toggle,
        o: on.open,
        "/": on.focusSearch,
        "?": on.toggleHelp,
        Escape: on.clearSelection,
      };
      if (event.key === "Enter" && !isControl(event.target)) actions.Enter = on.open;
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}

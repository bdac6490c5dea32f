"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { AlertCircle, Search } from "lucide-react";
import { useId, useLayoutEffect, useRef, useState, type RefObject } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { Kbd } from "./Kbd";
import { applySuggestion, searchTokenAt, type SearchToken } from "./searchToken";
import type { StreamProjects } from "./streamUrl";

type Suggestion = { value: string; description?: string };

type SearchBarProps = {
  orgSlug: string;
  projects: StreamProjects;
  /** The committed query (from the URL). The bar is keyed on it, so Back resets the draft. */
  query: string;
  onCommit: (query: string) => void;
  /** The server's one-line reason when the query does not parse. */
  error: string | null;
  inputRef: RefObject<HTMLInputElement | null>;
};

const MAX_SUGGESTIONS = 8;

/**
 * Sentry's search syntax with autocomplete: keys while a key is typed, values after `key:`.
 * Typing only edits a draft; Enter commits it to the URL (one history entry per search).
 */
export function SearchBar({ orgSlug, projects, query, onCommit, error, inputRef }: SearchBarProps) {
  const trpc = useTRPC();
  const listId = useId();
  const [draft, setDraft] = useState(query);
  const [caret, setCaret] = useState(query.length);
  const [open, setOpen] = useState(false);
  // The highlight belongs to one token's list: a new token starts with nothing highlighted.
  const [highlight, setHighlight] = useState({ token: "", index: -1 });
  const pendingCaret = useRef<number | null>(null);

  const token: SearchToken = searchTokenAt(draft, caret);
  const keys = useQuery({
    ...trpc.issues.searchKeys.queryOptions({ orgSlug, projects }),
    enabled: open,
    staleTime: 60_000,
  });
  const values = useQuery({
    ...trpc.issues.searchValues.queryOptions({
      orgSlug,
      projects,
      key: token.kind === "value" ? token.key : "",
      prefix: token.kind === "value" ? token.prefix : "",
    }),
    enabled: open && token.kind === "value" && token.key !== "",
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

  const suggestions: Suggestion[] =
    token.kind === "key"
      ? (keys.data ?? [])
          .filter((key) => key.key.toLowerCase().startsWith(token.prefix.toLowerCase()))
          .filter((key) => key.key !== token.prefix)
          .slice(0, MAX_SUGGESTIONS)
          .map((key) => ({ value: key.key, description: key.description }))
      : (values.data ?? [])
          .filter((value) => value.toLowerCase().startsWith(token.prefix.toLowerCase()))
          .slice(0, MAX_SUGGESTIONS)
          .map((value) => ({ value }));
  const showList = open && suggestions.length > 0;

  useLayoutEffect(() => {
    if (pendingCaret.current === null || !inputRef.current) return;
    inputRef.current.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  });

  const tokenKey = `${token.kind}:${token.start}:${token.kind === "value" ? token.key : ""}`;
  const highlighted = highlight.token === tokenKey ? highlight.index : -1;
  const setHighlighted = (update: (index: number) => number) =>
    setHighlight({ token: tokenKey, index: update(highlighted) });

  const pick = (suggestion: Suggestion) => {
    const next = applySuggestion(draft, token, suggestion.value);
    setDraft(next.text);
    setCaret(next.caret);
    pendingCaret.current = next.caret;
    setHighlighted(() => -1);
  };

  const commit = () => {
    setOpen(false);
    onCommit(draft.trim());
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" && showList) {
      event.preventDefault();
      setHighlighted((index) => (index + 1) % suggestions.length);
    } else if (event.key === "ArrowUp" && showList) {
      event.preventDefault();
      setHighlighted((index) => (index <= 0 ? suggestions.length - 1 : index - 1));
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (showList && highlighted >= 0) pick(suggestions[highlighted]!);
      else commit();
    } else if (event.key === "Tab" && showList) {
      event.preventDefault();
      pick(suggestions[Math.max(highlighted, 0)]!);
    } else if (event.key === "Escape") {
      if (showList) {
        event.preventDefault();
        event.stopPropagation();
        setOpen(false);
      } else {
        event.currentTarget.blur();
      }
    }
  };

  const activeId = showList && highlighted >= 0 ? `${listId}-${highlighted}` : undefined;

  return (
    <div className="relative min-w-0 flex-1">
      <div className="relative">
        <Search
          size={15}
          className="pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 text-fg-subtle"
          aria-hidden
        />
        <input
          ref={inputRef}
          type="search"
          role="combobox"
          aria-label="Search issues"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${listId}-error` : undefined}
          spellCheck={false}
          autoComplete="off"
          placeholder="Search issues: is:unresolved level:error user.email:… or free text"
          value={draft}
          onChange={(event) => {
            setDraft(event.target.value);
            setCaret(event.target.selectionStart ?? event.target.value.length);
            setOpen(true);
          }}
          onSelect={(event) => setCaret(event.currentTarget.selectionStart ?? draft.length)}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          className="h-9 w-full rounded-md border border-line-strong bg-panel pr-16 pl-8 font-mono text-[13px] text-fg shadow-xs transition-colors placeholder:font-sans placeholder:text-fg-subtle focus:border-violet-500 focus:ring-3 focus:ring-violet-500/15 focus:outline-none aria-invalid:border-red-500 [&::-webkit-search-cancel-button]:hidden"
        />
        <span className="pointer-events-none absolute top-1/2 right-2.5 -translate-y-1/2">
          <Kbd>/</Kbd>
        </span>
      </div>
      {showList ? (
        <ul
          id={listId}
          role="listbox"
          aria-label={token.kind === "key" ? "Search keys" : `Values of ${token.key}`}
          className="absolute inset-x-0 top-full z-40 mt-1 animate-pop-in overflow-hidden rounded-lg border border-line bg-panel p-1 shadow-overlay"
        >
          {suggestions.map((suggestion, index) => (
            <li
              key={suggestion.value}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === highlighted}
              // Keep focus in the input: a pointerdown on the list would blur it and close the list.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(suggestion);
              }}
              onMouseEnter={() => setHighlighted(() => index)}
              className={`flex h-8 cursor-pointer items-center gap-3 rounded-md px-2 text-[13px] ${
                index === highlighted ? "bg-hover text-fg" : "text-fg"
              }`}
            >
              <span className="font-mono">
                {suggestion.value}
                {token.kind === "key" ? <span className="text-fg-subtle">:</span> : null}
              </span>
              {suggestion.description ? (
                <span className="min-w-0 truncate text-xs text-fg-muted">
                  {suggestion.description}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <p
          id={`${listId}-error`}
          role="alert"
          className="mt-1.5 flex items-center gap-1.5 text-xs text-red-600 dark:text-red-400"
        >
          <AlertCircle size={13} className="shrink-0" />
          {error}
        </p>
      ) : null}
    </div>
  );
}

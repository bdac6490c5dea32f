"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { Tabs } from "@/components/ui/Tabs";
import { Textarea } from "@/components/ui/Textarea";
import { Markdown } from "./Markdown";

export const COMMENT_MAX_LENGTH = 10_000;

type CommentFormProps = {
  initial?: string;
  submitLabel: string;
  pending: boolean;
  error?: string | null;
  onSubmit: (text: string) => Promise<unknown>;
  onCancel?: () => void;
};

/** A Markdown comment with a Write / Preview switch; Ctrl/⌘+Enter submits. */
export function CommentForm({
  initial = "",
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: CommentFormProps) {
  const [text, setText] = useState(initial);
  const [mode, setMode] = useState<"write" | "preview">("write");
  const tooLong = text.length > COMMENT_MAX_LENGTH;
  const empty = text.trim() === "";

  const submit = async (formEvent?: FormEvent) => {
    formEvent?.preventDefault();
    if (empty || tooLong || pending) return;
    try {
      await onSubmit(text);
      if (!onCancel) setText("");
      setMode("write");
    } catch {
      // The mutation's error is shown below; the text stays so nothing is lost.
    }
  };

  return (
    <form
      onSubmit={submit}
      className="flex flex-col gap-2 rounded-xl border border-line bg-panel p-3 shadow-card"
    >
      <Tabs
        label="Comment mode"
        value={mode}
        onChange={(id) => setMode(id as "write" | "preview")}
        tabs={[
          { id: "write", label: "Write" },
          { id: "preview", label: "Preview" },
        ]}
      />
      {mode === "write" ? (
        <Textarea
          aria-label="Comment"
          value={text}
          rows={4}
          placeholder="Add details or updates to this issue. Markdown works: **bold**, `code`, [links](https://…)"
          onChange={(change) => setText(change.target.value)}
          onKeyDown={(key) => {
            if (key.key === "Enter" && (key.metaKey || key.ctrlKey)) void submit();
          }}
          invalid={tooLong}
          className="font-sans text-[13px]"
        />
      ) : (
        <div
          aria-label="Comment preview"
          className="min-h-24 rounded-md border border-line px-3 py-2"
        >
          {empty ? (
            <p className="text-[13px] text-fg-subtle">Nothing to preview.</p>
          ) : (
            <Markdown source={text} />
          )}
        </div>
      )}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p
          className={`text-xs ${tooLong ? "text-red-600 dark:text-red-400" : "text-fg-subtle"}`}
          role={error ? "alert" : undefined}
        >
          {error ??
            (tooLong
              ? `${(text.length - COMMENT_MAX_LENGTH).toLocaleString("en")} characters over the limit`
              : "Markdown supported")}
        </p>
        <div className="flex gap-2">
          {onCancel ? (
            <Button size="sm" variant="ghost" onClick={onCancel}>
              Cancel
            </Button>
          ) : null}
          <Button
            size="sm"
            type="submit"
            variant="primary"
            pending={pending}
            disabled={empty || tooLong}
          >
            {submitLabel}
          </Button>
        </div>
      </div>
    </form>
  );
}

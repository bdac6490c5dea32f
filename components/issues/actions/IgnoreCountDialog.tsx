"use client";

import { useState, type FormEvent } from "react";
import { Dialog } from "@/components/ui/Dialog";
import { DialogFormActions } from "@/components/ui/DialogFormActions";
import { Field } from "@/components/ui/Field";
import { Input } from "@/components/ui/Input";
import type { IgnoreCondition } from "./actionIssue";

type IgnoreCountDialogProps = {
  /** "count": N more events; "users": N more users. null: closed. */
  kind: "count" | "users" | null;
  onClose: () => void;
  onIgnore: (ignore: IgnoreCondition) => void;
};

const MAX_COUNT = 1_000_000;

/** Asks for N in "ignore until it occurs N more times / affects N more users". */
export function IgnoreCountDialog({ kind, onClose, onIgnore }: IgnoreCountDialogProps) {
  const [value, setValue] = useState("100");
  const count = Number(value);
  const valid = /^\d+$/.test(value) && count >= 1 && count <= MAX_COUNT;
  const noun = kind === "users" ? "users" : "times";

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid || kind === null) return;
    onIgnore(kind === "users" ? { kind: "users", users: count } : { kind: "count", count });
    onClose();
  };

  return (
    <Dialog
      open={kind !== null}
      onClose={onClose}
      width="sm"
      title={
        kind === "users" ? "Ignore until it affects more users" : "Ignore until it occurs again"
      }
      description={
        kind === "users"
          ? "The issue comes back as unresolved once this many more users have hit it."
          : "The issue comes back as unresolved once it has occurred this many more times."
      }
    >
      <form onSubmit={submit} className="flex flex-col gap-4">
        <Field
          label={`Number of ${noun}`}
          htmlFor="ignore-count"
          error={
            valid || value === ""
              ? null
              : `Enter a whole number from 1 to ${MAX_COUNT.toLocaleString("en")}`
          }
        >
          <Input
            id="ignore-count"
            inputMode="numeric"
            autoFocus
            value={value}
            invalid={!valid}
            onChange={(event) => setValue(event.target.value.trim())}
          />
        </Field>
        <DialogFormActions
          submitLabel="Ignore"
          onCancel={onClose}
          pending={false}
          disabled={!valid}
        />
      </form>
    </Dialog>
  );
}

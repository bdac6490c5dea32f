"use client";

import { useState, type FormEvent } from "react";
import { Dialog } from "@/components/ui/Dialog";
import { DialogFormActions } from "@/components/ui/DialogFormActions";
import { Field } from "@/components/ui/Field";
import { Input } from "@/components/ui/Input";
import { Select } from "@/components/ui/Select";
import type { IgnoreCondition } from "./actionIssue";
import { windowText } from "./actionMessages";

type IgnoreCountDialogProps = {
  /** "count": N more events; "users": N more users. null: closed. */
  kind: "count" | "users" | null;
  onClose: () => void;
  onIgnore: (ignore: IgnoreCondition) => void;
};

const MAX_COUNT = 1_000_000;

/** Sentry's windows: none ("from now on", a count) or a rate per hour, day or week. */
const WINDOWS = [
  { value: "", label: "From now on" },
  ...[60, 24 * 60, 7 * 24 * 60].map((minutes) => ({
    value: String(minutes),
    label: windowText(minutes).replace(/^per/, "Per"),
  })),
];

function describe(kind: "count" | "users" | null, windowMinutes: number | undefined): string {
  const back = "The issue comes back as unresolved once";
  if (windowMinutes === undefined) {
    return kind === "users"
      ? `${back} this many more users have hit it.`
      : `${back} it has occurred this many more times.`;
  }
  const per = windowText(windowMinutes);
  return kind === "users"
    ? `${back} this many users hit it ${per}.`
    : `${back} it occurs this many times ${per}.`;
}

/**
 * Asks for N in "ignore until it occurs N more times / affects N more users", or, with a window,
 * until it occurs N times / affects N users per hour, day or week.
 */
export function IgnoreCountDialog({ kind, onClose, onIgnore }: IgnoreCountDialogProps) {
  const [value, setValue] = useState("100");
  const [windowValue, setWindowValue] = useState("");
  const count = Number(value);
  const valid = /^\d+$/.test(value) && count >= 1 && count <= MAX_COUNT;
  const noun = kind === "users" ? "users" : "times";
  const windowMinutes = windowValue === "" ? undefined : Number(windowValue);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid || kind === null) return;
    const within = windowMinutes === undefined ? {} : { windowMinutes };
    onIgnore(
      kind === "users"
        ? { kind: "users", users: count, ...within }
        : { kind: "count", count, ...within },
    );
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
      description={describe(kind, windowMinutes)}
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
        <Field label="Time window" htmlFor="ignore-window">
          <Select
            id="ignore-window"
            options={WINDOWS}
            value={windowValue}
            onChange={(event) => setWindowValue(event.target.value)}
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

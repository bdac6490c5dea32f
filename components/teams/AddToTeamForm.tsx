"use client";

import { Plus } from "lucide-react";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/Button";
import { Select } from "@/components/ui/Select";

type AddToTeamFormProps = {
  label: string;
  options: { value: string; label: string }[];
  emptyText: string;
  pending: boolean;
  onAdd: (value: string) => void;
};

/** A select of what can still be added, plus an Add button. */
export function AddToTeamForm({ label, options, emptyText, pending, onAdd }: AddToTeamFormProps) {
  const [value, setValue] = useState("");
  const selected = options.some((option) => option.value === value) ? value : "";

  if (options.length === 0) return <p className="text-xs text-fg-muted">{emptyText}</p>;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (selected) onAdd(selected);
  };

  return (
    <form onSubmit={onSubmit} className="flex items-center gap-2">
      <Select
        aria-label={label}
        value={selected}
        onChange={(event) => setValue(event.target.value)}
        placeholder={label}
        options={options}
      />
      <Button type="submit" icon={<Plus size={14} />} pending={pending} disabled={!selected}>
        Add
      </Button>
    </form>
  );
}

"use client";

import { Monitor, Moon, Sun } from "lucide-react";
import { useTheme, type ThemeChoice } from "./useTheme";

const options: { value: ThemeChoice; label: string; icon: typeof Sun }[] = [
  { value: "light", label: "Light", icon: Sun },
  { value: "dark", label: "Dark", icon: Moon },
  { value: "system", label: "System", icon: Monitor },
];

/** Three-way theme switch (light, dark, follow the system). */
export function ThemeToggle() {
  const [choice, setChoice] = useTheme();
  return (
    <div role="radiogroup" aria-label="Theme" className="flex rounded-md bg-hover p-0.5">
      {options.map(({ value, label, icon: Icon }) => (
        <button
          key={value}
          type="button"
          role="radio"
          aria-checked={choice === value}
          aria-label={label}
          title={label}
          onClick={() => setChoice(value)}
          className={`flex h-6 flex-1 items-center justify-center rounded px-2 transition-colors ${
            choice === value ? "bg-panel text-fg shadow-card" : "text-fg-subtle hover:text-fg"
          }`}
        >
          <Icon size={13} />
        </button>
      ))}
    </div>
  );
}

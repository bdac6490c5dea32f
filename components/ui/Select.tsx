import { ChevronDown } from "lucide-react";
import type { SelectHTMLAttributes } from "react";
import { inputStyles } from "./inputStyles";

type SelectOption = { value: string; label: string; disabled?: boolean };

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "children" | "size"> & {
  options: SelectOption[];
  placeholder?: string;
  invalid?: boolean;
  compact?: boolean;
};

export function Select({
  options,
  placeholder,
  invalid,
  className,
  compact = false,
  ...rest
}: SelectProps) {
  return (
    <span className={`relative inline-flex w-full ${className ?? ""}`}>
      <select
        className={`${inputStyles} ${compact ? "h-7 text-xs" : "h-8"} cursor-pointer appearance-none pr-8`}
        aria-invalid={invalid || undefined}
        {...rest}
      >
        {placeholder !== undefined ? (
          <option value="" disabled>
            {placeholder}
          </option>
        ) : null}
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
      <ChevronDown
        size={14}
        className="pointer-events-none absolute top-1/2 right-2.5 -translate-y-1/2 text-fg-subtle"
        aria-hidden
      />
    </span>
  );
}

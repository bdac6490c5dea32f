import type { TextareaHTMLAttributes } from "react";
import { inputStyles } from "./inputStyles";

type TextareaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { invalid?: boolean };

export function Textarea({ invalid, className, rows = 4, ...rest }: TextareaProps) {
  return (
    <textarea
      rows={rows}
      className={`${inputStyles} py-1.5 font-mono text-xs leading-5 ${className ?? ""}`}
      aria-invalid={invalid || undefined}
      {...rest}
    />
  );
}

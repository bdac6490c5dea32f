import type { InputHTMLAttributes } from "react";
import { inputStyles } from "./inputStyles";

type InputProps = InputHTMLAttributes<HTMLInputElement> & { invalid?: boolean };

export function Input({ invalid, className, ...rest }: InputProps) {
  return (
    <input
      className={`${inputStyles} h-8 ${className ?? ""}`}
      aria-invalid={invalid || undefined}
      {...rest}
    />
  );
}

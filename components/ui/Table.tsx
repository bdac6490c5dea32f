import type { HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";

/** A dense data table inside a bordered panel. Compose with TableHead/TableRow/TableCell. */
export function Table({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <div className={`overflow-x-auto rounded-lg border border-line bg-panel ${className ?? ""}`}>
      <table className="w-full border-collapse text-left text-[13px]">{children}</table>
    </div>
  );
}

export function TableHead({ children }: { children: ReactNode }) {
  return (
    <thead className="border-b border-line bg-subtle text-2xs font-medium tracking-wide text-fg-muted uppercase">
      <tr>{children}</tr>
    </thead>
  );
}

export function TableHeaderCell({ className, ...rest }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      scope="col"
      className={`h-8 px-3 font-medium whitespace-nowrap ${className ?? ""}`}
      {...rest}
    />
  );
}

export function TableBody({ children }: { children: ReactNode }) {
  return <tbody className="divide-y divide-line">{children}</tbody>;
}

export function TableRow({ className, ...rest }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={`transition-colors hover:bg-subtle ${className ?? ""}`} {...rest} />;
}

export function TableCell({ className, ...rest }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={`h-11 px-3 align-middle ${className ?? ""}`} {...rest} />;
}

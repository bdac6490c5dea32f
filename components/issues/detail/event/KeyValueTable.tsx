import type { Pair } from "@/server/services/issueDetail/eventView";

type KeyValueTableProps = { pairs: Pair[]; label: string; className?: string };

/** Keys and values from the event, as text; long values wrap instead of widening the page. */
export function KeyValueTable({ pairs, label, className }: KeyValueTableProps) {
  return (
    <div className={`overflow-hidden rounded-lg border border-line ${className ?? ""}`}>
      <table aria-label={label} className="w-full table-fixed border-collapse text-[12.5px]">
        <tbody className="divide-y divide-line">
          {pairs.map(([key, value], index) => (
            <tr key={`${key}-${index}`} className="align-top">
              <th
                scope="row"
                className="w-[32%] max-w-56 bg-subtle px-3 py-1.5 text-left font-mono font-normal break-words text-fg-muted"
              >
                {key}
              </th>
              <td className="px-3 py-1.5 font-mono break-words whitespace-pre-wrap text-fg">
                {value === "" ? <span className="text-fg-subtle">(empty)</span> : value}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { IssueActions } from "@/components/issues/actions/IssueActions";
import type { StreamIssue } from "@/server/services/issueStream";
import type { streamQueryParams } from "./streamUrl";

type StreamActionsProps = {
  orgSlug: string;
  selected: StreamIssue[];
  /** "Select all N matching" is on: act on the query rather than the ticked ids. */
  allMatching: boolean;
  query: ReturnType<typeof streamQueryParams>;
  total: number;
  onDone: () => void;
};

/** The bulk actions above the rows, aimed at the ticked issues or at everything the search matches. */
export function StreamActions({
  orgSlug,
  selected,
  allMatching,
  query,
  total,
  onDone,
}: StreamActionsProps) {
  return (
    <IssueActions
      orgSlug={orgSlug}
      target={allMatching ? { query } : { ids: selected.map((issue) => issue.id) }}
      issues={selected}
      totalMatching={total}
      variant="stream"
      shortcuts
      onDone={onDone}
    />
  );
}

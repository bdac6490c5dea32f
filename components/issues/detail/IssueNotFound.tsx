import { SearchX } from "lucide-react";
import { EmptyState } from "@/components/ui/EmptyState";
import { LinkButton } from "@/components/ui/LinkButton";

/** A missing issue, a deleted or merged-away one, or one of another organization: all look alike. */
export function IssueNotFound({ orgSlug }: { orgSlug: string }) {
  return (
    <EmptyState
      icon={<SearchX size={20} />}
      title="This issue does not exist or was deleted"
      description="It may have been merged into another issue, deleted, or the link may be wrong."
      actions={
        <LinkButton href={`/${orgSlug}/issues`} variant="primary">
          Back to issues
        </LinkButton>
      }
    />
  );
}

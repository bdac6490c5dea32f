"use client";

import { useQuery } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { useCurrentOrg } from "@/components/shell/CurrentOrg";
import { ErrorState } from "@/components/ui/ErrorState";
import { IssueDetailSkeleton } from "./IssueDetailSkeleton";
import { IssueDetailTabs } from "./IssueDetailTabs";
import { IssueHeader } from "./IssueHeader";
import { IssueNotFound } from "./IssueNotFound";
import { ActivityTab } from "./activity/ActivityTab";
import { EventPanel } from "./event/EventPanel";
import { EventsTab } from "./EventsTab";
import { FeedbackTab } from "./FeedbackTab";
import { GroupingTab } from "./GroupingTab";
import { TagsTab } from "./TagsTab";
import { useIssueDetailUrl } from "./useIssueDetailUrl";

const MAX_INT_ID = 2_147_483_647;

function parseIssueId(raw: string): number | null {
  if (!/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return id >= 1 && id <= MAX_INT_ID ? id : null;
}

function isNotFound(error: unknown): boolean {
  return (
    error instanceof TRPCClientError && (error.data as { code?: string })?.code === "NOT_FOUND"
  );
}

/** `/[org]/issues/[id]`: the header with its actions, then one tab (Details by default). */
export function IssueDetail({ issueIdParam }: { issueIdParam: string }) {
  const org = useCurrentOrg();
  const issueId = parseIssueId(issueIdParam);
  if (issueId === null) return <IssueNotFound orgSlug={org.slug} />;
  return <IssueDetailLoaded orgSlug={org.slug} issueId={issueId} />;
}

function IssueDetailLoaded({ orgSlug, issueId }: { orgSlug: string; issueId: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const { tab } = useIssueDetailUrl();
  const header = useQuery({
    ...trpc.issueDetail.get.queryOptions({ orgSlug, issueId }),
    retry: (failures, error) => !isNotFound(error) && failures < 2,
  });

  if (header.isPending) return <IssueDetailSkeleton />;
  if (header.error) {
    if (isNotFound(header.error)) return <IssueNotFound orgSlug={orgSlug} />;
    return (
      <ErrorState
        title="This issue could not be loaded"
        message={trpcErrorMessage(header.error)}
        onRetry={() => void header.refetch()}
      />
    );
  }

  const issue = header.data;
  return (
    <div className="flex min-w-0 flex-col gap-5">
      <IssueHeader issue={issue} onDeleted={() => router.push(`/${orgSlug}/issues`)} />
      <IssueDetailTabs issue={issue} />
      <div role="tabpanel" aria-label={tab} className="min-w-0">
        {tab === "details" ? <EventPanel orgSlug={orgSlug} issue={issue} /> : null}
        {tab === "events" ? <EventsTab orgSlug={orgSlug} issueId={issueId} /> : null}
        {tab === "tags" ? <TagsTab orgSlug={orgSlug} issueId={issueId} /> : null}
        {tab === "activity" ? <ActivityTab orgSlug={orgSlug} issueId={issueId} /> : null}
        {tab === "feedback" ? <FeedbackTab orgSlug={orgSlug} issueId={issueId} /> : null}
        {tab === "grouping" ? <GroupingTab orgSlug={orgSlug} issueId={issueId} /> : null}
      </div>
    </div>
  );
}

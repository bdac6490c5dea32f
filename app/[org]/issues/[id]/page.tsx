import type { Metadata } from "next";
import { Suspense } from "react";
import { IssueDetail } from "@/components/issues/detail/IssueDetail";
import { IssueDetailSkeleton } from "@/components/issues/detail/IssueDetailSkeleton";

export const metadata: Metadata = { title: "Issue" };

export default async function IssuePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <Suspense fallback={<IssueDetailSkeleton />}>
      <IssueDetail issueIdParam={id} />
    </Suspense>
  );
}

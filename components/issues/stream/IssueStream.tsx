"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback, useMemo, useRef, useState } from "react";
import { useTRPC } from "@/components/providers/trpc";
import { trpcErrorCode, trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { useCurrentOrg } from "@/components/shell/CurrentOrg";
import { ErrorState } from "@/components/ui/ErrorState";
import { PageHeader } from "@/components/ui/PageHeader";
import { EnvironmentFilter } from "./EnvironmentFilter";
import {
  EMPTY_SELECTION,
  pageSelectionState,
  selectionOnPage,
  setPageSelected,
  toggleIssue,
  type IssueSelection,
} from "./issueSelection";
import { IssueList } from "./IssueList";
import { KeyboardHelp } from "./KeyboardHelp";
import { NewIssuesBanner } from "./NewIssuesBanner";
import { PeriodFilter } from "./PeriodFilter";
import { ProjectFilter } from "./ProjectFilter";
import { SearchBar } from "./SearchBar";
import { SelectAllBanner } from "./SelectAllBanner";
import { SortSelect } from "./SortSelect";
import { StreamActions } from "./StreamActions";
import { StreamEmpty } from "./StreamEmpty";
import { StreamPagination } from "./StreamPagination";
import { StreamSkeleton } from "./StreamSkeleton";
import {
  changeStreamState,
  clearedFilters,
  currentCursor,
  hasFilters,
  nextPageState,
  previousPageState,
  streamQueryParams,
} from "./streamUrl";
import { useStreamChanges } from "./useStreamChanges";
import { useStreamKeyboard } from "./useStreamKeyboard";
import { useStreamUrl } from "./useStreamUrl";

export const STREAM_PAGE_SIZE = 25;

type StreamProject = { slug: string; name: string; platform: string | null };

/**
 * The issue stream: filters and search in the URL, a page of issues with their graphs and counts,
 * selection for bulk actions, keyboard triage and a banner when new events arrive.
 */
export function IssueStream({ projects }: { projects: StreamProject[] }) {
  const org = useCurrentOrg();
  const trpc = useTRPC();
  const router = useRouter();
  const { state, navigate, hrefFor } = useStreamUrl();
  const searchInput = useRef<HTMLInputElement>(null);
  const [helpOpen, setHelpOpen] = useState(false);

  const params = useMemo(() => streamQueryParams(state), [state]);
  const list = useQuery({
    ...trpc.issues.list.queryOptions({
      orgSlug: org.slug,
      ...params,
      cursor: currentCursor(state),
      limit: STREAM_PAGE_SIZE,
      statsPeriod: state.graph,
    }),
    // The old page stays (dimmed) while the next loads, instead of a flash of skeleton rows.
    placeholderData: keepPreviousData,
  });
  const badQuery = trpcErrorCode(list.error) === "BAD_REQUEST";
  const issues = useMemo(() => list.data?.issues ?? [], [list.data]);
  const pageIds = useMemo(() => issues.map((issue) => issue.id), [issues]);

  // Selection and focus belong to one page of one search: a new URL starts afresh.
  const pageKey = hrefFor(state);
  const [selectionState, setSelectionState] = useState({
    pageKey,
    selection: EMPTY_SELECTION,
    allMatching: false,
  });
  const [focusState, setFocusState] = useState<{ pageKey: string; id: number | null }>({
    pageKey,
    id: null,
  });
  const current = selectionState.pageKey === pageKey ? selectionState : null;
  const selection = selectionOnPage(current?.selection ?? EMPTY_SELECTION, pageIds);
  const allMatching = current?.allMatching ?? false;
  const focusedId =
    focusState.pageKey === pageKey && pageIds.includes(focusState.id ?? -1) ? focusState.id : null;

  const setSelection = useCallback(
    (update: (selection: IssueSelection) => IssueSelection) =>
      setSelectionState((previous) => ({
        pageKey,
        selection: update(previous.pageKey === pageKey ? previous.selection : EMPTY_SELECTION),
        allMatching: false,
      })),
    [pageKey],
  );
  const onToggle = useCallback(
    (id: number, withRange: boolean) =>
      setSelection((previous) => toggleIssue(previous, pageIds, id, withRange)),
    [setSelection, pageIds],
  );
  const onFocus = useCallback((id: number) => setFocusState({ pageKey, id }), [pageKey]);
  const clearSelection = useCallback(() => setSelection(() => EMPTY_SELECTION), [setSelection]);
  const pageSelection = pageSelectionState(selection, pageIds);

  const loadedAt = list.isPlaceholderData ? 0 : list.dataUpdatedAt;
  const changes = useStreamChanges(
    org.slug,
    params,
    loadedAt,
    list.isSuccess && state.cursors.length === 0,
  );

  const moveFocus = (step: 1 | -1) => {
    if (pageIds.length === 0) return;
    const index = focusedId === null ? -1 : pageIds.indexOf(focusedId);
    const next = index === -1 ? (step === 1 ? 0 : pageIds.length - 1) : index + step;
    onFocus(pageIds[Math.min(Math.max(next, 0), pageIds.length - 1)]!);
  };
  useStreamKeyboard({
    next: () => moveFocus(1),
    previous: () => moveFocus(-1),
    toggle: () => {
      if (focusedId !== null) onToggle(focusedId, false);
    },
    open: () => {
      if (focusedId !== null) router.push(`/${org.slug}/issues/${focusedId}`);
    },
    focusSearch: () => searchInput.current?.focus(),
    clearSelection: () => {
      setHelpOpen(false);
      clearSelection();
    },
    toggleHelp: () => setHelpOpen((open) => !open),
  });

  const selectedIssues = issues.filter((issue) => selection.ids.has(issue.id));
  const total = list.data?.total ?? 0;
  const showProject =
    state.projects === "all" || state.projects === "my" || state.projects.length > 1;

  const placeholder = list.isPending ? (
    <StreamSkeleton />
  ) : badQuery ? (
    <p className="px-6 py-14 text-center text-[13px] text-fg-muted">
      Fix the search above to see issues.
    </p>
  ) : trpcErrorCode(list.error) === "NOT_FOUND" ? (
    // A shared link can name a project that was renamed or that this member cannot see.
    <StreamEmpty
      filtered
      title="A project in this link was not found"
      onClearFilters={() => navigate(clearedFilters(state))}
    />
  ) : list.isError ? (
    <div className="p-4">
      <ErrorState
        title="Issues could not be loaded"
        message={trpcErrorMessage(list.error)}
        onRetry={() => void list.refetch()}
      />
    </div>
  ) : (
    <StreamEmpty
      filtered={hasFilters(state)}
      onClearFilters={() => navigate(clearedFilters(state))}
    />
  );

  return (
    <div className="flex flex-col gap-3">
      <PageHeader
        title="Issues"
        actions={<KeyboardHelp open={helpOpen} onOpenChange={setHelpOpen} />}
      />
      <div className="-mt-3 flex flex-wrap items-center gap-2">
        <ProjectFilter
          projects={projects}
          value={state.projects}
          onChange={(next) =>
            navigate(changeStreamState(state, { projects: next, environment: null }))
          }
        />
        <EnvironmentFilter
          orgSlug={org.slug}
          projects={state.projects}
          value={state.environment}
          onChange={(environment) => navigate(changeStreamState(state, { environment }))}
        />
        <PeriodFilter
          value={state.period}
          onChange={(period) => navigate(changeStreamState(state, { period }))}
        />
        {/* In the filter row's free end, so its arrival moves nothing on the page. */}
        <div className="ml-auto">
          <NewIssuesBanner
            newIssues={changes.newIssues}
            updatedIssues={changes.updatedIssues}
            onShow={() => {
              if (state.cursors.length > 0) navigate({ ...state, cursors: [] });
              else void list.refetch();
            }}
          />
        </div>
      </div>
      <div className="flex items-start gap-2">
        <SearchBar
          key={state.query}
          orgSlug={org.slug}
          projects={state.projects}
          query={state.query}
          onCommit={(query) => navigate(changeStreamState(state, { query }))}
          error={badQuery ? trpcErrorMessage(list.error) : null}
          inputRef={searchInput}
        />
        <SortSelect
          value={state.sort}
          onChange={(sort) => navigate(changeStreamState(state, { sort }))}
        />
      </div>
      <IssueList
        orgSlug={org.slug}
        issues={badQuery ? [] : issues}
        selectedIds={selection.ids}
        pageSelection={pageSelection}
        focusedId={focusedId}
        showProject={showProject && projects.length > 1}
        graph={state.graph}
        stale={list.isPlaceholderData}
        onGraphChange={(graph) => navigate(changeStreamState(state, { graph }))}
        onToggle={onToggle}
        onToggleAll={(selected) => setSelection(() => setPageSelected(pageIds, selected))}
        onFocus={onFocus}
        actions={
          <StreamActions
            orgSlug={org.slug}
            selected={selectedIssues}
            allMatching={allMatching}
            query={params}
            total={total}
            onDone={clearSelection}
          />
        }
        banner={
          pageSelection === "all" && total > issues.length ? (
            <SelectAllBanner
              pageCount={issues.length}
              total={total}
              allMatching={allMatching}
              onSelectAllMatching={() =>
                setSelectionState((previous) => ({ ...previous, pageKey, allMatching: true }))
              }
              onClear={clearSelection}
            />
          ) : null
        }
        placeholder={placeholder}
      />
      {list.data && issues.length > 0 && !badQuery ? (
        <StreamPagination
          pageIndex={state.cursors.length}
          pageSize={STREAM_PAGE_SIZE}
          rowsOnPage={issues.length}
          total={total}
          totalIsCapped={list.data.totalIsCapped ?? false}
          hasNext={list.data.nextCursor !== null && !list.isPlaceholderData}
          onPrevious={() => navigate(previousPageState(state))}
          onNext={() => {
            if (list.data?.nextCursor) navigate(nextPageState(state, list.data.nextCursor));
          }}
        />
      ) : null}
    </div>
  );
}

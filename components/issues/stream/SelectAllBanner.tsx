import { fullNumber } from "@/components/issues/common/compactNumber";

type SelectAllBannerProps = {
  pageCount: number;
  total: number;
  allMatching: boolean;
  onSelectAllMatching: () => void;
  onClear: () => void;
};

/** Offered once the whole page is ticked: widen the selection to every issue the query matches. */
export function SelectAllBanner({
  pageCount,
  total,
  allMatching,
  onSelectAllMatching,
  onClear,
}: SelectAllBannerProps) {
  const link = "font-medium text-accent-fg underline-offset-2 hover:underline";
  return (
    <div
      role="status"
      className="border-b border-line bg-accent-tint/50 px-3 py-2 text-center text-xs text-fg"
    >
      {allMatching ? (
        <>
          All {fullNumber(total)} issues that match this search are selected.{" "}
          <button type="button" className={link} onClick={onClear}>
            Clear selection
          </button>
        </>
      ) : (
        <>
          All {pageCount} issues on this page are selected.{" "}
          <button type="button" className={link} onClick={onSelectAllMatching}>
            Select all {fullNumber(total)} issues that match this search
          </button>
        </>
      )}
    </div>
  );
}

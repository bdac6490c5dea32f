import { Button } from "./Button";

type DialogFormActionsProps = {
  submitLabel: string;
  onCancel: () => void;
  pending: boolean;
  disabled?: boolean;
};

/** The Cancel / submit row at the bottom of every form in a dialog. */
export function DialogFormActions({
  submitLabel,
  onCancel,
  pending,
  disabled = false,
}: DialogFormActionsProps) {
  return (
    <div className="flex justify-end gap-2 pt-1">
      <Button onClick={onCancel}>Cancel</Button>
      <Button type="submit" variant="primary" pending={pending} disabled={disabled}>
        {submitLabel}
      </Button>
    </div>
  );
}

import { Button } from "./Button";
import { InlineError } from "./InlineError";

type PanelSaveActionsProps = {
  error: string | null;
  pending: boolean;
  disabled: boolean;
};

/** The footer of a settings panel form: its error, if any, and the Save button. */
export function PanelSaveActions({ error, pending, disabled }: PanelSaveActionsProps) {
  return (
    <>
      <InlineError message={error} />
      <Button type="submit" variant="primary" pending={pending} disabled={disabled}>
        Save changes
      </Button>
    </>
  );
}

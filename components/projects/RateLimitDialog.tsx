"use client";

import { useState, type FormEvent } from "react";
import { trpcErrorMessage } from "@/components/providers/trpcErrorMessage";
import { useToast } from "@/components/ui/Toast";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import { Field } from "@/components/ui/Field";
import { InlineError } from "@/components/ui/InlineError";
import { Input } from "@/components/ui/Input";
import { Select } from "@/components/ui/Select";
import { RATE_LIMIT_WINDOWS } from "./rateLimitText";
import { useProjectKeyMutations } from "./useProjectKeyMutations";

type RateLimitDialogProps = {
  orgSlug: string;
  projectSlug: string;
  projectKey: {
    id: number;
    label: string;
    rateLimitCount: number | null;
    rateLimitWindowSeconds: number | null;
  };
  onClose: () => void;
};

/** Mounted per key (the caller keys it by id), so the form starts from that key's current limit. */

export function RateLimitDialog({
  orgSlug,
  projectSlug,
  projectKey,
  onClose,
}: RateLimitDialogProps) {
  const { setKeyRateLimit } = useProjectKeyMutations();
  const toast = useToast();
  const [count, setCount] = useState(projectKey.rateLimitCount?.toString() ?? "");
  const [windowSeconds, setWindowSeconds] = useState(
    projectKey.rateLimitWindowSeconds?.toString() ?? "3600",
  );

  const save = (limit: { count: number | null; windowSeconds: number | null }) => {
    setKeyRateLimit.mutate(
      { orgSlug, projectSlug, keyId: projectKey.id, ...limit },
      {
        onSuccess: () => {
          toast.success(limit.count === null ? "Rate limit removed" : "Rate limit saved");
          onClose();
        },
      },
    );
  };

  const parsed = Number.parseInt(count, 10);
  const countInvalid = count.trim() !== "" && (!Number.isInteger(parsed) || parsed <= 0);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (count.trim() === "") save({ count: null, windowSeconds: null });
    else if (!countInvalid) save({ count: parsed, windowSeconds: Number(windowSeconds) });
  };

  return (
    <Dialog
      open
      onClose={onClose}
      title="Rate limit"
      description={`Events above the limit on key “${projectKey.label}” are refused with HTTP 429, so one noisy deploy can’t flood Faultline.`}
      width="sm"
    >
      <form onSubmit={onSubmit} className="flex flex-col gap-4">
        <div className="grid grid-cols-[1fr_auto] items-end gap-2">
          <Field
            label="Events"
            htmlFor="rate-limit-count"
            error={countInvalid ? "A whole number above zero" : null}
          >
            <Input
              id="rate-limit-count"
              inputMode="numeric"
              value={count}
              onChange={(event) => setCount(event.target.value)}
              placeholder="Unlimited"
              invalid={countInvalid}
              autoFocus
            />
          </Field>
          <div className="w-36 pb-px">
            <Select
              aria-label="Window"
              value={windowSeconds}
              onChange={(event) => setWindowSeconds(event.target.value)}
              options={RATE_LIMIT_WINDOWS}
            />
          </div>
        </div>
        <p className="-mt-2 text-xs text-fg-muted">Leave empty for no limit.</p>
        <InlineError
          message={setKeyRateLimit.error ? trpcErrorMessage(setKeyRateLimit.error) : null}
        />
        <div className="flex items-center justify-between gap-2 pt-1">
          {projectKey.rateLimitCount !== null ? (
            <Button
              variant="ghost"
              onClick={() => save({ count: null, windowSeconds: null })}
              disabled={setKeyRateLimit.isPending}
            >
              Remove limit
            </Button>
          ) : (
            <span />
          )}
          <div className="flex gap-2">
            <Button onClick={onClose}>Cancel</Button>
            <Button
              type="submit"
              variant="primary"
              pending={setKeyRateLimit.isPending}
              disabled={countInvalid}
            >
              Save
            </Button>
          </div>
        </div>
      </form>
    </Dialog>
  );
}

import { TRPCClientError } from "@trpc/client";

type ZodFlattened = { formErrors?: string[]; fieldErrors?: Record<string, string[] | undefined> };

function firstZodMessage(zodError: ZodFlattened | null | undefined): string | null {
  if (!zodError) return null;
  const form = zodError.formErrors?.[0];
  if (form) return form;
  for (const [field, messages] of Object.entries(zodError.fieldErrors ?? {})) {
    if (messages?.[0]) return `${field}: ${messages[0]}`;
  }
  return null;
}

/**
 * The sentence to show a user for a failed query or mutation. Input validation failures carry the
 * flattened zod error (server/api/trpc.ts); show its first message rather than the raw JSON.
 */
export function trpcErrorMessage(error: unknown): string {
  if (!error) return "";
  if (error instanceof TRPCClientError) {
    const fromZod = firstZodMessage(
      (error.data as { zodError?: ZodFlattened } | undefined)?.zodError,
    );
    if (fromZod) return fromZod;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (message === "Failed to fetch" || message.includes("NetworkError")) {
    return "Faultline could not be reached. Check your connection and try again.";
  }
  return message;
}

/** The tRPC error code of a failed call (NOT_FOUND, FORBIDDEN…), or null. */
export function trpcErrorCode(error: unknown): string | null {
  return error instanceof TRPCClientError
    ? ((error.data as { code?: string } | undefined)?.code ?? null)
    : null;
}

/**
 * What a service refuses, in words both adapters understand: tRPC maps `code` to a TRPCError
 * (server/api/trpc.ts), REST to an HTTP status (server/auth/restAccess.ts), the CLI prints `message`.
 */
export type ServiceErrorCode = "BAD_REQUEST" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT";

export class ServiceError extends Error {
  readonly code: ServiceErrorCode;

  constructor(code: ServiceErrorCode, message: string) {
    super(message);
    this.name = "ServiceError";
    this.code = code;
  }
}

export const notFound = (what: string): ServiceError =>
  new ServiceError("NOT_FOUND", `${what} not found`);
export const forbidden = (message: string): ServiceError => new ServiceError("FORBIDDEN", message);
export const conflict = (message: string): ServiceError => new ServiceError("CONFLICT", message);
export const badRequest = (message: string): ServiceError =>
  new ServiceError("BAD_REQUEST", message);

/** Prisma's unique-constraint violation, for turning a lost race into a CONFLICT. */
export function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002"
  );
}

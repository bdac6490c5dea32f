"use client";

import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { reloadTo } from "./reloadTo";

/** Accepts the invitation as the signed-in user, then opens the organization with a fresh load. */
export function useAcceptInvitation(invitationId: string) {
  const trpc = useTRPC();
  const mutation = useMutation(
    trpc.invitations.accept.mutationOptions({
      onSuccess: ({ orgSlug }) => reloadTo(`/${orgSlug}/issues`),
    }),
  );
  return { ...mutation, accept: () => mutation.mutateAsync({ invitationId }) };
}

"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";

/** Adding and removing team members and projects; each change refreshes teams and projects. */
export function useTeamMembership() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.teams.pathFilter()),
      queryClient.invalidateQueries(trpc.projects.pathFilter()),
    ]);
  return {
    addMember: useMutation(trpc.teams.addMember.mutationOptions({ onSuccess: refresh })),
    removeMember: useMutation(trpc.teams.removeMember.mutationOptions({ onSuccess: refresh })),
    addProject: useMutation(trpc.teams.addProject.mutationOptions({ onSuccess: refresh })),
    removeProject: useMutation(trpc.teams.removeProject.mutationOptions({ onSuccess: refresh })),
  };
}

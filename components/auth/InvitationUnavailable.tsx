import { LinkButton } from "@/components/ui/LinkButton";
import { AuthCard } from "./AuthCard";

type Reason = "missing" | "accepted" | "canceled" | "expired";

const copy: Record<Reason, { title: string; description: string }> = {
  missing: {
    title: "Invitation not found",
    description:
      "This link doesn't match an invitation. It may have been mistyped, or replaced by a newer invitation. Ask the person who invited you for a fresh link.",
  },
  accepted: {
    title: "Invitation already accepted",
    description: "This invitation has been used. Sign in to open the organization.",
  },
  canceled: {
    title: "Invitation cancelled",
    description:
      "An admin cancelled this invitation. Ask them to invite you again if you still need access.",
  },
  expired: {
    title: "Invitation expired",
    description:
      "Invitation links are valid for 7 days. Ask an admin of the organization to send you a new one.",
  },
};

export function InvitationUnavailable({ reason, signedIn }: { reason: Reason; signedIn: boolean }) {
  const { title, description } = copy[reason];
  return (
    <AuthCard title={title} description={description}>
      <LinkButton
        href={signedIn ? "/" : "/sign-in"}
        variant="secondary"
        size="lg"
        className="w-full"
      >
        {signedIn ? "Go to Faultline" : "Go to sign in"}
      </LinkButton>
    </AuthCard>
  );
}

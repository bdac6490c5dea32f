import { env, publicUrl } from "@/server/env";

export type MailResult = { delivered: true } | { delivered: false; reason: string };

export interface Mail {
  /** Defaults to EMAIL_FROM. */
  from?: string;
  to: string;
  subject: string;
  text: string;
}

let warnedNoTransport = false;

/**
 * The one place mail leaves Faultline. Without SMTP_URL nothing is sent and callers fall back to
 * the link they show in the UI. SMTP delivery itself needs a transport library (nodemailer) that
 * is not installed yet; until then a configured SMTP_URL is reported, once, instead of ignored.
 */
export async function sendMail(mail: Mail): Promise<MailResult> {
  if (!env.SMTP_URL) return { delivered: false, reason: "SMTP is not configured" };
  if (!warnedNoTransport) {
    warnedNoTransport = true;
    console.warn(
      `SMTP_URL is set but no mail transport is installed; "${mail.subject}" to ${mail.to} was not sent.`,
    );
  }
  return { delivered: false, reason: "no mail transport installed" };
}

export function invitationLink(invitationId: string): string {
  return `${publicUrl()}/invite/${invitationId}`;
}

export function sendInvitationMail(invitation: {
  invitationId: string;
  email: string;
  organizationName: string;
  inviterName: string;
}): Promise<MailResult> {
  const link = invitationLink(invitation.invitationId);
  return sendMail({
    to: invitation.email,
    subject: `${invitation.inviterName} invited you to ${invitation.organizationName} on Faultline`,
    text:
      `${invitation.inviterName} invited you to join ${invitation.organizationName} on Faultline.\n\n` +
      `Accept the invitation: ${link}\n`,
  });
}

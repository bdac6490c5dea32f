import { createTransport, type Transporter } from "nodemailer";
import { env, publicUrl } from "@/server/env";

export type MailResult = { delivered: true } | { delivered: false; reason: string };

export interface Mail {
  /** Defaults to EMAIL_FROM. */
  from?: string;
  to: string;
  subject: string;
  text: string;
}

let transport: Transporter | undefined;

function smtpTransport(smtpUrl: string): Transporter {
  transport ??= createTransport(smtpUrl);
  return transport;
}

/**
 * The one place mail leaves Faultline, over SMTP_URL. Without it nothing is sent and callers fall
 * back to the link they show in the UI. A failed delivery is reported, never thrown: the caller's
 * action (an invitation, an alert) has happened either way.
 */
export async function sendMail(mail: Mail): Promise<MailResult> {
  if (!env.SMTP_URL) return { delivered: false, reason: "SMTP is not configured" };
  try {
    await smtpTransport(env.SMTP_URL).sendMail({
      from: mail.from ?? env.EMAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
    });
    return { delivered: true };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.warn(`Mail "${mail.subject}" to ${mail.to} was not delivered: ${reason}`);
    return { delivered: false, reason };
  }
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

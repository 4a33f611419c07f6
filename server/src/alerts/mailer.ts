import nodemailer, { type Transporter } from "nodemailer";

/** One alert e-mail: plain text, with the one-click unsubscribe of RFC 8058 and a link in the text. */
export type AlertMessage = { to: string; subject: string; text: string; unsubscribeUrl: string; unsubscribePageUrl: string };

/**
 * Sends through the SMTP server of SMTP_URL (smtp://user:pass@host:587 with STARTTLS when offered, or
 * smtps:// for implicit TLS). Every message carries List-Unsubscribe (an https URL a mail client POSTs to)
 * and List-Unsubscribe-Post: List-Unsubscribe=One-Click (RFC 8058), and ends with the unsubscribe page.
 */
export class AlertMailer {
  private readonly transport: Transporter;

  constructor(smtpUrl: string, private readonly from: string) {
    this.transport = nodemailer.createTransport(smtpUrl);
  }

  async send(m: AlertMessage): Promise<void> {
    await this.transport.sendMail({
      from: this.from,
      to: m.to,
      subject: m.subject,
      text: `${m.text}\n\n--\nPër të mos marrë më këto njoftime: ${m.unsubscribePageUrl}\nTo stop these alerts: ${m.unsubscribePageUrl}\n`,
      headers: {
        "List-Unsubscribe": `<${m.unsubscribeUrl}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Auto-Submitted": "auto-generated",
      },
    });
  }

  close(): void {
    this.transport.close();
  }
}

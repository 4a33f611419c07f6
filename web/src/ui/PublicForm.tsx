import { useMutation } from "@apollo/client/react";
import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { graphql } from "../gql";
import "./public-form.css";

export const StartPublicFormMutation = graphql(`
  mutation StartPublicForm {
    startPublicForm { ticket notBefore }
  }
`);

/** What a public submission sends beside its input (the server's PublicFormProof). */
export type PublicFormProof = { ticket: string; website: string };

/**
 * A public form without an account or a CAPTCHA (issue 16; docs/security.md): it is opened with a signed
 * ticket when it is shown, and sends it back with the hidden honeypot field's value. `proof()` waits out
 * the few seconds a robot would not, so a quick person is never refused, and opens a fresh ticket after a
 * submission (one ticket per filing).
 */
export function usePublicForm() {
  const [start] = useMutation(StartPublicFormMutation);
  const ticket = useRef<Promise<{ ticket: string; notBefore: string } | null> | null>(null);
  const [website, setWebsite] = useState("");

  const open = useCallback(() => {
    ticket.current = start().then((r) => r.data?.startPublicForm ?? null, () => null);
  }, [start]);

  useEffect(() => { open(); }, [open]);

  const proof = useCallback(async (): Promise<PublicFormProof> => {
    let t = await (ticket.current ?? Promise.resolve(null));
    if (!t) { // the first try failed (offline): try once more now
      open();
      t = await (ticket.current ?? Promise.resolve(null));
      if (!t) throw new Error("startPublicForm failed");
    }
    const wait = new Date(t.notBefore).getTime() - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 50));
    open(); // the next filing gets its own ticket
    return { ticket: t.ticket, website };
  }, [open, website]);

  /** The honeypot: off screen, out of the tab order and hidden from screen readers; people leave it empty. */
  const honeypot = (
    <div className="public-form-trap" aria-hidden="true">
      <label>
        Website
        <input type="text" name="website" tabIndex={-1} autoComplete="off" value={website} onChange={(e) => setWebsite(e.target.value)} />
      </label>
    </div>
  );

  return { proof, honeypot };
}

/**
 * A filing's receipt as the citizen keeps it: reference and secret code, a link to /ndiq and a print button.
 * `children`: what else the printed receipt says (the One Stop Shop's counter adds the service, moments and office).
 */
export function ReceiptCard({ receipt, children }: { receipt: { reference: string; code: string }; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="receipt-card" aria-labelledby="receipt-title">
      <h2 id="receipt-title">{t("receipt.title")}</h2>
      <dl>
        <dt>{t("receipt.reference")}</dt>
        <dd className="receipt-value" data-testid="receipt-reference">{receipt.reference}</dd>
        <dt>{t("receipt.code")}</dt>
        <dd className="receipt-value" data-testid="receipt-code">{receipt.code}</dd>
      </dl>
      {children}
      <p>{t("receipt.keep")}</p>
      <p className="receipt-actions">
        <Link to={`/ndiq?reference=${encodeURIComponent(receipt.reference)}`}>{t("receipt.track")}</Link>
        <button type="button" onClick={() => window.print()}>{t("receipt.print")}</button>
      </p>
    </section>
  );
}

import { useMutation } from "@apollo/client/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { DateTime } from "../ui/DateTime";
import { ReceiptCard } from "../ui/PublicForm";
import "./i18n";
import { PrintServiceRequestReceiptMutation } from "./operations";
import { useServiceName } from "./RequestBits";
import type { Request } from "./useServiceRequestUpdates";

/** A receipt the counter has just printed, with the request it is for. */
export type PrintedReceipt = { receipt: { reference: string; code: string }; request: Request };

/**
 * "Shtyp dëshminë": asks the server for the request's receipt (the first print issues it; a reprint gives a
 * new code, the old one stops working). Answers null when the server gave nothing back.
 */
export function usePrintReceipt(): (request: Request) => Promise<PrintedReceipt | null> {
  const [print] = useMutation(PrintServiceRequestReceiptMutation);
  return async (request) => {
    const { data } = await print({ variables: { id: request.id } });
    const receipt = data?.printServiceRequestReceipt;
    return receipt ? { receipt: { reference: receipt.reference, code: receipt.code }, request } : null;
  };
}

/**
 * The printable receipt for the citizen at the counter (issue 16 point 6): its reference and code (ReceiptCard,
 * whose print style prints only the card), the service, the office, when it was received and when it is due,
 * and where to follow it. Nothing about the citizen. Focus moves to it when it appears.
 */
export function CounterReceiptPanel({ printed, onClose }: { printed: PrintedReceipt; onClose: () => void }) {
  const { t } = useTranslation();
  const serviceName = useServiceName();
  const ref = useRef<HTMLDivElement>(null);
  const { request, receipt } = printed;
  useEffect(() => { ref.current?.focus(); }, [receipt.code]);
  const trackAt = `${window.location.origin}/ndiq`;
  return (
    <div className="panel oss-receipt" ref={ref} tabIndex={-1} role="region" aria-label={t("oss:receipt.heading", { reference: request.reference })} data-testid="counter-receipt">
      <ReceiptCard receipt={receipt}>
        <dl className="oss-receipt__details">
          <dt>{t("oss:receipt.service")}</dt>
          <dd>{serviceName(request.serviceType)}</dd>
          <dt>{t("oss:receipt.office")}</dt>
          <dd>{request.office.name}</dd>
          <dt>{t("oss:receipt.received")}</dt>
          <dd><DateTime iso={request.receivedAt} /></dd>
          <dt>{t("oss:receipt.due")}</dt>
          <dd><DateTime iso={request.dueAt} /></dd>
          <dt>{t("oss:receipt.trackAt")}</dt>
          <dd>{trackAt}</dd>
        </dl>
      </ReceiptCard>
      <p className="muted">{t("oss:receipt.reprintNote")}</p>
      <div className="button-row">
        <button type="button" className="button button--small" onClick={onClose}>{t("oss:receipt.close")}</button>
      </div>
    </div>
  );
}

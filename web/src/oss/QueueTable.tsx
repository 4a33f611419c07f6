import { useMutation } from "@apollo/client/react";
import { useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { ServiceRequestStatus } from "../gql/graphql";
import { DateTime } from "../ui/DateTime";
import { ErrorMessage } from "../ui/ErrorMessage";
import { ScrollTable } from "../ui/ScrollTable";
import { useMutationAction } from "../ui/useMutationAction";
import { type PrintedReceipt, usePrintReceipt } from "./CounterReceipt";
import { SetServiceRequestStatusMutation } from "./operations";
import { allowedMoves, isClosed } from "./queue";
import { RequestStatusText, SlaBadge, SlaText, useServiceName, WorkingTimeLeft } from "./RequestBits";
import { applyToQueue, type Request } from "./useServiceRequestUpdates";
import { minutesLeftNow } from "./workingTime";

/**
 * When each request's `workingMinutesLeft` arrived, so the timers can move on
 * from there. Keyed by the figure itself: a new figure (a write, a clock
 * change, the periodic re-read) is a new starting point.
 */
function useArrivalTimes(): (request: Request) => number {
  const seen = useRef(new Map<string, number>());
  return (request) => {
    const key = `${request.id}:${request.version}:${request.workingMinutesLeft}:${request.status}`;
    let at = seen.current.get(key);
    if (at === undefined) {
      if (seen.current.size > 5000) seen.current.clear();
      at = Date.now();
      seen.current.set(key, at);
    }
    return at;
  };
}

/** One section of the queue as a table: the live timer, the SLA badge and the moves allowed now. */
export function QueueTable({
  requests,
  caption,
  now,
  queueOfficeCode,
  onClosed,
  onPrinted,
}: {
  requests: readonly Request[];
  caption: string;
  now: number;
  queueOfficeCode: string | null;
  onClosed: (request: Request) => void;
  onPrinted: (printed: PrintedReceipt) => void;
}) {
  const { t } = useTranslation();
  const serviceName = useServiceName();
  const arrivedAt = useArrivalTimes();
  return (
    <ScrollTable regionClassName="oss-table-scroll" className="oss-table oss-queue" caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t("oss:col.reference")}</th>
          <th scope="col">{t("oss:col.service")}</th>
          <th scope="col">{t("oss:col.office")}</th>
          <th scope="col">{t("oss:col.received")}</th>
          <th scope="col">{t("oss:col.due")}</th>
          <th scope="col">{t("oss:col.timeLeft")}</th>
          <th scope="col">{t("oss:col.sla")}</th>
          <th scope="col">{t("oss:col.status")}</th>
          <th scope="col">{t("oss:col.actions")}</th>
        </tr>
      </thead>
      <tbody>
        {requests.map((request) => {
          const paused = request.status === "WAITING_ON_CITIZEN";
          const left =
            request.workingMinutesLeft === null ? null : minutesLeftNow(request.workingMinutesLeft, arrivedAt(request), now, paused);
          return (
            <tr key={request.id} className={`oss-queue__row oss-queue__row--${request.slaState.toLowerCase()}`} data-request-id={request.id}>
              <th scope="row" className="oss-queue__reference">
                {request.reference}
              </th>
              <td>
                {serviceName(request.serviceType)}
                <br />
                <span className="muted oss-queue__sla">
                  <SlaText type={request.serviceType} />
                </span>
              </td>
              <td>{request.office.name}</td>
              <td>
                <DateTime iso={request.receivedAt} />
              </td>
              <td>{paused ? <span className="muted">{t("oss:time.dueMoves")}</span> : <DateTime iso={request.dueAt} />}</td>
              <td className="oss-queue__timer">
                <WorkingTimeLeft minutesLeft={left} paused={paused} />
              </td>
              <td>
                <SlaBadge state={request.slaState} />
              </td>
              <td>
                <RequestStatusText status={request.status} />
              </td>
              <td>
                <RequestActions request={request} queueOfficeCode={queueOfficeCode} onClosed={onClosed} onPrinted={onPrinted} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}

/** The button for each move the lifecycle allows from the request's status. */
function moveLabel(from: ServiceRequestStatus, to: ServiceRequestStatus): string {
  if (to === "IN_PROGRESS") return from === "WAITING_ON_CITIZEN" ? "oss:action.resume" : "oss:action.start";
  if (to === "WAITING_ON_CITIZEN") return "oss:action.wait";
  if (to === "COMPLETED") return "oss:action.complete";
  return "oss:action.reject";
}

/**
 * "Fillo", "Në pritje të qytetarit", "Rifillo", "Përfundo", "Refuzo": only the
 * moves allowed now, in a group named by the request's reference so each
 * button is unambiguous. The version shown travels with the write: if another
 * operator (or the clock) changed the request meanwhile, the server refuses and
 * the error says to look again.
 */
function RequestActions({
  request,
  queueOfficeCode,
  onClosed,
  onPrinted,
}: {
  request: Request;
  queueOfficeCode: string | null;
  onClosed: (request: Request) => void;
  onPrinted: (printed: PrintedReceipt) => void;
}) {
  const { t } = useTranslation();
  const errorId = useId();
  const [setStatus] = useMutation(SetServiceRequestStatusMutation);
  const action = useMutationAction();
  const moves = allowedMoves(request.status);
  const printReceipt = usePrintReceipt();

  async function print() {
    await action.run(async () => {
      const printed = await printReceipt(request);
      if (printed) onPrinted(printed);
    });
  }

  async function move(to: ServiceRequestStatus) {
    if (to === "REJECTED" && !window.confirm(t("oss:action.confirmReject", { reference: request.reference }))) return;
    await action.run(async () => {
      const { data } = await setStatus({
        variables: { id: request.id, status: to, expectedVersion: request.version },
        update: (cache, result) => {
          const changed = result.data?.setServiceRequestStatus;
          if (changed) applyToQueue(cache, changed, queueOfficeCode);
        },
      });
      const changed = data?.setServiceRequestStatus;
      if (changed && isClosed(changed.status)) onClosed(changed);
    });
  }

  return (
    <div className="oss-actions">
      <div role="group" aria-label={t("oss:action.groupLabel", { reference: request.reference })} className="button-row oss-actions__buttons">
        {moves.map((to) => (
          <button
            key={to}
            type="button"
            className={`button button--small${to === "COMPLETED" ? " button--primary" : to === "REJECTED" ? " button--danger" : ""}`}
            disabled={action.pending}
            aria-describedby={action.error ? errorId : undefined}
            onClick={() => void move(to)}
          >
            {t(moveLabel(request.status, to))}
          </button>
        ))}
        <button type="button" className="button button--small" disabled={action.pending} aria-describedby={action.error ? errorId : undefined} onClick={() => void print()}>
          {t("oss:receipt.print")}
        </button>
      </div>
      <ErrorMessage error={action.error} id={errorId} />
    </div>
  );
}

import { useMutation } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { DateTime } from "../ui/DateTime";
import { ErrorMessage } from "../ui/ErrorMessage";
import { useMutationAction } from "../ui/useMutationAction";
import { formatDecimal } from "./month";
import { RateServiceRequestMutation, RecordComplaintMutation } from "./operations";
import { RequestStatusText, SlaBadge, useServiceName } from "./RequestBits";
import type { Request } from "./useServiceRequestUpdates";

const RATINGS = [1, 2, 3, 4, 5] as const;

/**
 * Requests closed while this page was open, newest first: where the operator
 * records the citizen's satisfaction (1–5, once, completed requests only) and
 * any complaint — two of the monthly figures of the Elbasan plan's action 29.
 */
export function ClosedRequests({ requests }: { requests: readonly Request[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="panel oss-closed" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("oss:closed.heading")}</h2>
      {requests.length === 0 ? (
        <p className="muted">{t("oss:closed.empty")}</p>
      ) : (
        <>
          <p className="muted">{t("oss:closed.intro")}</p>
          <ul className="oss-closed__list">
            {requests.map((request) => (
              <ClosedRequest key={request.id} request={request} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ClosedRequest({ request }: { request: Request }) {
  const { t, i18n } = useTranslation();
  const serviceName = useServiceName();
  const headingId = useId();
  const hours = formatDecimal(request.processingWorkingHours, i18n.language);
  return (
    <li className="oss-closed__item" aria-labelledby={headingId}>
      <h3 id={headingId} className="oss-closed__title">
        {request.reference} <span className="muted">· {serviceName(request.serviceType)}</span>
      </h3>
      <p className="oss-closed__meta">
        <RequestStatusText status={request.status} /> <SlaBadge state={request.slaState} />
        {request.completedAt && (
          <span className="muted">
            {" "}
            <DateTime iso={request.completedAt} />
          </span>
        )}
        {hours !== null && <span className="muted"> · {t("oss:closed.processing", { hours })}</span>}
      </p>
      {request.status === "COMPLETED" && <RatingControl request={request} />}
      <ComplaintControl request={request} />
    </li>
  );
}

function RatingControl({ request }: { request: Request }) {
  const { t } = useTranslation();
  const name = useId();
  const [choice, setChoice] = useState<number | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [rate] = useMutation(RateServiceRequestMutation);
  const action = useMutationAction();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (choice === null) return;
    const ok = await action.run(() => rate({ variables: { id: request.id, rating: choice } }));
    if (ok) setSaved(choice);
  }

  if (saved !== null) {
    return (
      <p className="success-message" role="status">
        {t("oss:rating.saved", { rating: saved })}
      </p>
    );
  }
  return (
    <form className="oss-rating" onSubmit={submit}>
      <fieldset>
        <legend>{t("oss:rating.legend", { reference: request.reference })}</legend>
        <div className="oss-rating__choices">
          {RATINGS.map((value) => (
            <label key={value} className="oss-rating__choice">
              <input type="radio" name={name} value={value} checked={choice === value} onChange={() => setChoice(value)} />
              <span>{t(`oss:rating.value${value}`)}</span>
            </label>
          ))}
        </div>
        <button type="submit" className="button button--small" disabled={choice === null || action.pending}>
          {t("oss:rating.save")}
        </button>
        <ErrorMessage error={action.error} />
      </fieldset>
    </form>
  );
}

function ComplaintControl({ request }: { request: Request }) {
  const { t } = useTranslation();
  const textId = useId();
  const [open, setOpen] = useState(false);
  const [description, setDescription] = useState("");
  const [saved, setSaved] = useState(false);
  const [record] = useMutation(RecordComplaintMutation);
  const action = useMutationAction();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ok = await action.run(() =>
      record({ variables: { input: { requestId: request.id, officeCode: request.office.code, description: description.trim() } } }),
    );
    if (ok) {
      setSaved(true);
      setOpen(false);
      setDescription("");
    }
  }

  if (!open) {
    return (
      <div className="button-row">
        <button
          type="button"
          className="button button--small"
          aria-label={t("oss:complaint.openFor", { reference: request.reference })}
          onClick={() => {
            setSaved(false);
            setOpen(true);
          }}
        >
          {t("oss:complaint.open")}
        </button>
        {saved && (
          <span className="success-message" role="status">
            {t("oss:complaint.saved")}
          </span>
        )}
      </div>
    );
  }
  return (
    <form className="form oss-complaint" onSubmit={submit}>
      <div className="field">
        <label htmlFor={textId}>{t("oss:complaint.description", { reference: request.reference })}</label>
        <textarea id={textId} required rows={3} value={description} onChange={(e) => setDescription(e.target.value)} autoFocus />
      </div>
      <ErrorMessage error={action.error} />
      <div className="button-row">
        <button type="submit" className="button button--small button--primary" disabled={action.pending || !description.trim()}>
          {t("oss:complaint.submit")}
        </button>
        <button type="button" className="button button--small" onClick={() => setOpen(false)}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}

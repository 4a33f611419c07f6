import { useMutation, useQuery } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useDocumentTitle } from "../app/useDocumentTitle";
import type { DocumentRequestCaseFieldsFragment, DocumentRequestExtensionReason, DocumentRequestOutcome } from "../gql/graphql";
import { ErrorMessage } from "../ui/ErrorMessage";
import { Loading } from "../ui/Loading";
import { QueryError } from "../ui/QueryError";
import { useMutationAction } from "../ui/useMutationAction";
import { useNow } from "../ui/useNow";
import "./document-requests.css";
import "./i18n";
import { actionsFor, OUTCOMES } from "./model";
import {
  DecideDocumentRequestMutation, DocumentRequestCasesQuery, ExtendDocumentRequestMutation, StartDocumentRequestMutation, WithholdDocumentRequestTextMutation,
} from "./operations";
import { PublicRequestDetails, RequestHead } from "./RequestBits";

const REASONS: readonly DocumentRequestExtensionReason[] = ["HELD_ELSEWHERE", "MANY_DOCUMENTS"];

/**
 * `/kerkesat-per-dokumente/trajtimi` (SECRETARIAT, the official responsible for access to public documents):
 * the open requests by deadline with who asked and their contacts; start, extend once (with the reason),
 * answer (a refusal with its legal reason and the notice of the right of appeal, prefilled), withhold a text
 * that holds personal data from the public register. Each write sends the version it saw.
 */
export function WorkPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("documentRequests:work.heading"));
  const [openOnly, setOpenOnly] = useState(true);
  const { data, loading, error, refetch } = useQuery(DocumentRequestCasesQuery, { variables: { openOnly }, fetchPolicy: "cache-and-network" });
  const ids = { openOnly: useId() };
  const cases = data?.documentRequestCases;
  return (
    <div className="doc-work">
      <h1>{t("documentRequests:work.heading")}</h1>
      <p>{t("documentRequests:work.intro")}</p>
      <p className="doc-links">
        <Link to="/kerkesat-per-dokumente/sporteli">{t("documentRequests:work.counterLink")}</Link>
        <Link to="/kerkesat-per-dokumente">{t("documentRequests:work.registerLink")}</Link>
      </p>
      <p>
        <input id={ids.openOnly} type="checkbox" checked={openOnly} onChange={(e) => setOpenOnly(e.target.checked)} />{" "}
        <label htmlFor={ids.openOnly}>{t("documentRequests:work.openOnly")}</label>
      </p>
      {error && !cases ? (
        <QueryError error={error} onRetry={() => refetch()} />
      ) : !cases ? (
        loading ? <Loading /> : null
      ) : cases.length === 0 ? (
        <div className="empty-state">
          <p>{t("documentRequests:work.empty")}</p>
        </div>
      ) : (
        <ul className="doc-requests">
          {cases.map((c) => (
            <li key={c.id} className="doc-request" data-testid="doc-case">
              <CaseCard request={c} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function CaseCard({ request: c }: { request: DocumentRequestCaseFieldsFragment }) {
  const { t } = useTranslation();
  const now = useNow(60_000);
  const can = actionsFor(c, new Date(now));
  const [start] = useMutation(StartDocumentRequestMutation);
  const [withhold] = useMutation(WithholdDocumentRequestTextMutation);
  const action = useMutationAction();
  const ids = { error: useId() };
  return (
    <article aria-label={c.reference}>
      <RequestHead request={c} level={2} />
      <dl>
        <dt>{t("documentRequests:work.requester")}</dt>
        <dd data-testid="requester">
          {c.personalDataErasedAt ? (
            t("documentRequests:work.erased")
          ) : (
            <>
              {c.requesterName}
              {[c.requesterEmail, c.requesterPhone, c.requesterAddress].filter(Boolean).map((v) => (
                <span key={v}>
                  <br />
                  {v}
                </span>
              ))}
            </>
          )}
        </dd>
        <dt>{t("documentRequests:work.documents")}</dt>
        <dd>{c.documentsText}</dd>
      </dl>
      {c.documentsWithheld && <p className="doc-request__withheld">{t("documentRequests:register.withheld")}</p>}
      <PublicRequestDetails request={c} text={false} />
      <div className="doc-request__actions">
        <div className="button-row">
          {can.start && (
            <button type="button" className="button button--primary" disabled={action.pending} onClick={() => void action.run(() => start({ variables: { id: c.id, expectedVersion: c.version } }))}>
              {t("documentRequests:work.start")}
            </button>
          )}
          <button
            type="button"
            className="button"
            disabled={action.pending}
            onClick={() => void action.run(() => withhold({ variables: { id: c.id, withheld: !c.documentsWithheld, expectedVersion: c.version } }))}
          >
            {c.documentsWithheld ? t("documentRequests:work.unwithhold") : t("documentRequests:work.withhold")}
          </button>
        </div>
        <ErrorMessage error={action.error} id={ids.error} />
        {can.extend && <ExtendForm request={c} />}
        {c.extendedAt && c.status !== "CLOSED" && <p className="muted">{t("documentRequests:work.extendedOnce")}</p>}
        {can.decide && <DecideForm request={c} />}
      </div>
    </article>
  );
}

function ExtendForm({ request: c }: { request: DocumentRequestCaseFieldsFragment }) {
  const { t } = useTranslation();
  const [extend] = useMutation(ExtendDocumentRequestMutation);
  const action = useMutationAction();
  const [reason, setReason] = useState<DocumentRequestExtensionReason>("HELD_ELSEWHERE");
  const [note, setNote] = useState("");
  const ids = { heading: useId(), reason: useId(), note: useId(), error: useId() };
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void action.run(() => extend({ variables: { input: { id: c.id, expectedVersion: c.version, reason, note: note || null } } }));
  }
  return (
    <form onSubmit={submit} aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>{t("documentRequests:work.extendHeading")}</h3>
      <label htmlFor={ids.reason}>{t("documentRequests:work.extendReason")}</label>
      <select id={ids.reason} value={reason} onChange={(e) => setReason(e.target.value as DocumentRequestExtensionReason)}>
        {REASONS.map((r) => (
          <option key={r} value={r}>
            {t(`documentRequests:extensionReason.${r}`)}
          </option>
        ))}
      </select>
      <label htmlFor={ids.note}>{t("documentRequests:work.extendNote")}</label>
      <input id={ids.note} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
      <ErrorMessage error={action.error} id={ids.error} />
      <div className="button-row">
        <button type="submit" className="button" disabled={action.pending}>
          {t("documentRequests:work.extendSubmit")}
        </button>
      </div>
    </form>
  );
}

function DecideForm({ request: c }: { request: DocumentRequestCaseFieldsFragment }) {
  const { t } = useTranslation();
  const [decide] = useMutation(DecideDocumentRequestMutation);
  const action = useMutationAction();
  const [outcome, setOutcome] = useState<DocumentRequestOutcome>("GRANTED");
  const [answerNote, setAnswerNote] = useState("");
  const [refusalReason, setRefusalReason] = useState("");
  const [appealNotice, setAppealNotice] = useState(() => t("documentRequests:work.appealNoticeDefault"));
  const [transferredTo, setTransferredTo] = useState("");
  const ids = { heading: useId(), outcome: useId(), note: useId(), reason: useId(), appeal: useId(), to: useId(), error: useId() };
  const refusing = outcome === "REFUSED";
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void action.run(() =>
      decide({
        variables: {
          input: {
            id: c.id, expectedVersion: c.version, outcome, answerNote: answerNote || null,
            refusalReason: refusing || outcome === "PARTLY_GRANTED" ? refusalReason || null : null,
            appealNotice: refusing ? appealNotice || null : null,
            transferredTo: outcome === "TRANSFERRED" ? transferredTo || null : null,
          },
        },
      }),
    );
  }
  return (
    <form onSubmit={submit} aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>{t("documentRequests:work.decideHeading")}</h3>
      <label htmlFor={ids.outcome}>{t("documentRequests:work.outcome")}</label>
      <select id={ids.outcome} value={outcome} onChange={(e) => setOutcome(e.target.value as DocumentRequestOutcome)}>
        {OUTCOMES.map((o) => (
          <option key={o} value={o}>
            {t(`documentRequests:outcome.${o}`)}
          </option>
        ))}
      </select>
      {(refusing || outcome === "PARTLY_GRANTED") && (
        <>
          <label htmlFor={ids.reason}>{t("documentRequests:work.refusalReason")}</label>
          <textarea id={ids.reason} required={refusing} maxLength={2000} value={refusalReason} onChange={(e) => setRefusalReason(e.target.value)} />
        </>
      )}
      {refusing && (
        <>
          <label htmlFor={ids.appeal}>{t("documentRequests:work.appealNotice")}</label>
          <textarea id={ids.appeal} required maxLength={2000} value={appealNotice} onChange={(e) => setAppealNotice(e.target.value)} />
        </>
      )}
      {outcome === "TRANSFERRED" && (
        <>
          <label htmlFor={ids.to}>{t("documentRequests:work.transferredTo")}</label>
          <input id={ids.to} required maxLength={300} value={transferredTo} onChange={(e) => setTransferredTo(e.target.value)} />
        </>
      )}
      <label htmlFor={ids.note}>{t("documentRequests:work.answerNote")}</label>
      <textarea id={ids.note} maxLength={2000} value={answerNote} onChange={(e) => setAnswerNote(e.target.value)} />
      <ErrorMessage error={action.error} id={ids.error} />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={action.pending}>
          {t("documentRequests:work.decideSubmit")}
        </button>
      </div>
    </form>
  );
}

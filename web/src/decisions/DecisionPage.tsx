import { useMutation, useQuery } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useAuth } from "../app/auth/AuthProvider";
import { useDocumentTitle } from "../app/useDocumentTitle";
import type { DecisionKind, DecisionQuery as DecisionQueryResult, ReviewAuthority, ReviewStatus } from "../gql/graphql";
import "../packages/i18n";
import { DateTime } from "../ui/DateTime";
import { ErrorMessage } from "../ui/ErrorMessage";
import { Loading } from "../ui/Loading";
import { QueryError } from "../ui/QueryError";
import { useMutationAction } from "../ui/useMutationAction";
import { dayText, ReviewText } from "./DecisionTable";
import "./decisions.css";
import "./i18n";
import { DECISION_KINDS, decisionReference } from "./model";
import { DecisionDocumentsQuery, DecisionQuery, RegisterDecisionMutation, SetDecisionReviewMutation } from "./operations";

type Decision = NonNullable<DecisionQueryResult["decision"]>;

/**
 * `/vendimet/:id`: one decision: its number and date, the item voted and where, the vote with the named ballots,
 * the draft act that was voted (from the session's meeting package) and the review of its legality. The
 * secretariat records the number and the review here.
 */
export function DecisionPage({ decisionId }: { decisionId: string }) {
  const { t } = useTranslation();
  const { hasRole } = useAuth();
  const { data, loading, error, refetch } = useQuery(DecisionQuery, { variables: { id: decisionId } });
  const decision = data?.decision ?? null;
  useDocumentTitle(decision?.title ?? t("decisions:register.heading"));
  const ids = { facts: useId(), vote: useId(), documents: useId(), review: useId() };

  if (error && !data) return <QueryError error={error} onRetry={() => refetch()} />;
  if (loading && !data) return <Loading />;
  if (!decision) {
    return (
      <div className="decision-page">
        <p>
          <Link to="/vendimet">← {t("decisions:detail.back")}</Link>
        </p>
        <p className="empty-state">{t("decisions:detail.notFound")}</p>
      </div>
    );
  }
  const reference = decisionReference(decision);
  const date = dayText(decision.decidedOn);
  return (
    <div className="decision-page">
      <p>
        <Link to="/vendimet">← {t("decisions:detail.back")}</Link>
      </p>
      <h1>{decision.title}</h1>
      <p className="decision-page__reference">
        <strong>
          {decision.outcome === "FAILED"
            ? t("decisions:detail.rejected", { date })
            : reference
              ? t("decisions:detail.number", { reference, date })
              : t("decisions:detail.unnumbered", { date })}
        </strong>
      </p>
      {decision.description && <p>{decision.description}</p>}

      <section className="panel" aria-labelledby={ids.facts}>
        <h2 id={ids.facts}>{t("decisions:detail.facts")}</h2>
        <dl className="decision-page__facts">
          <dt>{t("decisions:detail.body")}</dt>
          <dd>{decision.body.name}</dd>
          <dt>{t("decisions:detail.session")}</dt>
          <dd>
            <Link to={`/seanca/${decision.sessionId}`}>{t("decisions:register.inSession", { session: decision.sessionTitle, position: decision.position })}</Link>
          </dd>
          <dt>{t("decisions:detail.kind")}</dt>
          <dd>{decision.kind ? t(`decisions:kind.${decision.kind}`) : t("decisions:detail.kindNone")}</dd>
          {decision.draftPublishedAt && (
            <>
              <dt>{t("decisions:detail.draftPublished")}</dt>
              <dd>
                <DateTime iso={decision.draftPublishedAt} />
              </dd>
            </>
          )}
        </dl>
      </section>

      <DecisionDocuments decision={decision} headingId={ids.documents} />

      <section className="panel" aria-labelledby={ids.vote}>
        <h2 id={ids.vote}>{t("decisions:detail.voteHeading")}</h2>
        <p>
          <strong className={`decision-outcome decision-outcome--${decision.outcome.toLowerCase()}`}>{t(`decisions:outcome.${decision.outcome}`)}</strong>
          {" — "}
          {t(`decisions:detail.majority.${decision.majority}`)}, <DateTime iso={decision.decidedAt} />
        </p>
        <p>{t("decisions:detail.tally", decision.tally)}</p>
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t("decisions:detail.ballotsCaption")}>
          <table className="data-table">
            <caption>{t("decisions:detail.ballotsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("decisions:detail.councillor")}</th>
                <th scope="col">{t("decisions:detail.choice")}</th>
              </tr>
            </thead>
            <tbody>
              {decision.ballots.map((b) => (
                <tr key={b.councillor.id}>
                  <th scope="row">
                    {b.councillor.fullName}
                    {b.councillor.party ? ` (${b.councillor.party})` : ""}
                  </th>
                  <td>{t(`decisions:detail.choiceValue.${b.choice}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="panel" aria-labelledby={ids.review}>
        <h2 id={ids.review}>{t("decisions:detail.reviewHeading")}</h2>
        <p>{t("decisions:detail.reviewHelp")}</p>
        <p>
          <ReviewText review={decision.review} />
        </p>
        {decision.review.note && (
          <p>
            {t("decisions:detail.reviewNote")}: {decision.review.note}
          </p>
        )}
      </section>

      {hasRole("SECRETARIAT") && <SecretariatForms decision={decision} />}
    </div>
  );
}

/** The voted item's documents from the meeting package: the draft act first. */
function DecisionDocuments({ decision, headingId }: { decision: Decision; headingId: string }) {
  const { t } = useTranslation();
  const { data, error, loading } = useQuery(DecisionDocumentsQuery, { variables: { sessionId: decision.sessionId } });
  const item = data?.session?.agenda.find((i) => i.id === decision.id) ?? null;
  const documents = [...(item?.documents ?? [])].sort((a, b) => Number(b.kind === "DRAFT_ACT") - Number(a.kind === "DRAFT_ACT"));
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("decisions:detail.documentsHeading")}</h2>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <p>{t("decisions:detail.documentsFailed")}</p>
      ) : documents.length === 0 ? (
        <p>{t("decisions:detail.documentsNone")}</p>
      ) : (
        <ul className="download-list">
          {documents.map((doc) => (
            <li key={doc.id}>
              {doc.url ? <a href={doc.url}>{doc.title}</a> : doc.title} — {t(`packages:kind.${doc.kind}`)} ({doc.fileName})
            </li>
          ))}
          {item?.packageUrl && (
            <li>
              <a href={item.packageUrl}>{t("decisions:detail.packageZip")}</a>
            </li>
          )}
        </ul>
      )}
      <p>
        <Link to={`/seanca/${decision.sessionId}`}>{t("decisions:detail.sessionLink")}</Link>
      </p>
    </section>
  );
}

const REVIEW_STATUSES: readonly ReviewStatus[] = ["NOT_SENT", "SENT", "UPHELD", "RETURNED", "CONTESTED", "ANNULLED"];
const AUTHORITIES: readonly ReviewAuthority[] = ["PREFECT", "MINISTRY"];

/** The secretariat's two records: the number and kind, and the state of the review. */
function SecretariatForms({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const ids = { heading: useId(), number: useId(), numberHint: useId(), kind: useId(), status: useId(), authority: useId(), date: useId(), note: useId() };
  const [number, setNumber] = useState(decision.number ? String(decision.number) : "");
  const [kind, setKind] = useState<DecisionKind>(decision.kind ?? "OTHER");
  const [status, setStatus] = useState<ReviewStatus>(decision.review.status === "NOT_SENT" ? "SENT" : decision.review.status);
  const [authority, setAuthority] = useState<ReviewAuthority>(decision.review.authority ?? "PREFECT");
  const [on, setOn] = useState(decision.review.on ?? "");
  const [note, setNote] = useState(decision.review.note ?? "");
  const [saved, setSaved] = useState<string | null>(null);
  const registering = useMutationAction();
  const reviewing = useMutationAction();
  const refetchQueries = ["Decision", "DecisionRegister"];
  const [registerDecision] = useMutation(RegisterDecisionMutation, { refetchQueries });
  const [setReview] = useMutation(SetDecisionReviewMutation, { refetchQueries });

  async function register(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const ok = await registering.run(() =>
      registerDecision({ variables: { input: { agendaItemId: decision.id, number: number ? Number(number) : null, kind, expectedVersion: decision.version } } }),
    );
    if (ok) setSaved("register");
  }
  async function review(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const ok = await reviewing.run(() =>
      setReview({ variables: { input: { agendaItemId: decision.id, status, authority, on: on || null, note: note || null, expectedVersion: decision.version } } }),
    );
    if (ok) setSaved("review");
  }

  return (
    <section className="panel decision-page__forms" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t("decisions:detail.secretariatHeading")}</h2>
      <form onSubmit={register}>
        <fieldset>
          <legend>{t("decisions:detail.registerLegend")}</legend>
          {decision.outcome === "PASSED" && (
            <div className="field">
              <label htmlFor={ids.number}>{t("decisions:detail.numberField")}</label>
              <input id={ids.number} type="number" min={1} value={number} onChange={(e) => setNumber(e.target.value)} aria-describedby={ids.numberHint} />
              <p className="field__hint" id={ids.numberHint}>
                {t("decisions:detail.numberHint")}
              </p>
            </div>
          )}
          <div className="field">
            <label htmlFor={ids.kind}>{t("decisions:detail.kind")}</label>
            <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as DecisionKind)}>
              {DECISION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`decisions:kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button--primary" disabled={registering.pending}>
            {t("decisions:detail.register")}
          </button>
          <ErrorMessage error={registering.error} />
          {saved === "register" && <p role="status">{t("decisions:detail.saved")}</p>}
        </fieldset>
      </form>
      {decision.number && (
        <form onSubmit={review}>
          <fieldset>
            <legend>{t("decisions:detail.reviewLegend")}</legend>
            <div className="field">
              <label htmlFor={ids.status}>{t("decisions:detail.status")}</label>
              <select id={ids.status} value={status} onChange={(e) => setStatus(e.target.value as ReviewStatus)}>
                {REVIEW_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`decisions:review.${s}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.authority}>{t("decisions:detail.authority")}</label>
              <select id={ids.authority} value={authority} onChange={(e) => setAuthority(e.target.value as ReviewAuthority)}>
                {AUTHORITIES.map((a) => (
                  <option key={a} value={a}>
                    {t(`decisions:review.authority.${a}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.date}>{t("decisions:detail.date")}</label>
              <input id={ids.date} type="date" value={on} onChange={(e) => setOn(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={ids.note}>{t("decisions:detail.note")}</label>
              <textarea id={ids.note} value={note} maxLength={2000} rows={2} onChange={(e) => setNote(e.target.value)} />
            </div>
            <button type="submit" className="button button--primary" disabled={reviewing.pending}>
              {t("decisions:detail.saveReview")}
            </button>
            <ErrorMessage error={reviewing.error} />
            {saved === "review" && <p role="status">{t("decisions:detail.saved")}</p>}
          </fieldset>
        </form>
      )}
    </section>
  );
}

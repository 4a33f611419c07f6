import { useMutation, useQuery } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { useAuth } from "../app/auth/AuthProvider";
import { useDocumentTitle } from "../app/useDocumentTitle";
import type { PetitionDetailFieldsFragment } from "../gql/graphql";
import { DateTime } from "../ui/DateTime";
import { ErrorMessage } from "../ui/ErrorMessage";
import { Loading } from "../ui/Loading";
import { QueryError } from "../ui/QueryError";
import { useMutationAction } from "../ui/useMutationAction";
import "./i18n";
import { nextMoves, tiranaNoonIso } from "./model";
import {
  AnswerPetitionMutation, HeldAgendaQuery, PetitionPageQuery, PetitionPersonalDataQuery, RecordPetitionDiscussionMutation,
  RejectPetitionMutation, ReviewPetitionMutation,
} from "./operations";
import { PetitionLateMarks, Petitioner, PetitionStatusBadge } from "./PetitionBits";
import "./petitions.css";

/**
 * `/peticionet/:id`: a petition's public page: its text, the deadlines and late marks, the lifecycle, the agenda
 * item where the council discussed it, and the answer or the reason for rejection. The secretariat also sees the
 * petitioner's contact data and the signature list, and moves the petition along its lifecycle from here.
 */
export function PetitionPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { data, loading, error, refetch } = useQuery(PetitionPageQuery, { variables: { id }, skip: !id });
  const p = data?.petition;
  useDocumentTitle(p?.title ?? t("petitions:page.title"));
  const { hasRole } = useAuth();

  if (loading && !data) return <Loading />;
  if (error && !data) return <QueryError error={error} onRetry={() => refetch()} />;
  if (!p) {
    return (
      <div className="petitions-page">
        <h1>{t("petitions:page.title")}</h1>
        <p className="empty-state">{t("petitions:page.missing")}</p>
        <p><Link to="/peticionet">{t("petitions:page.back")}</Link></p>
      </div>
    );
  }
  return (
    <div className="petitions-page">
      <p><Link to="/peticionet">{t("petitions:page.back")}</Link></p>
      <h1>{p.title}</h1>
      <p>
        <PetitionStatusBadge status={p.status} /> <PetitionLateMarks reviewLate={p.reviewLate} answerLate={p.answerLate} />
      </p>
      <dl className="petition-facts">
        <dt>{t("petitions:page.petitioner")}</dt><dd><Petitioner kind={p.petitionerKind} organisationName={p.organisationName} /></dd>
        {p.reference && <><dt>{t("petitions:page.reference")}</dt><dd>{p.reference}</dd></>}
        <dt>{t("petitions:page.channel")}</dt><dd>{t(`petitions:channel.${p.channel}`)}</dd>
        <dt>{t("petitions:page.signatures")}</dt><dd>{p.signaturesCount.toLocaleString("sq-AL")}</dd>
        <dt>{t("petitions:page.received")}</dt><dd><DateTime iso={p.receivedAt} /></dd>
        <dt>{t("petitions:page.reviewDue")}</dt><dd><DateTime iso={p.reviewDueAt} />{p.reviewLate && <> · {t("petitions:late.review")}</>}</dd>
        {p.answerDueAt && <><dt>{t("petitions:page.answerDue")}</dt><dd><DateTime iso={p.answerDueAt} />{p.answerLate && <> · {t("petitions:late.answer")}</>}</dd></>}
      </dl>

      <section aria-labelledby="petition-text">
        <h2 id="petition-text">{t("petitions:page.text")}</h2>
        <p className="petition-text">{p.text}</p>
      </section>

      {p.agendaItem && (
        <section aria-labelledby="petition-discussion">
          <h2 id="petition-discussion">{t("petitions:page.discussion")}</h2>
          <p>
            {t("petitions:page.discussedAt")} <Link to={`/seanca/${p.agendaItem.sessionId}`}>{p.agendaItem.sessionTitle}</Link>
            {p.discussedAt && <> (<DateTime iso={p.discussedAt} />)</>}, {t("petitions:page.item", { position: p.agendaItem.position })}: {p.agendaItem.title}
          </p>
        </section>
      )}
      {p.answerSummary && (
        <section aria-labelledby="petition-answer" className="petition-outcome">
          <h2 id="petition-answer">{t("petitions:page.answer")}</h2>
          {p.answeredAt && <p className="muted"><DateTime iso={p.answeredAt} /></p>}
          <p className="petition-text">{p.answerSummary}</p>
        </section>
      )}
      {p.rejectReason && (
        <section aria-labelledby="petition-rejection" className="petition-outcome petition-outcome--rejected">
          <h2 id="petition-rejection">{t("petitions:page.rejection")}</h2>
          {p.rejectedAt && <p className="muted"><DateTime iso={p.rejectedAt} /></p>}
          <p className="petition-text">{p.rejectReason}</p>
        </section>
      )}

      <section aria-labelledby="petition-history">
        <h2 id="petition-history">{t("petitions:page.history")}</h2>
        <ol className="petition-history">
          {p.history.map((step) => (
            <li key={`${step.status}-${step.at}`}>
              <DateTime iso={step.at} /> — {t(`petitions:status.${step.status}`, { defaultValue: step.status })}
            </li>
          ))}
        </ol>
      </section>

      {hasRole("SECRETARIAT") && <SecretariatPanel petition={p} />}
    </div>
  );
}

/** The secretariat's part: the personal data (never public) and the lifecycle's next moves. */
function SecretariatPanel({ petition: p }: { petition: PetitionDetailFieldsFragment }) {
  const { t } = useTranslation();
  const personal = useQuery(PetitionPersonalDataQuery, { variables: { id: p.id } });
  const d = personal.data?.petitionPersonalData;
  const moves = nextMoves(p.status);
  return (
    <section className="panel petition-secretariat" aria-labelledby="petition-secretariat">
      <h2 id="petition-secretariat">{t("petitions:manage.heading")}</h2>
      <h3>{t("petitions:manage.personal")}</h3>
      <p className="muted">{t("petitions:manage.personalHelp")}</p>
      {personal.loading && !d ? <Loading /> : personal.error && !d ? <QueryError error={personal.error} onRetry={() => personal.refetch()} /> : d && (
        d.erasedAt ? <p>{t("petitions:manage.erased")} <DateTime iso={d.erasedAt} /></p> : (
          <dl className="petition-facts">
            <dt>{t("petitions:manage.name")}</dt><dd>{d.petitionerName ?? "—"}</dd>
            <dt>{t("petitions:manage.email")}</dt><dd>{d.contactEmail ?? "—"}</dd>
            <dt>{t("petitions:manage.phone")}</dt><dd>{d.contactPhone ?? "—"}</dd>
            <dt>{t("petitions:manage.signatureList")}</dt><dd className="petition-text" data-testid="signature-list">{d.signatureList ?? "—"}</dd>
          </dl>
        )
      )}
      <h3>{t("petitions:manage.lifecycle")}</h3>
      {moves.length === 0 ? <p>{t("petitions:manage.closed")}</p> : (
        <div className="petition-moves">
          {moves.includes("review") && <ReviewButton petition={p} />}
          {moves.includes("discuss") && <DiscussionForm petition={p} />}
          {moves.includes("answer") && <AnswerForm petition={p} />}
          {moves.includes("reject") && <RejectForm petition={p} />}
        </div>
      )}
    </section>
  );
}

function ReviewButton({ petition: p }: { petition: PetitionDetailFieldsFragment }) {
  const { t } = useTranslation();
  const [review] = useMutation(ReviewPetitionMutation);
  const action = useMutationAction();
  return (
    <div className="button-row">
      <button type="button" className="button button--primary" disabled={action.pending}
        onClick={() => action.run(() => review({ variables: { id: p.id, expectedVersion: p.version } }))}>
        {t("petitions:manage.review")}
      </button>
      <ErrorMessage error={action.error} />
    </div>
  );
}

function DiscussionForm({ petition: p }: { petition: PetitionDetailFieldsFragment }) {
  const { t } = useTranslation();
  const sessions = useQuery(HeldAgendaQuery);
  const [record] = useMutation(RecordPetitionDiscussionMutation);
  const action = useMutationAction();
  const [itemId, setItemId] = useState("");
  const selectId = useId();
  const held = (sessions.data?.sessions ?? [])
    .filter((s) => s.status !== "SCHEDULED" && new Date(s.startedAt ?? s.scheduledAt) >= new Date(p.receivedAt))
    .sort((a, b) => b.scheduledAt.localeCompare(a.scheduledAt));
  function send(e: FormEvent) {
    e.preventDefault();
    void action.run(() => record({ variables: { input: { petitionId: p.id, agendaItemId: itemId, expectedVersion: p.version } } }));
  }
  return (
    <form className="petition-form" onSubmit={send} aria-label={t("petitions:manage.discuss")}>
      {sessions.loading && !sessions.data ? <Loading /> : sessions.error && !sessions.data ? <QueryError error={sessions.error} onRetry={() => sessions.refetch()} /> : held.length === 0 ? (
        <p className="empty-state">{t("petitions:manage.noSessions")}</p>
      ) : (
        <div className="field">
          <label htmlFor={selectId}>{t("petitions:manage.agendaItem")}</label>
          <select id={selectId} required value={itemId} onChange={(e) => setItemId(e.target.value)}>
          <option value="">{t("petitions:manage.chooseItem")}</option>
          {held.map((s) => (
            <optgroup key={s.id} label={s.title}>
              {s.agenda.map((item) => <option key={item.id} value={item.id}>{item.position}. {item.title}</option>)}
            </optgroup>
          ))}
          </select>
        </div>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={action.pending || !itemId}>{t("petitions:manage.discuss")}</button>
      </div>
      <ErrorMessage error={action.error} />
    </form>
  );
}

function AnswerForm({ petition: p }: { petition: PetitionDetailFieldsFragment }) {
  const { t } = useTranslation();
  const [answer] = useMutation(AnswerPetitionMutation);
  const action = useMutationAction();
  const [summary, setSummary] = useState("");
  const [day, setDay] = useState("");
  function send(e: FormEvent) {
    e.preventDefault();
    void action.run(() => answer({ variables: { input: { petitionId: p.id, summary, answeredAt: day ? tiranaNoonIso(day) : null, expectedVersion: p.version } } }));
  }
  return (
    <form className="petition-form" onSubmit={send} aria-label={t("petitions:manage.answer")}>
      <label className="field">
        <span>{t("petitions:manage.summary")}</span>
        <textarea name="summary" required rows={4} maxLength={5000} value={summary} onChange={(e) => setSummary(e.target.value)} />
      </label>
      <label className="field">
        <span>{t("petitions:manage.answeredOn")}</span>
        <input type="date" name="answeredOn" value={day} onChange={(e) => setDay(e.target.value)} />
      </label>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={action.pending}>{t("petitions:manage.answer")}</button>
      </div>
      <ErrorMessage error={action.error} />
    </form>
  );
}

function RejectForm({ petition: p }: { petition: PetitionDetailFieldsFragment }) {
  const { t } = useTranslation();
  const [reject] = useMutation(RejectPetitionMutation);
  const action = useMutationAction();
  const [reason, setReason] = useState("");
  function send(e: FormEvent) {
    e.preventDefault();
    void action.run(() => reject({ variables: { input: { petitionId: p.id, reason, expectedVersion: p.version } } }));
  }
  return (
    <form className="petition-form" onSubmit={send} aria-label={t("petitions:manage.reject")}>
      <label className="field">
        <span>{t("petitions:manage.reason")}</span>
        <textarea name="reason" required rows={3} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <div className="button-row">
        <button type="submit" className="button" disabled={action.pending}>{t("petitions:manage.reject")}</button>
      </div>
      <ErrorMessage error={action.error} />
    </form>
  );
}

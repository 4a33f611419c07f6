import { useMutation, useQuery } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { useAuth } from "../app/auth/AuthProvider";
import { useDocumentTitle } from "../app/useDocumentTitle";
import type { Gender } from "../gql/graphql";
import { DateTime } from "../ui/DateTime";
import { ErrorMessage } from "../ui/ErrorMessage";
import { Loading } from "../ui/Loading";
import { ReceiptCard, usePublicForm } from "../ui/PublicForm";
import { QueryError } from "../ui/QueryError";
import { useMutationAction } from "../ui/useMutationAction";
import "./i18n";
import { COMMENT_MAX } from "./model";
import { DraftPageQuery, PublishConsultationReportMutation, SubmitDraftCommentMutation } from "./operations";
import { ReportSection } from "./ReportSection";
import "./comments.css";

/**
 * `/projektvendime/:itemId`: a draft decision published for comment. While it is open, the comment form (no
 * account: the public form's ticket and honeypot; the receipt shown once); always the published comments with
 * their answers and the consultation report. The secretariat publishes the report from here.
 */
export function DraftPage() {
  const { t } = useTranslation();
  const { itemId = "" } = useParams();
  const { data, loading, error, refetch } = useQuery(DraftPageQuery, { variables: { id: itemId }, skip: !itemId });
  const draft = data?.draftForComment;
  useDocumentTitle(draft?.title ?? t("comments:draft.title"));
  const { hasRole } = useAuth();
  const [publishReport] = useMutation(PublishConsultationReportMutation);
  const reportAction = useMutationAction();

  if (loading && !data) return <Loading />;
  if (error && !data) return <QueryError error={error} onRetry={() => refetch()} />;
  if (!draft) {
    return (
      <div className="comments-page">
        <h1>{t("comments:draft.title")}</h1>
        <p className="comments-empty">{t("comments:draft.missing")}</p>
        <p><Link to="/projektvendime">{t("comments:draft.back")}</Link></p>
      </div>
    );
  }
  const comments = data?.draftComments ?? [];
  const report = data?.consultationReport ?? null;
  return (
    <div className="comments-page">
      <p><Link to="/projektvendime">{t("comments:draft.back")}</Link></p>
      <h1>{draft.title}</h1>
      <p className="muted">
        {draft.sessionTitle} · <Link to={`/seanca/${draft.sessionId}`}><DateTime iso={draft.scheduledAt} /></Link>
      </p>
      {draft.description && <p className="draft-description">{draft.description}</p>}
      <dl className="draft-facts">
        <dt>{t("comments:draft.publishedAt")}</dt><dd><DateTime iso={draft.draftPublishedAt} /></dd>
        <dt>{draft.open ? t("comments:draft.closesAt") : t("comments:draft.closedAt")}</dt><dd><DateTime iso={draft.commentsCloseAt} /></dd>
        <dt>{t("comments:draft.period")}</dt><dd>{t("comments:draft.workingDays", { count: draft.commentPeriodWorkingDays })}</dd>
      </dl>
      {draft.open ? <CommentForm itemId={draft.agendaItemId} /> : <p className="comments-closed" role="note">{t("comments:draft.closed")}</p>}

      <section aria-labelledby="published-comments">
        <h2 id="published-comments">{t("comments:comments.title", { count: comments.length })}</h2>
        {comments.length === 0 ? (
          <p className="comments-empty">{t("comments:comments.empty")}</p>
        ) : (
          <ol className="comment-list">
            {comments.map((c) => (
              <li key={c.id} className="comment">
                <p className="comment__meta">
                  <strong>{c.authorName}</strong> · <DateTime iso={c.receivedAt} />
                  {c.channel === "PAPER" && <> · {t("comments:comments.paper")}</>}
                </p>
                <p className="comment__text">{c.text}</p>
                {c.answer ? (
                  <div className={`comment__answer comment__answer--${c.answer.outcome.toLowerCase()}`}>
                    <p><strong>{t("comments:comments.answer")}: {t(`comments:outcome.${c.answer.outcome}`)}</strong> · <DateTime iso={c.answer.answeredAt} /></p>
                    <p className="comment__text">{c.answer.reason}</p>
                  </div>
                ) : (
                  <p className="muted">{t("comments:comments.noAnswer")}</p>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      {report && <ReportSection report={report} />}
      {report && hasRole("SECRETARIAT") && !report.reportPublished && (
        <div className="button-row">
          <button type="button" className="button" disabled={reportAction.pending}
            onClick={() => reportAction.run(async () => { await publishReport({ variables: { id: draft.agendaItemId } }); await refetch(); })}>
            {t("comments:report.publish")}
          </button>
          <ErrorMessage error={reportAction.error} />
        </div>
      )}
    </div>
  );
}

const GENDERS: readonly Gender[] = ["FEMALE", "MALE", "OTHER", "UNDISCLOSED"];

function CommentForm({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const { proof, honeypot } = usePublicForm();
  const [submit] = useMutation(SubmitDraftCommentMutation);
  const action = useMutationAction();
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [gender, setGender] = useState<Gender | "">("");
  const [vulnerable, setVulnerable] = useState(false);
  const [text, setText] = useState("");
  const [receipt, setReceipt] = useState<{ reference: string; code: string } | null>(null);

  async function send(e: FormEvent) {
    e.preventDefault();
    await action.run(async () => {
      const r = await submit({
        variables: {
          input: { agendaItemId: itemId, authorName: name, email: email || null, gender: gender || null, vulnerableGroup: vulnerable ? true : null, text },
          proof: await proof(),
        },
      });
      if (r.data) {
        setReceipt(r.data.submitDraftComment.receipt);
        setText("");
      }
    });
  }

  if (receipt) {
    return (
      <section aria-labelledby="comment-sent" className="comment-form">
        <h2 id="comment-sent">{t("comments:form.sentTitle")}</h2>
        <p role="status">{t("comments:form.sent")}</p>
        <ReceiptCard receipt={receipt} />
        <button type="button" className="button" onClick={() => setReceipt(null)}>{t("comments:form.another")}</button>
      </section>
    );
  }
  return (
    <form className="comment-form" onSubmit={send} aria-labelledby="comment-form-title" noValidate={false}>
      <h2 id="comment-form-title">{t("comments:form.title")}</h2>
      <p className="muted">{t("comments:form.privacy")}</p>
      {honeypot}
      <label className="field">
        <span>{t("comments:form.name")}</span>
        <input type="text" name="name" autoComplete="name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <div className="field">
        <label htmlFor="comment-text">{t("comments:form.text")}</label>
        <textarea id="comment-text" name="text" required rows={6} maxLength={COMMENT_MAX} value={text} onChange={(e) => setText(e.target.value)} aria-describedby="comment-count" />
        <span id="comment-count" className="muted">{t("comments:form.count", { count: text.length, max: COMMENT_MAX })}</span>
      </div>
      <div className="field">
        <label htmlFor="comment-email">{t("comments:form.email")}</label>
        <input id="comment-email" type="email" name="email" autoComplete="email" inputMode="email" maxLength={254} value={email} onChange={(e) => setEmail(e.target.value)} aria-describedby="email-help" />
        <span id="email-help" className="muted">{t("comments:form.emailHelp")}</span>
      </div>
      <label className="field">
        <span>{t("comments:form.gender")}</span>
        <select name="gender" value={gender} onChange={(e) => setGender(e.target.value as Gender | "")}>
          <option value="">{t("comments:form.genderNone")}</option>
          {GENDERS.map((g) => <option key={g} value={g}>{t(`comments:gender.${g}`)}</option>)}
        </select>
      </label>
      <label className="field field--check">
        <input type="checkbox" name="vulnerable" checked={vulnerable} onChange={(e) => setVulnerable(e.target.checked)} />
        <span>{t("comments:form.vulnerable")}</span>
      </label>
      <p className="muted">{t("comments:form.statsOnly")}</p>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={action.pending}>
          {action.pending ? t("comments:form.sending") : t("comments:form.send")}
        </button>
      </div>
      <ErrorMessage error={action.error} />
    </form>
  );
}

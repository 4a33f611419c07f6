import { useMutation, useQuery } from "@apollo/client/react";
import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useDocumentTitle } from "../app/useDocumentTitle";
import type { CommentOutcome, CommentRejectReason } from "../gql/graphql";
import { DateTime } from "../ui/DateTime";
import { ErrorMessage } from "../ui/ErrorMessage";
import { Loading } from "../ui/Loading";
import { QueryError } from "../ui/QueryError";
import { useMutationAction } from "../ui/useMutationAction";
import "./i18n";
import { isTypingTarget, movedIndex, queueKeyAction } from "./model";
import { AnswerDraftCommentMutation, ModerationQueueQuery, PublishDraftCommentMutation, RejectDraftCommentMutation } from "./operations";
import { PaperCommentForm } from "./PaperCommentForm";
import "./comments.css";

const REASONS: readonly CommentRejectReason[] = ["OFFENSIVE", "PERSONAL_DATA", "OFF_TOPIC", "DUPLICATE"];
const OUTCOMES: readonly CommentOutcome[] = ["ACCEPTED", "PARTLY_ACCEPTED", "NOT_ACCEPTED"];
type Mode = "browse" | "reject" | "answer";

/**
 * `/projektvendime/moderimi` (SECRETARIAT): the moderation queue, cleared with the keyboard. Pending comments
 * first, then published ones waiting for an answer, oldest first. j/k (or the arrows) move between comments,
 * p publishes, r rejects (a reason to choose), a answers (outcome and reason); Escape closes a form. The comment
 * in hand holds the focus (one tab stop for the list), and every action is also a button.
 */
export function ModerationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("comments:queue.title"));
  const { data, loading, error, refetch } = useQuery(ModerationQueueQuery, { fetchPolicy: "cache-and-network" });
  const [publish] = useMutation(PublishDraftCommentMutation);
  const [reject] = useMutation(RejectDraftCommentMutation);
  const [answer] = useMutation(AnswerDraftCommentMutation);
  const action = useMutationAction();
  const [wantedIndex, setIndex] = useState(0);
  const [mode, setMode] = useState<Mode>("browse");
  const [reason, setReason] = useState<CommentRejectReason>("OFF_TOPIC");
  const [outcome, setOutcome] = useState<CommentOutcome>("ACCEPTED");
  const [answerText, setAnswerText] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const items = useMemo(() => data?.commentModerationQueue ?? [], [data]);
  const refs = useRef<(HTMLElement | null)[]>([]);
  // Bumped once the queue is read again after an action: the comment now in hand takes the focus (the one acted
  // on may have left the list, taking the focus with it).
  const [focusTick, setFocusTick] = useState(0);
  // The comment in hand: the one asked for, or the last when the list got shorter (answered, rejected).
  const index = Math.min(wantedIndex, Math.max(0, items.length - 1));
  const current = items[index];

  useEffect(() => {
    if (focusTick > 0) refs.current[index]?.focus();
    // Only after an action: moving with the keys focuses by itself (focusAt).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusTick]);

  function focusAt(i: number) {
    setIndex(i);
    refs.current[i]?.focus();
  }

  async function done(message: string) {
    refs.current[index]?.focus(); // out of the form before it closes, so the focus never falls to the page
    setMode("browse");
    setAnswerText("");
    await refetch();
    setAnnouncement(message);
    setFocusTick((n) => n + 1);
  }

  async function doPublish(c = current) {
    if (!c || c.status !== "PENDING") return;
    await action.run(async () => {
      await publish({ variables: { id: c.id, expectedVersion: c.version } });
      await done(t("comments:queue.publishedNote", { name: c.authorName }));
    });
  }

  async function doReject(e?: FormEvent) {
    e?.preventDefault();
    if (!current) return;
    const c = current;
    await action.run(async () => {
      await reject({ variables: { id: c.id, reason, expectedVersion: c.version } });
      await done(t("comments:queue.rejectedNote", { name: c.authorName, reason: t(`comments:reason.${reason}`) }));
    });
  }

  async function doAnswer(e: FormEvent) {
    e.preventDefault();
    if (!current) return;
    const c = current;
    await action.run(async () => {
      await answer({ variables: { id: c.id, outcome, reason: answerText, expectedVersion: c.version } });
      await done(t("comments:queue.answeredNote", { name: c.authorName }));
    });
  }

  function open(next: Mode) {
    if (!current) return;
    if (next === "reject" && current.status !== "PENDING") return;
    if (next === "answer" && current.status !== "PUBLISHED") return;
    action.clearError();
    setMode(next);
  }

  function onKeyDown(e: KeyboardEvent<HTMLElement>) {
    if (e.key === "Escape" && mode !== "browse") {
      e.preventDefault();
      setMode("browse");
      refs.current[index]?.focus();
      return;
    }
    if (isTypingTarget(e.target) || mode !== "browse") return;
    const a = queueKeyAction(e);
    if (!a) return;
    e.preventDefault();
    if (a === "publish") void doPublish();
    else if (a === "reject") open("reject");
    else if (a === "answer") open("answer");
    else focusAt(movedIndex(index, a, items.length));
  }

  return (
    <div className="comments-page">
      <h1>{t("comments:queue.title")}</h1>
      <p>{t("comments:queue.intro")} <Link to="/projektvendime">{t("comments:queue.drafts")}</Link></p>
      <PaperCommentForm onRecorded={() => void refetch()} />
      <section aria-labelledby="shortcuts-title" className="shortcuts">
        <h2 id="shortcuts-title">{t("comments:queue.shortcuts")}</h2>
        <dl>
          <div><dt><kbd>j</kbd> / <kbd>↓</kbd></dt><dd>{t("comments:queue.keyNext")}</dd></div>
          <div><dt><kbd>k</kbd> / <kbd>↑</kbd></dt><dd>{t("comments:queue.keyPrevious")}</dd></div>
          <div><dt><kbd>p</kbd></dt><dd>{t("comments:queue.keyPublish")}</dd></div>
          <div><dt><kbd>r</kbd></dt><dd>{t("comments:queue.keyReject")}</dd></div>
          <div><dt><kbd>a</kbd></dt><dd>{t("comments:queue.keyAnswer")}</dd></div>
          <div><dt><kbd>Esc</kbd></dt><dd>{t("comments:queue.keyEscape")}</dd></div>
        </dl>
      </section>
      <p role="status" aria-live="polite" className="queue-announcement">{announcement}</p>
      <ErrorMessage error={action.error} />
      {error && items.length === 0 ? (
        <QueryError error={error} onRetry={() => refetch()} />
      ) : loading && !data ? (
        <Loading />
      ) : items.length === 0 ? (
        <p className="comments-empty">{t("comments:queue.empty")}</p>
      ) : (
        <ul className="queue" aria-label={t("comments:queue.listLabel", { count: items.length })} onKeyDown={onKeyDown}>
          {items.map((c, i) => {
            const here = c.id === current?.id;
            const titleId = `queue-item-${c.id}`;
            return (
              <li key={c.id}>
                <article
                  ref={(el) => { refs.current[i] = el; }}
                  tabIndex={here ? 0 : -1}
                  className={here ? "queue-item queue-item--current" : "queue-item"}
                  aria-labelledby={titleId}
                  aria-describedby={`${titleId}-text`}
                  onFocus={(e) => { if (e.target === e.currentTarget) setIndex(i); }}
                >
                  <h2 id={titleId} className="queue-item__title">
                    <span className={`queue-status queue-status--${c.status.toLowerCase()}`}>
                      {c.status === "PENDING" ? t("comments:queue.pending") : t("comments:queue.toAnswer")}
                    </span>{" "}
                    {t("comments:queue.itemHeading", { position: i + 1, count: items.length, name: c.authorName })}
                  </h2>
                  <p className="muted">
                    {c.itemTitle} · <DateTime iso={c.receivedAt} /> · {c.channel === "PAPER" ? t("comments:comments.paper") : t("comments:queue.online")}
                    {c.reference && <> · {c.reference}</>}
                  </p>
                  <p className="muted">
                    {c.email ?? t("comments:queue.noEmail")}
                    {c.gender && <> · {t(`comments:gender.${c.gender}`)}</>}
                    {c.vulnerableGroup && <> · {t("comments:queue.vulnerable")}</>}
                  </p>
                  <p id={`${titleId}-text`} className="comment__text">{c.text}</p>
                  {here && mode === "reject" ? (
                    <form className="queue-form" onSubmit={doReject}>
                      <label className="field">
                        <span>{t("comments:queue.reason")}</span>
                        <select autoFocus value={reason} onChange={(e) => setReason(e.target.value as CommentRejectReason)}>
                          {REASONS.map((r) => <option key={r} value={r}>{t(`comments:reason.${r}`)}</option>)}
                        </select>
                      </label>
                      <div className="button-row">
                        <button type="submit" className="button button--primary" disabled={action.pending}>{t("comments:queue.confirmReject")}</button>
                        <button type="button" className="button" onClick={() => setMode("browse")}>{t("comments:queue.cancel")}</button>
                      </div>
                    </form>
                  ) : here && mode === "answer" ? (
                    <form className="queue-form" onSubmit={doAnswer}>
                      <label className="field">
                        <span>{t("comments:queue.outcome")}</span>
                        <select autoFocus value={outcome} onChange={(e) => setOutcome(e.target.value as CommentOutcome)}>
                          {OUTCOMES.map((o) => <option key={o} value={o}>{t(`comments:outcome.${o}`)}</option>)}
                        </select>
                      </label>
                      <label className="field">
                        <span>{t("comments:queue.answerReason")}</span>
                        <textarea required rows={4} maxLength={4000} value={answerText} onChange={(e) => setAnswerText(e.target.value)} />
                      </label>
                      <div className="button-row">
                        <button type="submit" className="button button--primary" disabled={action.pending}>{t("comments:queue.confirmAnswer")}</button>
                        <button type="button" className="button" onClick={() => setMode("browse")}>{t("comments:queue.cancel")}</button>
                      </div>
                    </form>
                  ) : (
                    <div className="button-row">
                      {c.status === "PENDING" ? (
                        <>
                          <button type="button" className="button button--primary" aria-keyshortcuts="p" tabIndex={here ? 0 : -1} disabled={action.pending}
                            onClick={() => { setIndex(i); void doPublish(c); }}>
                            {t("comments:queue.publish")} <kbd>p</kbd>
                          </button>
                          <button type="button" className="button" aria-keyshortcuts="r" tabIndex={here ? 0 : -1} onClick={() => { setIndex(i); setMode("reject"); }}>
                            {t("comments:queue.reject")} <kbd>r</kbd>
                          </button>
                        </>
                      ) : (
                        <button type="button" className="button button--primary" aria-keyshortcuts="a" tabIndex={here ? 0 : -1} onClick={() => { setIndex(i); setMode("answer"); }}>
                          {t("comments:queue.answer")} <kbd>a</kbd>
                        </button>
                      )}
                    </div>
                  )}
                </article>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

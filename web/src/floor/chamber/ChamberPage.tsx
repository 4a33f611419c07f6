import { useQuery } from "@apollo/client/react";
import { useCallback, useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../../app/useDocumentTitle";
import type { Session, Vote } from "../../sessions/model";
import { LiveSessionQuery, SessionByIdQuery } from "../../sessions/operations";
import { useSessionUpdates } from "../../sessions/useSessionUpdates";
import { VoteOutcomeMark } from "../../sessions/VoteOutcome";
import { VoteTally } from "../../sessions/VoteTally";
import { DateTime } from "../../ui/DateTime";
import "../i18n";
import { SpeechTimer } from "../SpeechTimer";
import { boardGrid, chamberMode, isSitting, majorityThreshold, nextInQueue, seatBoard, SEAT_MARKS, speakerOn, TALLY_MARKS, timeOfDay } from "./chamber";
import "./chamber.css";
import { useFreshness, useFullscreen, useLanguageFromOtherTabs, useWakeLock } from "./screen";

/** How often `/salla` asks which session is live, to follow when another one starts. */
const LIVE_POLL_MS = 30_000;

/**
 * The chamber display [ekrani i sallës]: `/salla` (the live session) and
 * `/salla/:sessionId`, full screen without the site's frame, for the hall's
 * projector or TV, left on all day. Sizes follow the screen's height, so a
 * 1080p projector and a 4K TV show the same picture.
 */
export function ChamberPage({ sessionId }: { sessionId: string | null }) {
  const { i18n } = useTranslation();
  useWakeLock();
  const changeLanguage = useCallback((lng: string) => i18n.changeLanguage(lng), [i18n]);
  useLanguageFromOtherTabs(changeLanguage);
  return sessionId ? <ChamberForSession key={sessionId} sessionId={sessionId} /> : <ChamberLive />;
}

function ChamberLive() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(LiveSessionQuery, { pollInterval: LIVE_POLL_MS });
  const session = data?.liveSession ?? null;
  useSessionUpdates(session?.id, refetch);
  const freshness = useFreshness(data);
  useDocumentTitle(session && isSitting(session.status) ? session.title : t("floor:chamber.documentTitle"));
  let content: ReactNode;
  if (!data) content = error ? <ChamberMessage role="alert">{t("floor:chamber.loadFailed")}</ChamberMessage> : <ChamberMessage role="status">{t("floor:chamber.loading")}</ChamberMessage>;
  else if (!session || !isSitting(session.status)) content = <NoSitting session={session} />;
  else content = <ChamberBoard session={session} />;
  return <ChamberFrame freshness={freshness}>{content}</ChamberFrame>;
}

function ChamberForSession({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(SessionByIdQuery, { variables: { id: sessionId } });
  const session = data?.session ?? null;
  useSessionUpdates(sessionId, refetch);
  const freshness = useFreshness(data);
  useDocumentTitle(session?.title ?? t("floor:chamber.documentTitle"));
  let content: ReactNode;
  if (!data) content = error ? <ChamberMessage role="alert">{t("floor:chamber.loadFailed")}</ChamberMessage> : <ChamberMessage role="status">{t("floor:chamber.loading")}</ChamberMessage>;
  else if (!session) content = <ChamberMessage role="alert">{t("floor:chamber.notFound")}</ChamberMessage>;
  else content = <ChamberBoard session={session} />;
  return <ChamberFrame freshness={freshness}>{content}</ChamberFrame>;
}

/** Every state's frame: the warning when the data may be old, and the full-screen button. */
function ChamberFrame({ freshness, children }: { freshness: ReturnType<typeof useFreshness>; children: ReactNode }) {
  const { t } = useTranslation();
  const fullscreen = useFullscreen();
  return (
    <div className="chamber">
      {freshness.stale && (
        <p className="chamber__stale" role="alert">
          <span aria-hidden="true">⚠ </span>
          {freshness.updatedAt !== null ? t("floor:chamber.stale", { time: timeOfDay(freshness.updatedAt) }) : t("floor:chamber.staleNoTime")}
        </p>
      )}
      {fullscreen.supported && !fullscreen.active && (
        <button type="button" className="chamber__fullscreen" onClick={fullscreen.enter}>
          {t("floor:chamber.fullScreen")}
        </button>
      )}
      <main className="chamber__body">{children}</main>
    </div>
  );
}

function ChamberMessage({ role, children }: { role: "status" | "alert"; children: ReactNode }) {
  return (
    <div className="chamber__calm">
      <p className="chamber__message" role={role}>
        {children}
      </p>
    </div>
  );
}

/** No sitting in the hall: the council's name, and the next session if one is scheduled. */
function NoSitting({ session }: { session: Session | null }) {
  const { t } = useTranslation();
  const next = session?.status === "SCHEDULED" ? session : null;
  return (
    <div className="chamber__calm">
      <p className="chamber__council">{session?.body.name ?? t("floor:chamber.council")}</p>
      <h1 className="chamber__calm-title">{t("floor:chamber.noSession")}</h1>
      {next ? (
        <div className="chamber__next">
          <h2 className="chamber__label">{t("floor:chamber.nextSession")}</h2>
          <p className="chamber__next-title">{next.title}</p>
          <p className="chamber__next-when">
            <DateTime iso={next.scheduledAt} style="full" />
          </p>
        </div>
      ) : (
        <p className="chamber__next-when">{t("floor:chamber.noNextSession")}</p>
      )}
    </div>
  );
}

/** One session on the wall: title and quorum, the current item, then the floor, the vote or its result. */
function ChamberBoard({ session }: { session: Session }) {
  const { t } = useTranslation();
  const { mode, item, vote } = chamberMode(session);
  return (
    <div className={`chamber__screen chamber__screen--${mode}`}>
      <header className="chamber__header">
        <div className="chamber__titles">
          <p className="chamber__council">{session.body.name}</p>
          <h1 className="chamber__title">{session.title}</h1>
        </div>
        <Quorum quorum={session.quorum} />
      </header>
      {session.status !== "IN_PROGRESS" && (
        <p className={`chamber__status chamber__status--${session.status.toLowerCase()}`} role="status">
          {t("floor:chamber.sessionStatus", { status: t(`sessionStatus.${session.status}`) })}
        </p>
      )}
      <section className="chamber__item" aria-label={item ? t("floor:chamber.item", { position: item.position }) : undefined}>
        {item ? (
          <>
            <span className="chamber__item-number">{t("floor:chamber.item", { position: item.position })}</span>
            <h2 className="chamber__item-title">{item.title}</h2>
          </>
        ) : (
          <p className="chamber__item-title chamber__muted">{t("floor:chamber.noItem")}</p>
        )}
      </section>
      {mode === "vote" && vote ? (
        <VoteBoard session={session} item={item} vote={vote} />
      ) : (
        <div className="chamber__main">
          {mode === "result" && vote && <ResultBanner vote={vote} />}
          {item && <Floor session={session} item={item} />}
        </div>
      )}
    </div>
  );
}

function Quorum({ quorum }: { quorum: Session["quorum"] }) {
  const { t } = useTranslation();
  return (
    <section className={`chamber__quorum ${quorum.reached ? "is-reached" : "is-missing"}`} aria-label={t("floor:chamber.quorum")} aria-live="polite">
      <p className="chamber__quorum-label">
        <span aria-hidden="true">{quorum.reached ? "✔ " : "✖ "}</span>
        {quorum.reached ? t("floor:chamber.quorumReached") : t("floor:chamber.quorumMissing")}
      </p>
      <p className="chamber__quorum-numbers">
        <span className="chamber__quorum-figure">{quorum.present}</span> {t("floor:chamber.present")}
        <span className="chamber__quorum-sep" aria-hidden="true"> / </span>
        <span className="chamber__quorum-figure">{quorum.required}</span> {t("floor:chamber.required")}
      </p>
    </section>
  );
}

type Item = NonNullable<ReturnType<typeof chamberMode>["item"]>;

/** Who speaks now, with the countdown, and the next five in the queue. */
function Floor({ session, item }: { session: Session; item: Item }) {
  const { t } = useTranslation();
  const speakerId = useId();
  const queueId = useId();
  const speaking = speakerOn(item, session.currentSpeaker);
  const { shown, more } = nextInQueue(item.speakers, 5);
  return (
    <div className="chamber__floor">
      <section className="chamber__speaker" aria-labelledby={speakerId} aria-live="polite">
        <h3 id={speakerId} className="chamber__label">{t("floor:chamber.speaker")}</h3>
        {speaking ? (
          <>
            <p className="chamber__speaker-name">{speaking.councillor.fullName}</p>
            <p className="chamber__speaker-meta">
              {speaking.councillor.party && <span className="chamber__party">{speaking.councillor.party}</span>}
              <span className={`chamber__kind chamber__kind--${speaking.kind.toLowerCase()}`}>{t(`floor:kind.${speaking.kind}`)}</span>
            </p>
            <SpeechTimer speaker={speaking} size="huge" />
          </>
        ) : (
          <p className="chamber__muted chamber__nobody">{t("floor:chamber.nobodySpeaking")}</p>
        )}
      </section>
      <section className="chamber__queue" aria-labelledby={queueId}>
        <h3 id={queueId} className="chamber__label">{t("floor:chamber.queue")}</h3>
        {shown.length === 0 ? (
          <p className="chamber__muted">{t("floor:chamber.queueEmpty")}</p>
        ) : (
          <ol className="chamber__queue-list">
            {shown.map((s, index) => (
              <li key={s.id} className="chamber__queue-row">
                <span className="chamber__queue-place" aria-hidden="true">{index + 1}</span>
                <span className="chamber__queue-text">
                  <span className="chamber__queue-who">
                    <span className="chamber__queue-name">{s.councillor.fullName}</span>
                    {s.councillor.party && <span className="chamber__party"> {s.councillor.party}</span>}
                  </span>
                  <span className={`chamber__kind chamber__kind--${s.kind.toLowerCase()}`}>{t(`floor:kind.${s.kind}`)}</span>
                </span>
              </li>
            ))}
          </ol>
        )}
        {more > 0 && <p className="chamber__more">{t("floor:chamber.queueMore", { count: more })}</p>}
      </section>
    </div>
  );
}

/** The board's area on a 16:9 screen, in its height's units (vh): 72vw wide, about 72vh high. */
const BOARD_AREA = { width: 128, height: 72 };
/** A seat's shape: wide enough for a name on two lines beside its mark. */
const SEAT_ASPECT = 3;

/** The open vote: the live tally, and every seat with its ballot (mark, word and colour). */
function VoteBoard({ session, item, vote }: { session: Session; item: Item | null; vote: Vote }) {
  const { t } = useTranslation();
  const boardId = useId();
  const seats = seatBoard(session, item, vote);
  const grid = boardGrid(seats.length, BOARD_AREA.width, BOARD_AREA.height, SEAT_ASPECT);
  return (
    <div className="chamber__vote">
      <section className="chamber__tally" aria-label={t("floor:chamber.voteOpen")}>
        <h3 className="chamber__vote-open">{t("floor:chamber.voteOpen")}</h3>
        <p className="chamber__rule">{t(`floor:chamber.rule.${vote.majority}`)}</p>
        <VoteTally tally={vote.tally} marks={TALLY_MARKS} />
        <p className="chamber__absent-note">
          <span className="seat__mark seat__mark--inline" aria-hidden="true">{SEAT_MARKS.ABSENT}</span> {t("floor:chamber.absentNote")}
        </p>
      </section>
      <section className="chamber__board" aria-labelledby={boardId}>
        <h3 id={boardId} className="visually-hidden">{t("floor:chamber.board")}</h3>
        <ul
          className="seat-board"
          data-seats={seats.length}
          style={{ gridTemplateColumns: `repeat(${grid.columns}, minmax(0, 1fr))`, gridTemplateRows: `repeat(${grid.rows}, minmax(0, 1fr))` }}
        >
          {seats.map((seat) => (
            <li key={seat.councillor.id} className={`seat seat--${seat.state.toLowerCase()}`} data-councillor={seat.councillor.id} data-state={seat.state}>
              <span className="seat__mark" aria-hidden="true">{SEAT_MARKS[seat.state]}</span>
              <span className="seat__name">{seat.councillor.fullName}</span>
              <span className="visually-hidden">: {t(`floor:chamber.seat.${seat.state}`)}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** The closed vote's result: PASSED or FAILED, the rule in words and the numbers it turned on. */
function ResultBanner({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  const threshold = majorityThreshold(vote.majority, vote.tally);
  return (
    <section className={`chamber__result chamber__result--${(vote.outcome ?? "none").toLowerCase()}`} aria-label={t("floor:chamber.result")}>
      <div className="chamber__result-head">
        {vote.outcome && <VoteOutcomeMark outcome={vote.outcome} />}
        <div className="chamber__result-words">
          <p className="chamber__rule">{t(`floor:chamber.rule.${vote.majority}`)}</p>
          <p className="chamber__needed">{t(`floor:chamber.needed.${threshold.basis}`, { needed: threshold.needed, base: threshold.base, for: vote.tally.for })}</p>
        </div>
      </div>
      <VoteTally tally={vote.tally} marks={TALLY_MARKS} />
    </section>
  );
}

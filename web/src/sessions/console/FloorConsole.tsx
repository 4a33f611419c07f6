import { useMutation } from "@apollo/client/react";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import "../../floor/i18n";
import { formatSeconds, waitingOf } from "../../floor/model";
import { EndSpeechMutation, RequestFloorMutation, StartSpeechMutation, WithdrawFloorRequestMutation } from "../../floor/operations";
import { SpeechTimer } from "../../floor/SpeechTimer";
import type { SpeechKind } from "../../gql/graphql";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { Heading } from "../../ui/Heading";
import { useMutationAction } from "../../ui/useMutationAction";
import { byName, currentItemOf, isRecused, type Session } from "../model";
import { SessionByIdQuery } from "../operations";
import { isTypingTarget, parseLimit } from "./consoleModel";

const KINDS: readonly SpeechKind[] = ["CONTRIBUTION", "REPLY", "POINT_OF_ORDER"];

type Speaker = Session["agenda"][number]["speakers"][number];

/**
 * The speakers list of the current item at the secretariat's desk: who has the
 * floor and their countdown, "Mbyll fjalën"; the queue in the server's order
 * with "Jep fjalën" and "Tërhiq" on each; "Tjetri" gives the floor to the first
 * waiting (the server ends the speech in progress); a request on a
 * councillor's behalf; the finished ones folded away. Keys N, E and A do the
 * same as the buttons, never while typing and never with a modifier.
 */
export function FloorConsole({ session }: { session: Session }) {
  const { t } = useTranslation();
  const headingId = useId();
  const limitId = useId();
  const limitHintId = useId();
  const addSelectRef = useRef<HTMLSelectElement>(null);
  const [limit, setLimit] = useState("");
  const [limitError, setLimitError] = useState(false);
  // The session is read again before the buttons come back: the next start needs its new version.
  const [startSpeech] = useMutation(StartSpeechMutation, { refetchQueries: [SessionByIdQuery], awaitRefetchQueries: true });
  const [endSpeech] = useMutation(EndSpeechMutation, { refetchQueries: [SessionByIdQuery], awaitRefetchQueries: true });
  const nextAction = useMutationAction();
  const endAction = useMutationAction();

  const item = currentItemOf(session);
  const speakers = item?.speakers ?? [];
  const speaking = speakers.find((s) => s.status === "SPEAKING") ?? null;
  const queue = waitingOf(speakers);
  const finished = speakers.filter((s) => s.status === "DONE" || s.status === "WITHDRAWN");
  const running = session.status === "IN_PROGRESS";

  /** Gives the floor, with the limit typed in the field if any; false when the field is not a time. */
  async function give(speaker: Speaker, action: ReturnType<typeof useMutationAction>) {
    const seconds = parseLimit(limit);
    if (seconds === undefined) {
      setLimitError(true);
      return;
    }
    setLimitError(false);
    const ok = await action.run(() =>
      startSpeech({
        variables: { speakerId: speaker.id, expectedVersion: session.version, ...(seconds !== null ? { allottedSeconds: seconds } : {}) },
      }),
    );
    if (ok) setLimit("");
  }

  const next = queue[0] ?? null;
  const canNext = running && next !== null && !nextAction.pending;
  const canEnd = speaking !== null && !endAction.pending;

  // The keyboard: the latest handlers, one listener.
  const keys = useRef<Record<string, () => void>>({});
  useEffect(() => {
    keys.current = {
      n: () => {
        if (canNext && next) void give(next, nextAction);
      },
      e: () => {
        if (canEnd && speaking) void endAction.run(() => endSpeech({ variables: { speakerId: speaking.id } }));
      },
      a: () => addSelectRef.current?.focus(),
    };
  });
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey || event.repeat || event.defaultPrevented) return;
      if (isTypingTarget(event.target)) return;
      const handler = keys.current[event.key.toLowerCase()];
      if (!handler) return;
      event.preventDefault();
      handler();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return (
    <section className="panel floor-console console-panel" aria-labelledby={headingId}>
      <div className="console-panel__head">
        <Heading id={headingId}>{t("floor:speakers.heading")}</Heading>
        {item && <span className="muted floor-console__item">{t("agenda.itemNumber", { position: item.position })}</span>}
      </div>
      {!item ? (
        <p className="muted">{t("floor:console.noItem")}</p>
      ) : (
        <>
          <div className="floor-console__top">
            <div className="floor-console__current" aria-live="polite">
              <Heading offset={1} className="floor-console__label">
                {t("floor:speakers.current")}
              </Heading>
              {speaking ? (
                <div className="floor-console__speaker">
                  <p className="floor-console__name">
                    <strong>{speaking.councillor.fullName}</strong>
                    {speaking.councillor.party && <span className="muted"> ({speaking.councillor.party})</span>}
                    <span className={`badge floor-kind floor-kind--${speaking.kind.toLowerCase()}`}>{t(`floor:kind.${speaking.kind}`)}</span>
                  </p>
                  <p className="floor-console__timer">
                    <SpeechTimer speaker={speaking} size="large" />
                    <span className="muted">{t("floor:console.limit", { time: formatSeconds(speaking.allottedSeconds) })}</span>
                  </p>
                </div>
              ) : (
                <p className="muted floor-console__nobody">{t("floor:speakers.nobodySpeaking")}</p>
              )}
            </div>
            <div className="button-row floor-console__main-actions">
              <button
                type="button"
                className="button button--primary"
                aria-keyshortcuts="N"
                disabled={!canNext}
                onClick={() => next && void give(next, nextAction)}
              >
                {t("floor:console.next")} <kbd aria-hidden="true">N</kbd>
              </button>
              <button
                type="button"
                className="button"
                aria-keyshortcuts="E"
                disabled={!canEnd}
                onClick={() => speaking && void endAction.run(() => endSpeech({ variables: { speakerId: speaking.id } }))}
              >
                {t("floor:console.end")} <kbd aria-hidden="true">E</kbd>
              </button>
            </div>
            <ErrorMessage error={nextAction.error ?? endAction.error} />
            <div className="floor-console__limit">
              <label htmlFor={limitId}>{t("floor:console.otherLimit")}</label>
              <input
                id={limitId}
                inputMode="numeric"
                size={6}
                value={limit}
                placeholder="3:00"
                aria-describedby={limitHintId}
                aria-invalid={limitError || undefined}
                onChange={(e) => {
                  setLimit(e.target.value);
                  setLimitError(false);
                }}
              />
              <span id={limitHintId} className={limitError ? "error-message" : "field__hint"} role={limitError ? "alert" : undefined}>
                {limitError ? t("floor:console.limitInvalid") : t("floor:console.limitHint")}
              </span>
            </div>
          </div>

          <div className="console-panel__body floor-console__scroll">
            <Heading offset={1} className="floor-console__label">
              {t("floor:console.queue", { n: queue.length })}
              {next && <span className="floor-console__next-hint"> · {t("floor:console.nextIs", { name: next.councillor.fullName })}</span>}
            </Heading>
            {queue.length === 0 ? (
              <p className="muted">{t("floor:speakers.none")}</p>
            ) : (
              <ol className="floor-console__queue">
                {queue.map((speaker, index) => (
                  <QueueRow key={speaker.id} speaker={speaker} place={index + 1} running={running} give={give} />
                ))}
              </ol>
            )}
            {finished.length > 0 && (
              <details className="floor-console__done">
                <summary>{t("floor:console.finished", { n: finished.length })}</summary>
                <ul>
                  {finished.map((speaker) => (
                    <li key={speaker.id}>
                      {speaker.councillor.fullName} · {t(`floor:kind.${speaker.kind}`)} · {t(`floor:status.${speaker.status}`)}
                      {speaker.status === "DONE" && <> · {t("floor:speakers.spoke", { time: formatSeconds(speaker.spokenSeconds) })}</>}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </div>

          {session.status !== "CLOSED" && <AddRequestForm session={session} itemId={item.id} selectRef={addSelectRef} />}
        </>
      )}
    </section>
  );
}

function QueueRow({
  speaker,
  place,
  running,
  give,
}: {
  speaker: Speaker;
  place: number;
  running: boolean;
  give: (speaker: Speaker, action: ReturnType<typeof useMutationAction>) => Promise<void>;
}) {
  const { t } = useTranslation();
  const giveAction = useMutationAction();
  const withdrawAction = useMutationAction();
  const [withdraw] = useMutation(WithdrawFloorRequestMutation, { refetchQueries: [SessionByIdQuery], awaitRefetchQueries: true });
  const name = speaker.councillor.fullName;
  return (
    <li className="floor-console__row">
      <span className="floor-console__place" aria-hidden="true">
        {place}.
      </span>
      <span className="floor-console__who">
        <strong>{name}</strong>
        {speaker.councillor.party && <span className="muted"> ({speaker.councillor.party})</span>}
        <span className="floor-console__meta">
          <span className={`badge floor-kind floor-kind--${speaker.kind.toLowerCase()}`}>{t(`floor:kind.${speaker.kind}`)}</span>{" "}
          <span className="muted">{formatSeconds(speaker.allottedSeconds)}</span>
        </span>
      </span>
      <span className="floor-console__row-actions">
        <button
          type="button"
          className="button button--small button--primary"
          aria-label={`${t("floor:console.give")}: ${name}`}
          disabled={!running || giveAction.pending}
          onClick={() => void give(speaker, giveAction)}
        >
          {t("floor:console.give")}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={`${t("floor:console.withdraw")}: ${name}`}
          disabled={withdrawAction.pending}
          onClick={() => void withdrawAction.run(() => withdraw({ variables: { speakerId: speaker.id } }))}
        >
          {t("floor:console.withdraw")}
        </button>
      </span>
      <ErrorMessage error={giveAction.error ?? withdrawAction.error} />
    </li>
  );
}

function AddRequestForm({ session, itemId, selectRef }: { session: Session; itemId: string; selectRef: React.RefObject<HTMLSelectElement | null> }) {
  const { t } = useTranslation();
  const ids = { heading: useId(), who: useId(), kind: useId() };
  const [councillorId, setCouncillorId] = useState("");
  const [kind, setKind] = useState<SpeechKind>("CONTRIBUTION");
  const action = useMutationAction();
  const [requestFloor] = useMutation(RequestFloorMutation, { refetchQueries: [SessionByIdQuery], awaitRefetchQueries: true });
  const item = currentItemOf(session);
  const onList = new Set((item?.speakers ?? []).filter((s) => s.status === "WAITING" || s.status === "SPEAKING").map((s) => s.councillor.id));
  const present = session.attendance
    .filter((row) => row.status === "PRESENT")
    .map((row) => row.councillor)
    .sort(byName);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!councillorId) return;
    const ok = await action.run(() => requestFloor({ variables: { input: { agendaItemId: itemId, kind, councillorId } } }));
    if (ok) {
      setCouncillorId("");
      setKind("CONTRIBUTION");
    }
  }

  return (
    <form className="form floor-console__add" onSubmit={submit} aria-labelledby={ids.heading}>
      <Heading offset={1} id={ids.heading} className="floor-console__label">
        {t("floor:console.addHeading")} <kbd aria-hidden="true">A</kbd>
      </Heading>
      {present.length === 0 ? (
        <p className="muted">{t("floor:console.nobodyPresent")}</p>
      ) : (
        <div className="floor-console__add-fields">
          <div className="field">
            <label htmlFor={ids.who}>{t("floor:console.councillor")}</label>
            <select id={ids.who} ref={selectRef} value={councillorId} onChange={(e) => setCouncillorId(e.target.value)} required aria-keyshortcuts="A">
              <option value="">{t("floor:console.choose")}</option>
              {present.map((c) => (
                <option key={c.id} value={c.id} disabled={onList.has(c.id)}>
                  {c.fullName}
                  {c.party ? ` (${c.party})` : ""}
                  {item && isRecused(item, c.id) ? ` — ${t("floor:console.recused")}` : ""}
                  {onList.has(c.id) ? ` — ${t("floor:console.onList")}` : ""}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.kind}>{t("floor:console.kind")}</label>
            <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as SpeechKind)}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`floor:kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button" disabled={action.pending || !councillorId}>
            {t("floor:console.add")}
          </button>
        </div>
      )}
      <ErrorMessage error={action.error} />
    </form>
  );
}

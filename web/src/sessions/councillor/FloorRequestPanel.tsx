import { useMutation } from "@apollo/client/react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import "../../floor/i18n";
import { formatSeconds, placeInQueue } from "../../floor/model";
import { RequestFloorMutation, WithdrawFloorRequestMutation } from "../../floor/operations";
import { SpeechTimer } from "../../floor/SpeechTimer";
import type { AttendanceStatus, SpeechKind } from "../../gql/graphql";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { Heading } from "../../ui/Heading";
import { useMutationAction } from "../../ui/useMutationAction";
import { currentItemOf, isRecused, type Session } from "../model";
import { LiveSessionQuery } from "../operations";
import "../floor-panels.css";

const KINDS: readonly SpeechKind[] = ["CONTRIBUTION", "REPLY", "POINT_OF_ORDER"];

type Refusal = "noItem" | "suspended" | "recused" | "notPresent";

/**
 * What keeps this councillor from asking for the floor now, as far as the
 * client can tell (the server decides, and its refusal is shown after the click
 * too): no item under discussion, the session suspended, recused on the item,
 * not recorded present (DOMAIN.md, "The floor").
 */
function refusalOf(session: Session, councillorId: string, myStatus: AttendanceStatus | null): Refusal | null {
  const item = currentItemOf(session);
  if (session.status === "SUSPENDED") return "suspended";
  if (!item || session.status !== "IN_PROGRESS") return "noItem";
  if (isRecused(item, councillorId)) return "recused";
  if (myStatus !== "PRESENT") return "notPresent";
  return null;
}

/**
 * The councillor's own floor on the current item, made for a phone: ask for
 * the floor (diskutim, replikë, çështje procedurale), see one's place in the
 * queue and withdraw, and, while speaking, one's own countdown. When asking is
 * not possible the button stays visible, disabled, with the reason in words.
 */
export function FloorRequestPanel({ session, councillorId, myStatus }: { session: Session; councillorId: string; myStatus: AttendanceStatus | null }) {
  const { t } = useTranslation();
  const headingId = useId();
  const reasonId = useId();
  const statusId = useId();
  const [kind, setKind] = useState<SpeechKind>("CONTRIBUTION");
  const action = useMutationAction();
  // The answer is one Speaker; the queue's order is the server's, so the session is read
  // again before the button comes back (the live feed brings the same, but may lag behind).
  const [requestFloor] = useMutation(RequestFloorMutation, { refetchQueries: [LiveSessionQuery], awaitRefetchQueries: true });
  const [withdrawFloorRequest] = useMutation(WithdrawFloorRequestMutation, { refetchQueries: [LiveSessionQuery], awaitRefetchQueries: true });

  const item = currentItemOf(session);
  const speakers = item?.speakers ?? [];
  const mine = speakers.find((s) => s.councillor.id === councillorId && (s.status === "SPEAKING" || s.status === "WAITING")) ?? null;
  const place = placeInQueue(speakers, councillorId);
  const other = speakers.find((s) => s.status === "SPEAKING" && s.councillor.id !== councillorId) ?? null;
  const refusal = refusalOf(session, councillorId, myStatus);

  function ask() {
    if (!item) return;
    void action.run(() => requestFloor({ variables: { input: { agendaItemId: item.id, kind } } }));
  }
  function withdraw(speakerId: string) {
    void action.run(() => withdrawFloorRequest({ variables: { speakerId } }));
  }

  let body;
  if (mine?.status === "SPEAKING") {
    body = (
      <div className="floor-request__speaking">
        <p className="floor-request__state" role="status">
          <strong>{t("floor:portal.speaking")}</strong>
        </p>
        <p className="muted">{t("floor:portal.allotted", { kind: t(`floor:kind.${mine.kind}`), time: formatSeconds(mine.allottedSeconds) })}</p>
        <SpeechTimer speaker={mine} size="large" />
      </div>
    );
  } else if (mine && place !== null) {
    body = (
      <div className="floor-request__waiting">
        <p id={statusId} className="floor-request__state" role="status">
          <strong>{place === 1 ? t("floor:portal.placeFirst") : t("floor:portal.place", { place })}</strong>
        </p>
        <p>{t("floor:portal.waitingFor", { kind: t(`floor:kind.${mine.kind}`) })}</p>
        <button
          type="button"
          className="button floor-request__button"
          aria-describedby={statusId}
          disabled={action.pending}
          onClick={() => withdraw(mine.id)}
        >
          {action.pending ? t("floor:portal.withdrawing") : t("floor:portal.withdraw")}
        </button>
      </div>
    );
  } else {
    body = (
      <form
        className="floor-request__form"
        onSubmit={(event) => {
          event.preventDefault();
          ask();
        }}
      >
        <fieldset className="floor-request__kinds" disabled={refusal !== null || action.pending}>
          <legend>{t("floor:portal.kindLegend")}</legend>
          {KINDS.map((k) => (
            <label key={k} className="floor-request__kind">
              <input type="radio" name={`${headingId}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} />
              <span>{t(`floor:kind.${k}`)}</span>
            </label>
          ))}
        </fieldset>
        {refusal && (
          <p id={reasonId} className="notice notice--warning floor-request__reason">
            {t(`floor:portal.${refusal}`)}
          </p>
        )}
        <button
          type="submit"
          className="button button--primary floor-request__button"
          disabled={refusal !== null || action.pending}
          aria-describedby={refusal ? reasonId : undefined}
        >
          {action.pending ? t("floor:portal.requesting") : t("floor:portal.request")}
        </button>
      </form>
    );
  }

  return (
    <section className="panel floor-request" aria-labelledby={headingId}>
      <Heading id={headingId}>{t("floor:portal.heading")}</Heading>
      {other && <p className="floor-request__other">{t("floor:portal.nowSpeaking", { name: other.councillor.fullName })}</p>}
      {body}
      <ErrorMessage error={action.error} />
    </section>
  );
}

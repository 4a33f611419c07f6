import { useId } from "react";
import { useTranslation } from "react-i18next";
import "../floor/i18n";
import { waitingOf } from "../floor/model";
import { SpeechTimer } from "../floor/SpeechTimer";
import { Heading } from "../ui/Heading";
import { currentItemOf, type Session } from "./model";
import "./floor-panels.css";

/**
 * The public picture of the floor on the current item: who speaks now (name,
 * party, kind, countdown on the server's clock) and who is next, in the order
 * they will speak. Large enough for the hall's projector, one column on a phone.
 */
export function FloorPanel({ session }: { session: Session }) {
  const { t } = useTranslation();
  const headingId = useId();
  const item = currentItemOf(session);
  const speakers = item?.speakers ?? [];
  const speaking = speakers.find((s) => s.status === "SPEAKING") ?? (session.currentSpeaker?.agendaItemId === item?.id ? session.currentSpeaker : null);
  const queue = waitingOf(speakers);
  return (
    <section className="panel floor-panel" aria-labelledby={headingId}>
      <Heading id={headingId}>{t("floor:dashboard.heading")}</Heading>
      {!item ? (
        <p className="muted">{t("floor:dashboard.noItem")}</p>
      ) : (
        <>
          <p className="floor-panel__item">
            {t("agenda.itemNumber", { position: item.position })}: {item.title}
          </p>
          <div className="floor-panel__speaker" aria-live="polite">
            <Heading offset={1} className="floor-panel__label">{t("floor:dashboard.speaker")}</Heading>
            {speaking ? (
              <div className="floor-panel__now">
                <p className="floor-panel__name">
                  {speaking.councillor.fullName}
                  {speaking.councillor.party && <span className="floor-panel__party"> ({speaking.councillor.party})</span>}
                </p>
                <p className="floor-panel__kind">{t(`floor:kind.${speaking.kind}`)}</p>
                <SpeechTimer speaker={speaking} size="large" />
              </div>
            ) : (
              <p className="muted">{t("floor:dashboard.nobodySpeaking")}</p>
            )}
          </div>
          <div className="floor-panel__queue">
            <Heading offset={1} className="floor-panel__label">
              {t("floor:dashboard.queue")}
              {queue.length > 0 && <span className="floor-panel__count"> · {t("floor:dashboard.queueCount", { count: queue.length })}</span>}
            </Heading>
            {queue.length === 0 ? (
              <p className="muted">{speaking ? t("floor:dashboard.emptyWhileSpeaking") : t("floor:dashboard.empty")}</p>
            ) : (
              <ol className="floor-queue">
                {queue.map((s) => (
                  <li key={s.id} className="floor-queue__row">
                    <span className="floor-queue__name">
                      {s.councillor.fullName}
                      {s.councillor.party && <span className="floor-panel__party"> ({s.councillor.party})</span>}
                    </span>
                    <span className={`badge floor-queue__kind floor-queue__kind--${s.kind.toLowerCase()}`}>{t(`floor:kind.${s.kind}`)}</span>
                  </li>
                ))}
              </ol>
            )}
          </div>
        </>
      )}
    </section>
  );
}

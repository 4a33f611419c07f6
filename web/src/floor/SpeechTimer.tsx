import { useTranslation } from "react-i18next";
import "./i18n";
import "./floor.css";
import { clockText, speechClock, type SpeakerLike } from "./model";
import { useServerNow } from "./serverClock";

/**
 * A speech's countdown on the server's clock: the time left, then, past the
 * limit, the overtime counting up in red with the word "overtime" (never colour
 * alone). `size` picks the chamber display's giant digits or a console's.
 */
export function SpeechTimer({ speaker, size = "normal" }: { speaker: SpeakerLike; size?: "normal" | "large" | "huge" }) {
  const { t } = useTranslation();
  const now = useServerNow(speaker.status === "SPEAKING");
  const clock = speechClock(speaker, now);
  const over = clock.overtime > 0;
  return (
    <span
      className={`speech-timer speech-timer--${size}${over ? " speech-timer--over" : ""}`}
      role="timer"
      aria-label={over ? t("floor:timer.overtimeLabel", { time: clockText(clock) }) : t("floor:timer.remainingLabel", { time: clockText(clock) })}
      data-remaining={clock.remaining}
      data-overtime={clock.overtime}
    >
      <span className="speech-timer__digits" aria-hidden="true">{clockText(clock)}</span>
      {over && <span className="speech-timer__over">{t("floor:timer.overtime")}</span>}
    </span>
  );
}

import { useTranslation } from "react-i18next";
import type { ServiceRequestStatus, SlaState } from "../gql/graphql";
import { SlaStateBadge } from "../ui/SlaBadge";
import "./i18n";
import { slaOf, splitWorkingMinutes, type TimeLeft } from "./workingTime";

/** "2 ditë 3 orë", "2 orë 15 min", "15 min" */
export function useWorkingDuration(): (parts: Exclude<TimeLeft, { kind: "dueNow" }>) => string {
  const { t } = useTranslation();
  return ({ days, hours, minutes }) => {
    const words: string[] = [];
    if (days > 0) words.push(t("oss:time.days", { count: days }));
    if (hours > 0) words.push(t("oss:time.hours", { count: hours }));
    if (minutes > 0 || words.length === 0) words.push(t("oss:time.minutes", { count: minutes }));
    return words.join(" ");
  };
}

/**
 * The live timer of one request: working time left, or how long past due, or
 * "Në pritje" while the clock is stopped waiting on the citizen (with the time
 * it will have left when it resumes).
 */
export function WorkingTimeLeft({ minutesLeft, paused }: { minutesLeft: number | null; paused: boolean }) {
  const { t } = useTranslation();
  const duration = useWorkingDuration();
  if (minutesLeft === null) return <span className="muted">—</span>;
  const parts = splitWorkingMinutes(minutesLeft);
  const text =
    parts.kind === "dueNow" ? t("oss:time.dueNow") : parts.kind === "overdue" ? t("oss:time.overdue", { time: duration(parts) }) : duration(parts);
  if (paused) {
    return (
      <span className="oss-timer oss-timer--paused">
        <strong>{t("oss:time.paused")}</strong>{" "}
        <span className="muted">({parts.kind === "left" ? t("oss:time.frozenLeft", { time: text }) : text})</span>
      </span>
    );
  }
  return <span className={`oss-timer${parts.kind === "left" ? "" : " oss-timer--overdue"}`}>{text}</span>;
}

/** The SLA state as a word; the colour and the mark only repeat it. */
export function SlaBadge({ state }: { state: SlaState }) {
  const { t } = useTranslation();
  return <SlaStateBadge state={state} label={t(`oss:sla.${state}`)} className="oss-sla" />;
}

export function RequestStatusText({ status }: { status: ServiceRequestStatus }) {
  const { t } = useTranslation();
  return <span className={`oss-status oss-status--${status.toLowerCase()}`}>{t(`oss:status.${status}`)}</span>;
}

/** A service's published standard time: "3 ditë pune" or "2 orë pune". */
export function SlaText({ type }: { type: { slaWorkingDays: number; slaWorkingHours?: number | null } }) {
  const { t } = useTranslation();
  const sla = slaOf(type);
  return <>{t(sla.unit === "days" ? "oss:slaTime.days" : "oss:slaTime.hours", { count: sla.count })}</>;
}

/** The service's name in the reader's language (the charter is kept in Albanian and English). */
export function useServiceName(): (type: { name: string; nameEn?: string | null }) => string {
  const { i18n } = useTranslation();
  return (type) => (i18n.language === "en" && type.nameEn ? type.nameEn : type.name);
}

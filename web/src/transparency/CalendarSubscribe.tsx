import { useQuery } from "@apollo/client/react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import "./i18n";
import { calendarLinks } from "./calendar";
import { CalendarBodiesQuery } from "./operations";

/**
 * "Abonohu në kalendar": two links to the body's meetings feed. The committee pages mount it with
 * their `bodyId`; the calendar page mounts it for the council and lists the committees.
 */
export function CalendarSubscribe({ bodyId, name }: { bodyId?: string; name?: string }) {
  const { t } = useTranslation();
  const links = calendarLinks(bodyId);
  return (
    <p className="calendar-subscribe">
      <a href={links.webcal} className="download-link">
        <span className="download-link__format">iCal</span> {name ? t("transparency:subscribe.bodyLink", { name }) : t("transparency:subscribe.link")}
      </a>{" "}
      <a href={links.https} type="text/calendar" className="muted">
        {t("transparency:subscribe.https")}
      </a>
    </p>
  );
}

/** The council's feed, and each committee's under a disclosure (the calendar page). */
export function CalendarSubscriptions() {
  const { t } = useTranslation();
  const headingId = useId();
  const { data } = useQuery(CalendarBodiesQuery);
  const committees = (data?.bodies ?? []).filter((b) => b.kind === "COMMITTEE");
  return (
    <section className="calendar-subscriptions" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("transparency:subscribe.heading")}</h2>
      <p className="muted">{t("transparency:subscribe.help")}</p>
      <CalendarSubscribe />
      {committees.length > 0 ? (
        <details>
          <summary>{t("transparency:subscribe.committees")}</summary>
          <ul className="calendar-subscriptions__committees">
            {committees.map((c) => (
              <li key={c.id}>
                <CalendarSubscribe bodyId={c.id} name={c.name} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

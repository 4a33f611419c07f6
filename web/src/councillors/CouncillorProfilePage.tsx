import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useAuth } from "../app/auth/AuthProvider";
import { AlertSignup } from "../alerts/AlertSignup";
import { useDocumentTitle } from "../app/useDocumentTitle";
import type { CouncillorPageQuery as PageData } from "../gql/graphql";
import { DateTime } from "../ui/DateTime";
import { Loading } from "../ui/Loading";
import { QueryError } from "../ui/QueryError";
import { ScrollTable } from "../ui/ScrollTable";
import { Avatar } from "./Avatar";
import { Day } from "./Day";
import "./i18n";
import "./councillors.css";
import { folded, periodOf } from "./model";
import { CouncillorPageQuery } from "./operations";
import { PeriodControl, usePeriodRange } from "./PeriodControl";

type Record = NonNullable<PageData["councillorRecord"]>;
type Figure = { count: number; sessionIds: string[] };

/**
 * `/keshilltaret/:id`: a councillor's page [faqja e këshilltarit] — photo, party, term, committees
 * and roles, the contact they chose to publish, a short CV — and their record over a period kept in
 * the address: attendance (with late arrivals and early departures), every named vote with its
 * outcome, votes missed, declarations of interest and initiatives. Every figure links to its sessions.
 */
export function CouncillorProfilePage({ councillorId }: { councillorId: string }) {
  const { t } = useTranslation();
  const { hasRole } = useAuth();
  const period = usePeriodRange();
  const { from, to } = periodOf(period.range);
  const { data, previousData, error, refetch, loading } = useQuery(CouncillorPageQuery, { variables: { id: councillorId, from, to } });
  const shown = data ?? previousData;
  const c = shown?.councillor;
  useDocumentTitle(c?.fullName ?? t("councillors:list.title"));

  if (!shown) return error ? <QueryError error={error} onRetry={() => refetch()} /> : <Loading />;
  if (!c) {
    return (
      <div className="empty-state">
        <h1>{t("councillors:profile.notFound")}</h1>
        <p>
          <Link to="/keshilltaret">{t("councillors:profile.back")}</Link>
        </p>
      </div>
    );
  }
  const seats = c.committeeSeats;
  return (
    <div className="councillors-page councillor-profile">
      <p>
        <Link to="/keshilltaret">{t("councillors:profile.back")}</Link>
      </p>
      <header className="councillor-profile__head">
        <Avatar name={c.fullName} photoUrl={c.photoUrl} size="large" />
        <div>
          <h1>{c.fullName}</h1>
          <p className="councillor-profile__party">
            {c.party ?? t("councillors:profile.noParty")} · {t(`councillors:gender.${c.gender}`)}
          </p>
          <p>
            {t("councillors:profile.term")}:{" "}
            {c.termStart ? <LocalDay day={c.termStart} /> : "—"} – {c.termEnd ? <LocalDay day={c.termEnd} /> : t("councillors:profile.termOngoing")}
            {!c.active && <span className="badge"> {t("councillors:profile.formerBadge")}</span>}
          </p>
          {hasRole("SECRETARIAT", "ADMIN") && (
            <p>
              <Link to={`/keshilltaret/${c.id}/ndrysho`} className="button button--small">
                {t("councillors:profile.edit")}
              </Link>
            </p>
          )}
        </div>
      </header>

      <div className="councillor-profile__facts">
        <section aria-labelledby="committees-heading">
          <h2 id="committees-heading">{t("councillors:profile.committees")}</h2>
          {seats.length === 0 ? (
            <p className="muted">{t("councillors:profile.noCommittees")}</p>
          ) : (
            <ul>
              {seats.map((s) => (
                <li key={`${s.bodyId}/${s.joinedOn}`}>
                  <Link to={`/komisionet/${s.bodyId}`}>{s.bodyName}</Link> — {t(`councillors:role.${s.role}`)}
                  {s.leftOn && (
                    <span className="muted">
                      {" "}
                      ({t("councillors:profile.until")} <LocalDay day={s.leftOn} />)
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="contact-heading">
          <h2 id="contact-heading">{t("councillors:profile.contact")}</h2>
          {!c.contact.email && !c.contact.phone ? (
            <p className="muted">{t("councillors:profile.noContact")}</p>
          ) : (
            <ul>
              {c.contact.email && (
                <li>
                  {t("councillors:profile.email")}: <a href={`mailto:${c.contact.email}`}>{c.contact.email}</a>
                </li>
              )}
              {c.contact.phone && (
                <li>
                  {t("councillors:profile.phone")}: <a href={`tel:${c.contact.phone.replace(/[^+0-9]/g, "")}`}>{c.contact.phone}</a>
                </li>
              )}
            </ul>
          )}
        </section>
        <section aria-labelledby="cv-heading">
          <h2 id="cv-heading">{t("councillors:profile.cv")}</h2>
          <p className={c.cv ? "councillor-cv" : "muted"}>{c.cv ?? t("councillors:profile.noCv")}</p>
        </section>
      </div>

      <section aria-labelledby="record-heading" className="councillor-record" aria-busy={loading}>
        <h2 id="record-heading">{t("councillors:record.title")}</h2>
        <PeriodControl key={`${period.range.nga}/${period.range.deri}`} {...period} />
        {error && <QueryError error={error} onRetry={() => refetch()} />}
        {shown.councillorRecord && <RecordView record={shown.councillorRecord} name={c.fullName} />}
      </section>
      <AlertSignup target={{ councillorId }} name={c.fullName} />
    </div>
  );
}

function LocalDay({ day }: { day: string }) {
  return <Day value={day} />;
}

function RecordView({ record: r, name }: { record: Record; name: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const titles = new Map<string, { title: string; at: string }>();
  for (const s of r.sessions) titles.set(s.sessionId, { title: s.title, at: s.scheduledAt });
  for (const v of r.votes) titles.set(v.sessionId, { title: v.sessionTitle, at: v.scheduledAt });
  for (const d of r.declarations) titles.set(d.sessionId, { title: d.sessionTitle, at: d.scheduledAt });
  const votes = r.votes.filter((v) => !search || folded(`${v.agendaItemTitle} ${v.sessionTitle}`).includes(folded(search)));
  const seated = r.sessionsSeated.count;

  if (seated === 0 && r.declarations.length === 0 && r.initiatives.length === 0 && r.coSponsoredInitiatives.length === 0) {
    return (
      <div className="empty-state">
        <p>{t("councillors:record.notSeated", { name, held: r.sessionsHeld.count })}</p>
      </div>
    );
  }
  return (
    <>
      <div className="attendance-summary">
        <p className="attendance-summary__rate">
          {r.attendanceRatePct === null
            ? t("councillors:record.noRate")
            : t("councillors:record.rate", { rate: r.attendanceRatePct.toLocaleString("sq-AL"), present: r.present.count, seated })}
        </p>
        {r.attendanceRatePct !== null && (
          <div className="attendance-bar" role="img" aria-label={t("councillors:record.barLabel", { present: r.present.count, seated })}>
            <span className="attendance-bar__present" style={{ width: `${(100 * r.present.count) / Math.max(1, seated)}%` }} />
            <span className="attendance-bar__excused" style={{ width: `${(100 * r.excused.count) / Math.max(1, seated)}%` }} />
          </div>
        )}
        <p className="muted">{t("councillors:record.legend")}</p>
      </div>

      <dl className="record-figures">
        <FigureRow label={t("councillors:figure.held")} figure={r.sessionsHeld} titles={titles} hideLinks />
        <FigureRow label={t("councillors:figure.seated")} figure={r.sessionsSeated} titles={titles} hideLinks />
        <FigureRow label={t("councillors:figure.present")} figure={r.present} titles={titles} hideLinks />
        <FigureRow label={t("councillors:figure.absent")} figure={r.absent} titles={titles} />
        <FigureRow label={t("councillors:figure.excused")} figure={r.excused} titles={titles} />
        <FigureRow label={t("councillors:figure.late")} figure={r.lateArrivals} titles={titles} />
        <FigureRow label={t("councillors:figure.early")} figure={r.earlyDepartures} titles={titles} />
        <FigureRow label={t("councillors:figure.ballots")} figure={r.ballotsCast} titles={titles} hideLinks />
        <FigureRow label={t("councillors:figure.missed")} figure={r.votesMissed} titles={titles} />
        <FigureRow label={t("councillors:figure.recused")} figure={r.votesRecused} titles={titles} />
        <FigureRow label={t("councillors:figure.declarations")} figure={r.declarationsFiled} titles={titles} />
        <FigureRow label={t("councillors:figure.initiativesLed")} figure={r.initiativesLed} titles={titles} hideLinks />
        <FigureRow label={t("councillors:figure.initiativesCo")} figure={r.initiativesCoSponsored} titles={titles} hideLinks />
      </dl>

      <h3>{t("councillors:record.sessions")}</h3>
      {r.sessions.length === 0 ? (
        <p className="muted">{t("councillors:record.noSessions")}</p>
      ) : (
        <ScrollTable className="data-table" caption={t("councillors:record.sessionsCaption", { count: r.sessions.length })}>
          <thead>
            <tr>
              <th scope="col">{t("councillors:record.session")}</th>
              <th scope="col">{t("councillors:record.attendance")}</th>
              <th scope="col">{t("councillors:record.arrived")}</th>
              <th scope="col">{t("councillors:record.left")}</th>
            </tr>
          </thead>
          <tbody>
            {r.sessions.map((s) => (
              <tr key={s.sessionId}>
                <th scope="row">
                  <Link to={`/seanca/${s.sessionId}`}>{s.title}</Link>
                  <br />
                  <span className="muted">
                    <Day value={s.scheduledAt} />
                  </span>
                </th>
                <td>{s.present ? t("councillors:status.present") : s.excused ? t("councillors:status.excused") : t("councillors:status.absent")}</td>
                <td>
                  {s.arrivedAt ? <DateTime iso={s.arrivedAt} style="time" /> : "—"}
                  {s.late && <span className="badge badge--warning"> {t("councillors:record.lateBadge")}</span>}
                </td>
                <td>
                  {s.leftAt ? <DateTime iso={s.leftAt} style="time" /> : "—"}
                  {s.leftEarly && <span className="badge badge--warning"> {t("councillors:record.earlyBadge")}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}

      <h3 id="votes-heading">{t("councillors:record.votes")}</h3>
      <div className="field">
        <label htmlFor="vote-search">{t("councillors:record.search")}</label>
        <input id="vote-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t("councillors:record.searchHint")} />
      </div>
      {votes.length === 0 ? (
        <p className="muted" role="status">
          {r.votes.length === 0 ? t("councillors:record.noVotes") : t("councillors:record.noVotesMatch")}
        </p>
      ) : (
        <ScrollTable className="data-table" caption={t("councillors:record.votesCaption", { count: votes.length, name })}>
          <thead>
            <tr>
              <th scope="col">{t("councillors:record.item")}</th>
              <th scope="col">{t("councillors:record.ballot")}</th>
              <th scope="col">{t("councillors:record.outcome")}</th>
            </tr>
          </thead>
          <tbody>
            {votes.map((v) => (
              <tr key={v.voteId}>
                <th scope="row">
                  {v.agendaItemTitle}
                  <br />
                  <Link to={`/seanca/${v.sessionId}`}>{v.sessionTitle}</Link>,{" "}
                  <span className="muted">
                    {t("councillors:record.itemNumber", { n: v.agendaItemPosition })} · <Day value={v.scheduledAt} />
                  </span>
                </th>
                <td className={`ballot ballot--${v.choice ?? (v.recused ? "RECUSED" : "MISSED")}`}>
                  {v.choice
                    ? t(`councillors:choice.${v.choice}`)
                    : v.recused
                      ? t("councillors:choice.RECUSED")
                      : v.presentAtSession
                        ? t("councillors:choice.NOT_VOTED")
                        : t("councillors:choice.ABSENT")}
                </td>
                <td>
                  {t(`councillors:outcome.${v.outcome}`)}{" "}
                  <span className="muted">{t("councillors:record.tally", { for: v.for, against: v.against, abstain: v.abstain })}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}

      <h3>{t("councillors:record.declarations")}</h3>
      {r.declarations.length === 0 ? (
        <p className="muted">{t("councillors:record.noDeclarations")}</p>
      ) : (
        <ul className="record-declarations">
          {r.declarations.map((d) => (
            <li key={d.id}>
              <strong>{t(`councillors:interest.${d.interestType}`)}</strong>
              {d.recused && <span className="badge"> {t("councillors:record.recusedBadge")}</span>}
              {!d.inForce && <span className="badge"> {t("councillors:record.superseded")}</span>} — {d.description}
              <br />
              <span className="muted">
                {t("councillors:record.onItem", { n: d.agendaItemPosition, title: d.agendaItemTitle })},{" "}
                <Link to={`/seanca/${d.sessionId}`}>{d.sessionTitle}</Link> ({d.bodyName}), <DateTime iso={d.filedAt} style="short" />
              </span>
            </li>
          ))}
        </ul>
      )}

      <h3>{t("councillors:record.initiatives")}</h3>
      {r.initiatives.length + r.coSponsoredInitiatives.length === 0 ? (
        <p className="muted">{t("councillors:record.noInitiatives")}</p>
      ) : (
        <ul className="record-initiatives">
          {[...r.initiatives.map((i) => ({ ...i, led: true })), ...r.coSponsoredInitiatives.map((i) => ({ ...i, led: false }))].map((i) => (
            <li key={i.id}>
              {i.title} <span className="muted">({t(`councillors:kind.${i.kind}`)}, {i.led ? t("councillors:record.led") : t("councillors:record.coSponsored")}, <Day value={i.submittedAt} />)</span>
              {i.sessionId && (
                <>
                  {" "}
                  <Link to={`/seanca/${i.sessionId}`}>{t("councillors:record.decidedIn")}</Link>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** One figure of the record and links to the sessions it comes from. */
function FigureRow({ label, figure, titles, hideLinks = false }: { label: string; figure: Figure; titles: Map<string, { title: string; at: string }>; hideLinks?: boolean }) {
  const { t } = useTranslation();
  const links = hideLinks ? [] : figure.sessionIds;
  return (
    <div className="record-figure">
      <dt>{label}</dt>
      <dd>
        <span className="record-figure__count">{figure.count}</span>
        {links.length > 0 && (
          <span className="record-figure__links">
            {" "}
            ({t("councillors:figure.in")}{" "}
            {links.map((id, k) => (
              <span key={id}>
                {k > 0 && ", "}
                <Link to={`/seanca/${id}`}>{titles.get(id)?.title ?? t("councillors:figure.session")}</Link>
              </span>
            ))}
            )
          </span>
        )}
      </dd>
    </div>
  );
}

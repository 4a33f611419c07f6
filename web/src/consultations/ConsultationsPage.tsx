import { useMutation, useQuery } from "@apollo/client/react";
import type { ApolloCache } from "@apollo/client";
import { useId, useMemo, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useAuth } from "../app/auth/AuthProvider";
import { tiraneLocalToIso } from "../app/time";
import { useDocumentTitle } from "../app/useDocumentTitle";
import type { ConsultationKind, ConsultationNoticeFieldsFragment } from "../gql/graphql";
import { formatPercent } from "../initiatives/period";
import { SessionCalendarQuery } from "../transparency/operations";
import { DateTime } from "../ui/DateTime";
import { ErrorMessage } from "../ui/ErrorMessage";
import { Loading } from "../ui/Loading";
import { QueryError } from "../ui/QueryError";
import { useMutationAction } from "../ui/useMutationAction";
import { useNow } from "../ui/useNow";
import "./consultations.css";
import "./i18n";
import { awaitsAttendance, participants, splitConsultations } from "./model";
import { AnnounceConsultationMutation, ConsultationNoticesQuery, RecordConsultationAttendanceMutation } from "./operations";

type Consultation = ConsultationNoticeFieldsFragment;
const KINDS: ConsultationKind[] = ["HEARING", "CONSULTATION"];

/** Every figure a consultation feeds: the list, the report by gender and the scorecard read again. */
function forget(cache: ApolloCache) {
  for (const fieldName of ["consultationNotices", "consultations", "consultationGenderStats", "transparencyScorecard"])
    cache.evict({ id: "ROOT_QUERY", fieldName });
  cache.gc();
}

/**
 * `/konsultimet`: consultations and public meetings [dëgjesa publike] — upcoming ones with their date,
 * place and notice (a public mark when announced fewer than 14 days ahead, Kaçanik plan), and held ones
 * with their participants by gender (Elbasan plan OS-4 point 7). The secretariat announces one here and
 * records its participants once it is held.
 */
export function ConsultationsPage() {
  const { t } = useTranslation();
  const { hasRole } = useAuth();
  const secretariat = hasRole("SECRETARIAT");
  useDocumentTitle(t("consultations:page.title"));
  const now = useNow(60_000);
  const ids = { announce: useId(), upcoming: useId(), past: useId() };
  const { data, error, loading, refetch } = useQuery(ConsultationNoticesQuery);
  const split = useMemo(() => (data ? splitConsultations(data.consultationNotices, now) : null), [data, now]);

  const body = (list: Consultation[] | undefined, empty: string) =>
    !split ? (
      error ? (
        <QueryError error={error} onRetry={() => refetch()} />
      ) : (
        <Loading />
      )
    ) : list!.length === 0 ? (
      <p className="empty-state">{empty}</p>
    ) : (
      <ul className="consultation-list">
        {list!.map((c) => (
          <li key={c.id}>
            <ConsultationCard consultation={c} canRecord={secretariat && awaitsAttendance(c, now)} now={now} />
          </li>
        ))}
      </ul>
    );

  return (
    <div className="consultations-page">
      <h1>{t("consultations:page.title")}</h1>
      <p className="consultations-intro">{t("consultations:page.intro")}</p>
      <p>
        <Link to="/transparenca">{t("consultations:page.scorecardLink")}</Link> · <Link to="/nismat/raporti">{t("consultations:page.reportLink")}</Link> ·{" "}
        <Link to="/merr-pjese">{t("consultations:page.hubLink")}</Link>
      </p>

      {secretariat && (
        <section className="panel" aria-labelledby={ids.announce}>
          <h2 id={ids.announce}>{t("consultations:announce.heading")}</h2>
          <AnnounceForm />
        </section>
      )}

      <section aria-labelledby={ids.upcoming} aria-busy={loading}>
        <h2 id={ids.upcoming}>{t("consultations:page.upcoming")}</h2>
        {body(split?.upcoming, t("consultations:page.noUpcoming"))}
      </section>
      <section aria-labelledby={ids.past} aria-busy={loading}>
        <h2 id={ids.past}>{t("consultations:page.past")}</h2>
        {body(split?.past, t("consultations:page.noPast"))}
      </section>
    </div>
  );
}

function ConsultationCard({ consultation: c, canRecord, now }: { consultation: Consultation; canRecord: boolean; now: number }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const count = participants(c);
  const upcoming = c.status === "ANNOUNCED" && new Date(c.heldAt).getTime() > now;
  return (
    <article className="consultation-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{c.title}</h3>
      <p className="consultation-card__marks">
        <span className="badge">{t(`consultations:kind.${c.kind}`)}</span>{" "}
        {c.lateNotice && (
          <span className="badge badge--warning" title={t("consultations:card.lateNoticeHelp")}>
            <span aria-hidden="true">⚠ </span>
            {t("consultations:card.lateNotice")}
          </span>
        )}
      </p>
      <dl className="consultation-card__facts">
        <div>
          <dt>{t("consultations:card.heldAt")}</dt>
          <dd>
            <DateTime iso={c.heldAt} style="full" />
          </dd>
        </div>
        <div>
          <dt>{t("consultations:card.place")}</dt>
          <dd>{c.place ?? t("consultations:card.noPlace")}</dd>
        </div>
        <div>
          <dt>{t("consultations:card.announcedAt")}</dt>
          <dd>
            <DateTime iso={c.announcedAt} />
            {c.lateNotice && <span className="consultation-card__late"> {t("consultations:card.lateNoticeHelp")}</span>}
          </dd>
        </div>
        {c.agendaItemTitle && (
          <div>
            <dt>{t("consultations:card.draft")}</dt>
            <dd>{c.agendaItemTitle}</dd>
          </div>
        )}
        <div>
          <dt>{t("consultations:card.participants")}</dt>
          <dd>
            {c.status === "HELD"
              ? t("consultations:card.counts", {
                  count: count.total,
                  women: c.women,
                  men: c.men,
                  other: c.otherOrUndisclosed,
                  share: count.womenSharePct === null ? "–" : formatPercent(count.womenSharePct, i18n.language),
                })
              : upcoming
                ? t("consultations:card.notYetHeld")
                : t("consultations:card.awaiting")}
          </dd>
        </div>
        {c.status === "HELD" && c.vulnerableGroups > 0 && (
          <div>
            <dt>{t("consultations:card.vulnerable")}</dt>
            <dd>{c.vulnerableGroups}</dd>
          </div>
        )}
      </dl>
      {canRecord && <AttendanceForm consultation={c} />}
    </article>
  );
}

function AnnounceForm() {
  const { t } = useTranslation();
  const ids = { title: useId(), kind: useId(), heldAt: useId(), place: useId(), announcedAt: useId(), announcedHint: useId(), draft: useId(), error: useId() };
  const [title, setTitle] = useState("");
  const [kind, setKind] = useState<ConsultationKind>("HEARING");
  const [heldAt, setHeldAt] = useState("");
  const [place, setPlace] = useState("");
  const [announcedAt, setAnnouncedAt] = useState("");
  const [draft, setDraft] = useState("");
  const [problem, setProblem] = useState("");
  const [done, setDone] = useState<{ title: string; late: boolean } | null>(null);
  const [mutate] = useMutation(AnnounceConsultationMutation);
  const action = useMutationAction();
  const sessions = useQuery(SessionCalendarQuery);
  const drafts = (sessions.data?.sessions ?? [])
    .filter((s) => s.status !== "CLOSED")
    .flatMap((s) => s.agenda.filter((i) => i.draftPublishedAt).map((i) => ({ id: i.id, title: `${s.title}: ${i.title}` })));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const held = tiraneLocalToIso(heldAt);
    const announced = announcedAt ? tiraneLocalToIso(announcedAt) : null;
    if (!title.trim() || !place.trim() || !held || (announcedAt && !announced)) {
      setProblem(t("consultations:announce.missing"));
      return;
    }
    setProblem("");
    let late = false;
    const ok = await action.run(async () => {
      const r = await mutate({
        variables: { input: { title: title.trim(), kind, heldAt: held, place: place.trim(), announcedAt: announced, agendaItemId: draft || null } },
        update: forget,
      });
      late = r.data?.announceConsultation.lateNotice ?? false;
    });
    if (ok) {
      setDone({ title: title.trim(), late });
      setTitle("");
      setHeldAt("");
      setPlace("");
      setAnnouncedAt("");
      setDraft("");
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <p className="field__hint">{t("consultations:announce.help")}</p>
      <div className="field">
        <label htmlFor={ids.title}>{t("consultations:announce.title")}</label>
        <input id={ids.title} type="text" value={title} maxLength={300} required onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.kind}>{t("consultations:announce.kind")}</label>
        <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as ConsultationKind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`consultations:kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.heldAt}>{t("consultations:announce.heldAt")}</label>
        <input id={ids.heldAt} type="datetime-local" value={heldAt} required onChange={(e) => setHeldAt(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.place}>{t("consultations:announce.place")}</label>
        <input id={ids.place} type="text" value={place} maxLength={300} required onChange={(e) => setPlace(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={ids.announcedAt}>{t("consultations:announce.announcedAt")}</label>
        <input
          id={ids.announcedAt}
          type="datetime-local"
          value={announcedAt}
          aria-describedby={ids.announcedHint}
          onChange={(e) => setAnnouncedAt(e.target.value)}
        />
        <p className="field__hint" id={ids.announcedHint}>
          {t("consultations:announce.announcedAtHint")}
        </p>
      </div>
      <div className="field">
        <label htmlFor={ids.draft}>{t("consultations:announce.draft")}</label>
        <select id={ids.draft} value={draft} onChange={(e) => setDraft(e.target.value)}>
          <option value="">{t("consultations:announce.noDraft")}</option>
          {drafts.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
      </div>
      {problem && (
        <p className="error-message" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={action.pending}>
          {action.pending ? t("consultations:announce.submitting") : t("consultations:announce.submit")}
        </button>
      </div>
      <ErrorMessage error={action.error} id={ids.error} />
      <p role="status" aria-live="polite" className="success-message-region">
        {done && (
          <span className="success-message">{t(done.late ? "consultations:announce.savedLate" : "consultations:announce.saved", { title: done.title })}</span>
        )}
      </p>
    </form>
  );
}

type Counts = { women: string; men: string; other: string; vulnerable: string };

/** A whole number ≥ 0 from a number field; empty is 0 for the optional ones, null when not a count. */
function countOf(value: string, optional: boolean): number | null {
  if (value.trim() === "") return optional ? 0 : null;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

function AttendanceForm({ consultation }: { consultation: Consultation }) {
  const { t } = useTranslation();
  const ids = { legend: useId(), women: useId(), men: useId(), other: useId(), vulnerable: useId(), error: useId() };
  const [counts, setCounts] = useState<Counts>({ women: "", men: "", other: "", vulnerable: "" });
  const [problem, setProblem] = useState("");
  const [mutate] = useMutation(RecordConsultationAttendanceMutation);
  const action = useMutationAction();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const women = countOf(counts.women, false);
    const men = countOf(counts.men, false);
    const other = countOf(counts.other, true);
    const vulnerable = countOf(counts.vulnerable, true);
    if (women === null || men === null || other === null || vulnerable === null) {
      setProblem(t("consultations:attendance.missing"));
      return;
    }
    if (vulnerable > women + men + other) {
      setProblem(t("consultations:attendance.tooManyVulnerable"));
      return;
    }
    setProblem("");
    await action.run(() =>
      mutate({
        variables: {
          id: consultation.id,
          expectedVersion: consultation.version,
          input: { women, men, otherOrUndisclosed: other, vulnerableGroups: vulnerable },
        },
        update: forget,
      }),
    );
  }

  const number = (key: keyof Counts, id: string, label: string) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        value={counts[key]}
        onChange={(e) => setCounts((c) => ({ ...c, [key]: e.target.value }))}
      />
    </div>
  );

  return (
    <form className="form consultation-attendance" onSubmit={submit} noValidate>
      <fieldset>
        <legend id={ids.legend}>{t("consultations:attendance.legend", { title: consultation.title })}</legend>
        <div className="consultation-attendance__counts">
          {number("women", ids.women, t("consultations:attendance.women"))}
          {number("men", ids.men, t("consultations:attendance.men"))}
          {number("other", ids.other, t("consultations:attendance.other"))}
          {number("vulnerable", ids.vulnerable, t("consultations:attendance.vulnerable"))}
        </div>
      </fieldset>
      {problem && (
        <p className="error-message" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={action.pending}>
          {action.pending ? t("consultations:attendance.submitting") : t("consultations:attendance.submit")}
        </button>
      </div>
      <ErrorMessage error={action.error} id={ids.error} />
    </form>
  );
}

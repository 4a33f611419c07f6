import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { useApolloClient } from "@apollo/client/react";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { useDocumentTitle } from "../app/useDocumentTitle";
import type { SlaState, TrackRequestQuery as TrackRequestAnswer } from "../gql/graphql";
import { DateTime } from "../ui/DateTime";
import { Loading } from "../ui/Loading";
import { QueryError } from "../ui/QueryError";
import { SlaStateBadge } from "../ui/SlaBadge";
import "./i18n";
import { cleanReference, type LookupFailure, lookupFailure, readableStatus, statusKey, waitParts } from "./model";
import { TrackRequestQuery } from "./operations";
import "./tracking.css";

type Tracked = TrackRequestAnswer["trackRequest"];
type Lookup =
  | { state: "idle" }
  | { state: "loading" }
  | { state: "found"; tracked: Tracked }
  | { state: "refused"; failure: LookupFailure; error: unknown };

/** A status in the reader's words, per kind; a status this client does not know shows as itself, readable. */
function useStatusLabel(): (kind: string, status: string) => string {
  const { t } = useTranslation();
  return (kind, status) => {
    const key = statusKey(kind, status);
    return key ? t(key) : readableStatus(status);
  };
}

function TrackedSlaBadge({ state }: { state: SlaState }) {
  const { t } = useTranslation();
  return <SlaStateBadge state={state} label={t(`tracking:sla.${state}`, { defaultValue: readableStatus(state) })} className="tracking-sla" />;
}

/**
 * `/ndiq` [Ndiq kërkesën]: anyone holding a receipt types its reference (or follows the receipt's link, which
 * fills it in from `?reference=`) and its secret code, and sees the filing's status, due moment, SLA state and
 * history. Never personal data: the server answers none. The code stays out of the address bar.
 */
export function TrackPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("tracking:track.title"));
  const client = useApolloClient();
  const [params, setParams] = useSearchParams();
  const ids = { reference: useId(), code: useId(), codeHint: useId(), result: useId() };
  const [reference, setReference] = useState(() => params.get("reference") ?? "");
  const [code, setCode] = useState("");
  const [lookup, setLookup] = useState<Lookup>({ state: "idle" });
  const codeRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  // From the receipt's link the reference is there already: start at the code.
  useEffect(() => {
    if (params.get("reference")) codeRef.current?.focus();
    // Only on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function look(ref: string, secret: string) {
    setLookup({ state: "loading" });
    try {
      const { data } = await client.query({ query: TrackRequestQuery, variables: { reference: ref, code: secret }, fetchPolicy: "network-only" });
      if (!data) throw new Error("no answer");
      setLookup({ state: "found", tracked: data.trackRequest });
    } catch (error) {
      setLookup({ state: "refused", failure: lookupFailure(CombinedGraphQLErrors.is(error) ? error.errors : undefined), error });
    }
    resultRef.current?.focus();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ref = cleanReference(reference);
    setReference(ref);
    setParams(ref ? { reference: ref } : {}, { replace: true });
    await look(ref, code.trim());
  }

  return (
    <div className="tracking-page">
      <h1>{t("tracking:track.title")}</h1>
      <p className="tracking-intro">{t("tracking:track.intro")}</p>

      <form className="form tracking-form" onSubmit={onSubmit} noValidate={false}>
        <div className="field">
          <label htmlFor={ids.reference}>{t("tracking:track.reference")}</label>
          <input
            id={ids.reference}
            name="reference"
            required
            maxLength={40}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="SH-2026-00042"
            value={reference}
            onChange={(e) => setReference(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.code}>{t("tracking:track.code")}</label>
          <input
            id={ids.code}
            ref={codeRef}
            name="code"
            required
            maxLength={40}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            placeholder="K7QM-3XTD"
            aria-describedby={ids.codeHint}
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
          <p className="field__hint" id={ids.codeHint}>{t("tracking:track.codeHint")}</p>
        </div>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={lookup.state === "loading"}>
            {lookup.state === "loading" ? t("tracking:track.looking") : t("tracking:track.submit")}
          </button>
        </div>
      </form>

      <div className="tracking-result" ref={resultRef} tabIndex={-1} aria-labelledby={ids.result} role="region">
        <h2 id={ids.result} className="visually-hidden">{t("tracking:track.resultHeading")}</h2>
        {lookup.state === "idle" && <p className="empty-state muted">{t("tracking:track.empty")}</p>}
        {lookup.state === "loading" && <Loading />}
        {lookup.state === "refused" && <Refusal lookup={lookup} onRetry={() => look(cleanReference(reference), code.trim())} />}
        {lookup.state === "found" && <TrackedView tracked={lookup.tracked} />}
      </div>

      <p className="tracking-more">
        <Link to="/merr-pjese">{t("tracking:track.more")}</Link>
      </p>
    </div>
  );
}

function Refusal({ lookup, onRetry }: { lookup: Extract<Lookup, { state: "refused" }>; onRetry: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const { failure } = lookup;
  if (failure.kind === "notFound") {
    return <p className="error-message" role="alert" data-testid="tracking-error">{t("tracking:track.notFound")}</p>;
  }
  if (failure.kind === "slowed") {
    const { minutes, seconds } = waitParts(failure.retryAfterSeconds);
    const wait = minutes > 0 ? t("tracking:track.waitMinutes", { count: minutes, seconds }) : t("tracking:track.waitSeconds", { count: seconds });
    return <p className="error-message" role="alert" data-testid="tracking-error">{t("tracking:track.slowed", { wait })}</p>;
  }
  if (failure.kind === "badInput") {
    return <p className="error-message" role="alert" data-testid="tracking-error">{t("tracking:track.badInput")}</p>;
  }
  return <QueryError error={lookup.error} onRetry={onRetry} />;
}

/** The filing: what, its status now, received and due, the SLA state, and the history as a timeline. */
function TrackedView({ tracked }: { tracked: Tracked }) {
  const { t } = useTranslation();
  const statusLabel = useStatusLabel();
  const history = [...tracked.history].reverse(); // newest first
  return (
    <article className="tracking-card" data-testid="tracked-request">
      <p className="tracking-card__kind muted">
        {t(`tracking:kind.${tracked.kind}`, { defaultValue: readableStatus(tracked.kind) })} · <span className="tracking-card__reference">{tracked.reference}</span>
      </p>
      <h3 className="tracking-card__title">{tracked.title}</h3>
      <dl className="tracking-facts">
        <div>
          <dt>{t("tracking:track.status")}</dt>
          <dd className="tracking-status" data-testid="tracked-status">{statusLabel(tracked.kind, tracked.status)}</dd>
        </div>
        <div>
          <dt>{t("tracking:track.received")}</dt>
          <dd><DateTime iso={tracked.receivedAt} /></dd>
        </div>
        <div>
          <dt>{t("tracking:track.due")}</dt>
          <dd>{tracked.dueAt ? <DateTime iso={tracked.dueAt} /> : <span className="muted">{t("tracking:track.noDue")}</span>}</dd>
        </div>
        <div>
          <dt>{t("tracking:track.sla")}</dt>
          <dd>{tracked.slaState ? <TrackedSlaBadge state={tracked.slaState} /> : <span className="muted">{t("tracking:track.noSla")}</span>}</dd>
        </div>
      </dl>
      <h4>{t("tracking:track.history")}</h4>
      {history.length === 0 ? (
        <p className="muted">{t("tracking:track.noHistory")}</p>
      ) : (
        <ol className="tracking-timeline" reversed aria-label={t("tracking:track.historyLabel")}>
          {history.map((step, i) => (
            <li key={`${step.at}-${i}`} className="tracking-timeline__step">
              <DateTime iso={step.at} />
              <span className="tracking-timeline__status">{statusLabel(tracked.kind, step.status)}</span>
              {step.note && <span className="tracking-timeline__note">{step.note}</span>}
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}

import { useQuery } from "@apollo/client/react";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { MyDeclarationsQuery } from "../../declarations/operations";
import { DateTime } from "../../ui/DateTime";
import { HeadingLevel } from "../../ui/Heading";
import { Loading } from "../../ui/Loading";
import { QueryError } from "../../ui/QueryError";
import { AgendaItemStatusBadge, SessionStatusBadge } from "../../ui/StatusBadge";
import { DeclarationForm } from "../DeclarationForm";
import {
  acceptsDeclarations,
  agendaInOrder,
  declarationsInForceBy,
  seatsIn,
  upcomingSessions,
  type AgendaItem,
  type Session,
} from "../model";
import { SessionByIdQuery, SessionListQuery } from "../operations";
import { useSessionUpdates } from "../useSessionUpdates";

/** Which item's form is open (one at a time, so labels on the page stay unique). */
type OpenForm = { sessionId: string; itemId: string } | null;

/**
 * Every session still to be held or under way, soonest first, each with its
 * agenda; on each item still open to declarations, "Deklaro një interes"
 * opens the declaration form for that item.
 */
export function UpcomingSessions({ councillorId, explanationId }: { councillorId: string; explanationId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, error, refetch } = useQuery(SessionListQuery, { pollInterval: 60_000 });
  const [open, setOpen] = useState<OpenForm>(null);
  const [announcement, setAnnouncement] = useState("");
  const sessions = upcomingSessions(data?.sessions ?? []);
  return (
    <section className="upcoming-sessions" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("councillor.upcomingHeading")}</h2>
      {/* One polite region for the whole list, present before anything is filed. */}
      <p className="success-message-region" role="status" aria-live="polite">
        {announcement && <span className="success-message">{announcement}</span>}
      </p>
      {!data ? (
        error ? (
          <QueryError error={error} onRetry={() => refetch()} />
        ) : (
          <Loading />
        )
      ) : sessions.length === 0 ? (
        <p className="muted">{t("councillor.noUpcoming")}</p>
      ) : (
        <HeadingLevel base={3}>
          {sessions.map((listed) => (
            <UpcomingSession
              key={listed.id}
              sessionId={listed.id}
              councillorId={councillorId}
              explanationId={explanationId}
              openItemId={open?.sessionId === listed.id ? open.itemId : null}
              onOpen={(itemId) => {
                setAnnouncement("");
                setOpen(itemId ? { sessionId: listed.id, itemId } : null);
              }}
              onFiled={(message) => {
                setOpen(null);
                setAnnouncement(message);
              }}
            />
          ))}
        </HeadingLevel>
      )}
    </section>
  );
}

function UpcomingSession({
  sessionId,
  councillorId,
  explanationId,
  openItemId,
  onOpen,
  onFiled,
}: {
  sessionId: string;
  councillorId: string;
  explanationId: string;
  openItemId: string | null;
  onOpen: (itemId: string | null) => void;
  onFiled: (message: string) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, error, refetch } = useQuery(SessionByIdQuery, { variables: { id: sessionId } });
  useSessionUpdates(sessionId, refetch);
  const session = data?.session ?? null;
  if (!data) {
    return error ? <QueryError error={error} onRetry={() => refetch()} /> : <Loading />;
  }
  // Gone, or closed since the list was read: no longer upcoming.
  if (!session || session.status === "CLOSED") return null;
  const items = agendaInOrder(session);
  const member = seatsIn(session, councillorId);
  return (
    <section className="panel upcoming-session" aria-labelledby={headingId}>
      <h3 id={headingId}>{session.title}</h3>
      <p className="session-header__meta">
        <DateTime iso={session.scheduledAt} style="full" />
        <SessionStatusBadge status={session.status} />
        <span className="muted">{session.body.name}</span>
        <Link to={`/seanca/${session.id}`}>{t("councillor.publicView")}</Link>
      </p>
      {!member && <p className="notice">{t("councillor.notMember")}</p>}
      {items.length === 0 ? (
        <p className="muted">{t("agenda.empty")}</p>
      ) : (
        <ol className="agenda-list__items">
          {items.map((item) => (
            <UpcomingItem
              key={item.id}
              session={session}
              item={item}
              councillorId={councillorId}
              member={member}
              canDeclare={member && acceptsDeclarations(session, item)}
              explanationId={explanationId}
              isOpen={openItemId === item.id}
              onOpen={onOpen}
              onFiled={onFiled}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function UpcomingItem({
  session,
  item,
  councillorId,
  member,
  canDeclare,
  explanationId,
  isOpen,
  onOpen,
  onFiled,
}: {
  session: Session;
  item: AgendaItem;
  councillorId: string;
  member: boolean;
  canDeclare: boolean;
  explanationId: string;
  isOpen: boolean;
  onOpen: (itemId: string | null) => void;
  onFiled: (message: string) => void;
}) {
  const { t } = useTranslation();
  const titleId = `upcoming-item-${item.id}`;
  const formId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const mine = declarationsInForceBy(item, councillorId);
  const isCurrent = session.currentItem?.id === item.id;

  function close() {
    onOpen(null);
    // Back to the button that opened the form, after React has re-rendered it.
    setTimeout(() => toggle.current?.focus(), 0);
  }

  return (
    <li className={`agenda-item${isCurrent ? " is-current" : ""}`} aria-labelledby={titleId} aria-current={isCurrent ? "true" : undefined}>
      <div className="agenda-item__head">
        <span className="agenda-item__position" aria-hidden="true">
          {item.position}
        </span>
        <h4 id={titleId}>
          <span className="visually-hidden">{t("agenda.itemNumber", { position: item.position })}: </span>
          {item.title}
        </h4>
        <AgendaItemStatusBadge status={item.status} />
        {isCurrent && <span className="badge badge--current">{t("agenda.current")}</span>}
      </div>
      {mine.map((declaration) => (
        <p key={declaration.id} className="my-declaration-in-force">
          {t("councillor.yourDeclaration")}: {t(`interest.${declaration.interestType}`)}{" "}
          {declaration.recused ? (
            <span className="badge badge--recused">{t("declaration.recusedMark")}</span>
          ) : (
            <span className="badge badge--muted">{t("councillor.notRecused")}</span>
          )}
        </p>
      ))}
      {canDeclare ? (
        <div className="agenda-item__actions">
          <button
            ref={toggle}
            type="button"
            className="button button--small"
            aria-expanded={isOpen}
            aria-controls={isOpen ? formId : undefined}
            onClick={() => (isOpen ? close() : onOpen(item.id))}
          >
            {mine.length > 0 ? t("councillor.declareAgain") : t("councillor.declare")}
            <span className="visually-hidden"> {t("councillor.forItem", { position: item.position })}</span>
          </button>
          {mine.length > 0 && <p className="field__hint">{t("councillor.declareAgainHint")}</p>}
          {isOpen && (
            <div id={formId} className="upcoming-item__form">
              <HeadingLevel base={5}>
                <DeclarationForm
                  items={[item]}
                  defaultItemId={item.id}
                  lockItem
                  showHelp={false}
                  autoFocus
                  heading={t("councillor.formHeading", { position: item.position })}
                  refetchQueries={[MyDeclarationsQuery, SessionByIdQuery]}
                  onCancel={close}
                  onFiled={(filed) => {
                    onFiled(t("declaration.filed", { item: filed?.title ?? item.title }));
                    setTimeout(() => toggle.current?.focus(), 0);
                  }}
                />
                <p className="field__hint">
                  <a href={`#${explanationId}`}>{t("councillor.readWhen")}</a>
                </p>
              </HeadingLevel>
            </div>
          )}
        </div>
      ) : member ? (
        <p className="muted agenda-item__closed">{t("councillor.declarationsClosed")}</p>
      ) : null}
    </li>
  );
}

import { useMutation } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { Heading } from "../../ui/Heading";
import { useMutationAction } from "../../ui/useMutationAction";
import { AgendaList } from "../AgendaList";
import { appendToList } from "../cacheUpdates";
import "../../floor/i18n";
import { AgendaItemStatusBadge } from "../../ui/StatusBadge";
import { agendaInOrder, currentItemOf, type AgendaItem, type Session } from "../model";
import { AddAgendaItemMutation, StartAgendaItemMutation } from "../operations";

/**
 * The agenda as the public sees it and a form to add items; "Fillo pikën" on
 * each item unless `startButtons` is false (the one-screen console has them in
 * CurrentItemPanel).
 */
export function AgendaConsole({ session, startButtons = true }: { session: Session; startButtons?: boolean }) {
  const closed = session.status === "CLOSED";
  return (
    <AgendaList
      session={session}
      actions={closed || !startButtons ? undefined : (item) => <StartItemButton session={session} item={item} />}
    >
      {!closed && <AgendaItemForm session={session} />}
    </AgendaList>
  );
}

/**
 * The current item [pika në diskutim] and the way on: "Kalo te pika tjetër"
 * (the next pending item after it) and the whole order of business in short,
 * with "Fillo pikën" on every other item.
 */
export function CurrentItemPanel({ session }: { session: Session }) {
  const { t } = useTranslation();
  const headingId = useId();
  const listId = useId();
  const items = agendaInOrder(session);
  const current = currentItemOf(session);
  const closed = session.status === "CLOSED";
  const next = current ? items.find((item) => item.position > current.position && item.status === "PENDING") ?? null : null;
  return (
    <section className="panel console-panel current-item" aria-labelledby={headingId}>
      <div className="console-panel__head">
        <Heading id={headingId}>{t("floor:console.currentItem")}</Heading>
        {current && <AgendaItemStatusBadge status={current.status} />}
      </div>
      {current ? (
        <p className="current-item__title">
          <strong>
            {t("agenda.itemNumber", { position: current.position })}: {current.title}
          </strong>
        </p>
      ) : (
        <p className="muted">{t("console.noCurrentItem")}</p>
      )}
      {!closed && next && <NextItemButton item={next} />}
      <Heading offset={1} id={listId} className="visually-hidden">
        {t("agenda.heading")}
      </Heading>
      {items.length === 0 ? (
        <p className="muted">{t("agenda.empty")}</p>
      ) : (
        <ol className="current-item__agenda console-panel__body" aria-labelledby={listId}>
          {items.map((item) => (
            <li key={item.id} className={item.id === current?.id ? "is-current" : undefined} aria-current={item.id === current?.id ? "true" : undefined}>
              <span className="current-item__position">{item.position}.</span>
              <span className="current-item__name">{item.title}</span>
              <AgendaItemStatusBadge status={item.status} />
              {!closed && <StartItemButton session={session} item={item} />}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function NextItemButton({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const action = useMutationAction();
  const [startAgendaItem] = useMutation(StartAgendaItemMutation, { variables: { agendaItemId: item.id } });
  return (
    <div className="current-item__next">
      <button type="button" className="button button--primary" disabled={action.pending} onClick={() => void action.run(() => startAgendaItem())}>
        {t("floor:console.nextItem", { position: item.position })}
      </button>
      <ErrorMessage error={action.error} />
    </div>
  );
}

function StartItemButton({ session, item }: { session: Session; item: AgendaItem }) {
  const { t } = useTranslation();
  const action = useMutationAction();
  const [startAgendaItem] = useMutation(StartAgendaItemMutation, { variables: { agendaItemId: item.id } });
  if (session.currentItem?.id === item.id) return null;
  return (
    <>
      <button
        type="button"
        className="button button--small"
        disabled={action.pending}
        onClick={() => void action.run(() => startAgendaItem())}
      >
        {t("console.startItem")}
      </button>
      <ErrorMessage error={action.error} />
    </>
  );
}

function AgendaItemForm({ session }: { session: Session }) {
  const { t } = useTranslation();
  const ids = { heading: useId(), title: useId(), description: useId() };
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const action = useMutationAction();
  const [addAgendaItem] = useMutation(AddAgendaItemMutation, {
    update: (cache, { data }) =>
      appendToList(
        cache,
        { __typename: "CouncilSession", id: session.id },
        "agenda",
        data?.addAgendaItem && { __typename: "AgendaItem", id: data.addAgendaItem.id },
      ),
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ok = await action.run(() =>
      addAgendaItem({
        variables: {
          input: { sessionId: session.id, title: title.trim(), ...(description.trim() ? { description: description.trim() } : {}) },
        },
      }),
    );
    if (ok) {
      setTitle("");
      setDescription("");
    }
  }

  return (
    <form className="form agenda-item-form" onSubmit={submit} aria-labelledby={ids.heading}>
      <Heading offset={1} id={ids.heading}>
        {t("console.addItemHeading")}
      </Heading>
      <div className="field">
        <label htmlFor={ids.title}>{t("console.itemTitle")}</label>
        <input id={ids.title} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={500} />
      </div>
      <div className="field">
        <label htmlFor={ids.description}>{t("console.itemDescription")}</label>
        <textarea id={ids.description} value={description} onChange={(e) => setDescription(e.target.value)} rows={2} />
      </div>
      <ErrorMessage error={action.error} />
      <button type="submit" className="button" disabled={action.pending}>
        {t("console.addItem")}
      </button>
    </form>
  );
}

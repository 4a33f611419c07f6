import { useMutation } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "../../ui/ErrorMessage";
import { Heading } from "../../ui/Heading";
import { useMutationAction } from "../../ui/useMutationAction";
import { AgendaList } from "../AgendaList";
import { appendToList } from "../cacheUpdates";
import type { AgendaItem, Session } from "../model";
import { AddAgendaItemMutation, StartAgendaItemMutation } from "../operations";

/** The agenda as the public sees it, plus "Fillo pikën" on each item and a form to add items. */
export function AgendaConsole({ session }: { session: Session }) {
  const closed = session.status === "CLOSED";
  return (
    <AgendaList
      session={session}
      actions={closed ? undefined : (item) => <StartItemButton session={session} item={item} />}
    >
      {!closed && <AgendaItemForm session={session} />}
    </AgendaList>
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

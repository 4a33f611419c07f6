import { useMutation, useQuery } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { InitiativeFieldsFragment, InitiativeStatus } from "../gql/graphql";
import { useFormatDateTime } from "../ui/DateTime";
import { ErrorMessage } from "../ui/ErrorMessage";
import { useMutationAction } from "../ui/useMutationAction";
import { agendaChoices } from "./agendaIndex";
import { nextStatuses, takesAgendaItem } from "./labels";
import { InitiativeAgendaQuery, SetInitiativeStatusMutation } from "./operations";

/**
 * The secretariat's control for one initiative: the next status (only moves
 * the lifecycle allows; the server checks again) and, where it is decided,
 * the agenda item. An adopted or rejected initiative keeps its status and can
 * still be linked to its item.
 */
export function StatusControl({ initiative }: { initiative: InitiativeFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormatDateTime();
  const ids = { status: useId(), item: useId(), error: useId(), done: useId() };
  const moves = nextStatuses(initiative.status);
  const options: InitiativeStatus[] = takesAgendaItem(initiative.status) ? [initiative.status, ...moves] : [...moves];
  const [chosen, setStatus] = useState<InitiativeStatus | null>(null);
  const [itemId, setItemId] = useState(initiative.agendaItemId ?? "");
  const [done, setDone] = useState("");
  const agenda = useQuery(InitiativeAgendaQuery);
  const [mutate] = useMutation(SetInitiativeStatusMutation);
  const action = useMutationAction();

  // After a move the choices change; fall back to the first one still offered.
  const status: InitiativeStatus | undefined = chosen && options.includes(chosen) ? chosen : (moves.at(0) ?? options.at(0));

  if (options.length === 0) return <span className="muted">{t("initiatives:statusControl.closed")}</span>;

  const withItem = status !== undefined && takesAgendaItem(status);
  const sessions = agendaChoices(agenda.data?.sessions ?? []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!status) return;
    setDone("");
    const previousItem = initiative.agendaItemId;
    const ok = await action.run(() =>
      mutate({
        variables: { id: initiative.id, status, agendaItemId: withItem && itemId ? itemId : null },
        update(cache) {
          // The items it leaves and joins show their initiatives: let them read again.
          for (const id of new Set([previousItem, withItem ? itemId : null])) {
            if (id) cache.evict({ id: cache.identify({ __typename: "AgendaItem", id }), fieldName: "initiatives" });
          }
        },
      }),
    );
    if (ok) {
      setStatus(null); // offer the next move of the new status
      setDone(t("initiatives:statusControl.saved", { status: t(`initiatives:status.${status}`) }));
    }
  }

  return (
    <details className="status-control">
      <summary>
        {t("initiatives:statusControl.open")}
        <span className="visually-hidden">: {initiative.title}</span>
      </summary>
      <form className="form status-control__form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={ids.status}>{t("initiatives:statusControl.status")}</label>
          <select id={ids.status} value={status ?? ""} onChange={(e) => setStatus(e.target.value as InitiativeStatus)} aria-describedby={action.error ? ids.error : undefined}>
            {options.map((s) => (
              <option key={s} value={s}>
                {s === initiative.status ? t("initiatives:statusControl.keep", { status: t(`initiatives:status.${s}`) }) : t(`initiatives:status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        {withItem && (
          <div className="field">
            <label htmlFor={ids.item}>{t("initiatives:statusControl.agendaItem")}</label>
            <select id={ids.item} value={itemId} onChange={(e) => setItemId(e.target.value)}>
              <option value="">{agenda.loading ? t("common.loading") : t("initiatives:statusControl.noItem")}</option>
              {sessions.map((session) => (
                <optgroup key={session.id} label={`${session.title} — ${format(session.scheduledAt)}`}>
                  {session.agenda.map((item) => (
                    <option key={item.id} value={item.id}>
                      {item.position}. {item.title}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
        )}
        <div className="button-row">
          <button type="submit" className="button button--primary button--small" disabled={action.pending || !status}>
            {action.pending ? t("initiatives:statusControl.saving") : t("initiatives:statusControl.save")}
          </button>
        </div>
        <ErrorMessage error={action.error} id={ids.error} />
        <p role="status" className="success-message-region">
          {done && <span className="success-message">{done}</span>}
        </p>
      </form>
    </details>
  );
}

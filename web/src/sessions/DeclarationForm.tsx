import type { InternalRefetchQueriesInclude } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import type { InterestType } from "../gql/graphql";
import { ErrorMessage } from "../ui/ErrorMessage";
import { Heading } from "../ui/Heading";
import { useMutationAction } from "../ui/useMutationAction";
import { byName, INTEREST_TYPES, type AgendaItem } from "./model";
import { appendToList } from "./cacheUpdates";
import { FileDeclarationMutation } from "./operations";

export { INTEREST_TYPES };
export const DESCRIPTION_MAX = 2000;

type Councillor = { id: string; fullName: string };

/**
 * An ad-hoc declaration of interest [deklaratë ad hoc e interesit] on one
 * agenda item. A councillor files it for themself; the secretariat passes
 * `councillors` and files it on someone's behalf (the server records that).
 *
 * The councillor's portal opens it from one item (`lockItem`): the item is
 * then shown, not chosen, the page's own explanation replaces the form's
 * (`showHelp={false}`), and the portal hears of the filing through `onFiled` so it can
 * close the form and say so in its own live region.
 */
export function DeclarationForm({
  items,
  defaultItemId,
  councillors,
  lockItem = false,
  showHelp = true,
  heading,
  refetchQueries,
  onFiled,
  onCancel,
  autoFocus = false,
}: {
  items: AgendaItem[];
  defaultItemId?: string | null;
  councillors?: readonly Councillor[];
  lockItem?: boolean;
  /** False when the page explains once, above several forms, when and how to declare. */
  showHelp?: boolean;
  heading?: string;
  refetchQueries?: InternalRefetchQueriesInclude;
  onFiled?: (item: AgendaItem | undefined) => void;
  onCancel?: () => void;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const ids = {
    heading: useId(),
    item: useId(),
    councillor: useId(),
    type: useId(),
    description: useId(),
    counter: useId(),
    recused: useId(),
    help: useId(),
  };
  const onBehalf = councillors !== undefined;
  const [itemId, setItemId] = useState(defaultItemId ?? items[0]?.id ?? "");
  const [councillorId, setCouncillorId] = useState("");
  const [interestType, setInterestType] = useState<InterestType | "">("");
  const [description, setDescription] = useState("");
  const [recused, setRecused] = useState(false);
  const [filedFor, setFiledFor] = useState<string | null>(null);
  const action = useMutationAction();
  const [fileDeclaration] = useMutation(FileDeclarationMutation);
  const firstField = useRef<HTMLSelectElement>(null);

  const selectedItemId = items.some((item) => item.id === itemId) ? itemId : (items[0]?.id ?? "");
  const selectedItem = items.find((item) => item.id === selectedItemId);

  useEffect(() => {
    if (autoFocus) firstField.current?.focus();
  }, [autoFocus]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFiledFor(null);
    if (!interestType) return;
    const ok = await action.run(() =>
      fileDeclaration({
        variables: {
          input: {
            agendaItemId: selectedItemId,
            interestType,
            description: description.trim(),
            recused,
            ...(onBehalf ? { councillorId } : {}),
          },
        },
        update: (cache, { data }) =>
          appendToList(
            cache,
            { __typename: "AgendaItem", id: selectedItemId },
            "declarations",
            data?.fileDeclaration && { __typename: "Declaration", id: data.fileDeclaration.id },
          ),
        refetchQueries,
        awaitRefetchQueries: true,
      }),
    );
    if (ok) {
      setDescription("");
      setRecused(false);
      setInterestType("");
      if (onFiled) onFiled(selectedItem);
      else setFiledFor(selectedItem?.title ?? "");
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === "Escape" && onCancel && !action.pending) {
      event.preventDefault();
      onCancel();
    }
  }

  return (
    <section className="panel declaration-form" aria-labelledby={ids.heading}>
      <Heading id={ids.heading}>
        {heading ?? (onBehalf ? t("declaration.onBehalfHeading") : t("declaration.formHeading"))}
      </Heading>
      {showHelp && (
        <div className="declaration-form__help" id={ids.help}>
          <p>{t("declaration.helpWhen")}</p>
          <p>{t("declaration.helpRecusal")}</p>
          <p>{t("declaration.helpPublic")}</p>
        </div>
      )}
      {items.length === 0 ? (
        <p className="muted">{t("declaration.noItems")}</p>
      ) : (
        <form className="form" onSubmit={submit} onKeyDown={onKeyDown}>
          {lockItem && selectedItem ? (
            <p className="declaration-form__item">
              {t("agenda.itemNumber", { position: selectedItem.position })}: {selectedItem.title}
            </p>
          ) : (
            <div className="field">
              <label htmlFor={ids.item}>{t("declaration.item")}</label>
              <select id={ids.item} value={selectedItemId} onChange={(e) => setItemId(e.target.value)} required>
                {items.map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.position}. {item.title}
                  </option>
                ))}
              </select>
            </div>
          )}
          {onBehalf && (
            <div className="field">
              <label htmlFor={ids.councillor}>{t("declaration.councillor")}</label>
              <select id={ids.councillor} value={councillorId} onChange={(e) => setCouncillorId(e.target.value)} required>
                <option value="">{t("common.choose")}</option>
                {[...councillors].sort(byName).map((councillor) => (
                  <option key={councillor.id} value={councillor.id}>
                    {councillor.fullName}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor={ids.type}>{t("declaration.interestType")}</label>
            <select
              id={ids.type}
              ref={firstField}
              value={interestType}
              onChange={(e) => setInterestType(e.target.value as InterestType | "")}
              required
            >
              <option value="">{t("common.choose")}</option>
              {INTEREST_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`interest.${type}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.description}>{t("declaration.description")}</label>
            <textarea
              id={ids.description}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
              required
              maxLength={DESCRIPTION_MAX}
              rows={4}
              aria-describedby={ids.counter}
            />
            <p className="field__hint" id={ids.counter}>
              {t("declaration.charactersLeft", { count: DESCRIPTION_MAX - description.length })}
            </p>
          </div>
          <div className="field field--checkbox">
            <input id={ids.recused} type="checkbox" checked={recused} onChange={(e) => setRecused(e.target.checked)} />
            <label htmlFor={ids.recused}>{onBehalf ? t("declaration.recusedOnBehalf") : t("declaration.recused")}</label>
          </div>
          <ErrorMessage error={action.error} />
          {filedFor !== null && (
            <p className="success-message" role="status">
              {t("declaration.filed", { item: filedFor })}
            </p>
          )}
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={action.pending}>
              {t("declaration.submit")}
            </button>
            {onCancel && (
              <button type="button" className="button" onClick={onCancel} disabled={action.pending}>
                {t("common.cancel")}
              </button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}

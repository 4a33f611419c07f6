import { useMutation } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { InterestType } from "../gql/graphql";
import { ErrorMessage } from "../ui/ErrorMessage";
import { Heading } from "../ui/Heading";
import { useMutationAction } from "../ui/useMutationAction";
import { byName, type AgendaItem } from "./model";
import { appendToList } from "./cacheUpdates";
import { FileDeclarationMutation } from "./operations";

export const INTEREST_TYPES: readonly InterestType[] = ["PERSONAL", "FAMILY", "FINANCIAL", "PROFESSIONAL", "OTHER"];
export const DESCRIPTION_MAX = 2000;

type Councillor = { id: string; fullName: string };

/**
 * An ad-hoc declaration of interest [deklaratë ad hoc e interesit] on one
 * agenda item. A councillor files it for themself; the secretariat passes
 * `councillors` and files it on someone's behalf (the server records that).
 */
export function DeclarationForm({
  items,
  defaultItemId,
  councillors,
}: {
  items: AgendaItem[];
  defaultItemId?: string | null;
  councillors?: readonly Councillor[];
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

  const selectedItemId = items.some((item) => item.id === itemId) ? itemId : (items[0]?.id ?? "");

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
      }),
    );
    if (ok) {
      const item = items.find((candidate) => candidate.id === selectedItemId);
      setFiledFor(item?.title ?? "");
      setDescription("");
      setRecused(false);
      setInterestType("");
    }
  }

  return (
    <section className="panel declaration-form" aria-labelledby={ids.heading}>
      <Heading id={ids.heading}>{onBehalf ? t("declaration.onBehalfHeading") : t("declaration.formHeading")}</Heading>
      <div className="declaration-form__help" id={ids.help}>
        <p>{t("declaration.helpWhen")}</p>
        <p>{t("declaration.helpRecusal")}</p>
        <p>{t("declaration.helpPublic")}</p>
      </div>
      {items.length === 0 ? (
        <p className="muted">{t("declaration.noItems")}</p>
      ) : (
        <form className="form" onSubmit={submit}>
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
          <button type="submit" className="button button--primary" disabled={action.pending}>
            {t("declaration.submit")}
          </button>
        </form>
      )}
    </section>
  );
}

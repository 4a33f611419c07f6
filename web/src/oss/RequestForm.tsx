import { useMutation } from "@apollo/client/react";
import type { TFunction } from "i18next";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { tiraneLocalToIso } from "../app/time";
import type { Gender, OssCharterQuery } from "../gql/graphql";
import { useFormatDateTime } from "../ui/DateTime";
import { ErrorMessage } from "../ui/ErrorMessage";
import { useMutationAction } from "../ui/useMutationAction";
import { type PrintedReceipt, usePrintReceipt } from "./CounterReceipt";
import { SubmitServiceRequestMutation } from "./operations";
import { useServiceName } from "./RequestBits";
import { applyToQueue, type Request } from "./useServiceRequestUpdates";
import { slaOf } from "./workingTime";

const GENDERS: Gender[] = ["FEMALE", "MALE", "OTHER", "UNDISCLOSED"];

type Charter = OssCharterQuery;

/** The charter's services grouped by category, in the charter's order. */
export function byCategory<T extends { category: string }>(types: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const type of types) {
    const group = groups.get(type.category);
    if (group) group.push(type);
    else groups.set(type.category, [type]);
  }
  return [...groups.entries()];
}

/** The central One Stop Shop first, then the administrative units. */
export function defaultOffice(offices: Charter["offices"]): string {
  return (offices.find((o) => o.kind === "CENTRAL") ?? offices[0])?.code ?? "";
}

/**
 * "Regjistro kërkesë": a request received at the counter now, or a paper
 * request received earlier (back-dated), with the citizen's gender when given.
 */
export function RequestForm({ charter, queueOfficeCode, onPrinted }: { charter: Charter; queueOfficeCode: string | null; onPrinted: (printed: PrintedReceipt) => void }) {
  const { t } = useTranslation();
  const serviceName = useServiceName();
  const format = useFormatDateTime();
  const ids = { heading: useId(), service: useId(), office: useId(), received: useId(), receivedHint: useId(), gender: useId() };
  const [serviceCode, setServiceCode] = useState("");
  const [officeCode, setOfficeCode] = useState(() => defaultOffice(charter.offices));
  const [receivedAt, setReceivedAt] = useState("");
  const [gender, setGender] = useState<Gender | "">("");
  const [registered, setRegistered] = useState<Request | null>(null);
  const [submit] = useMutation(SubmitServiceRequestMutation);
  const action = useMutationAction();
  const [dateError, setDateError] = useState(false);
  const printReceipt = usePrintReceipt();
  const [receiptFailed, setReceiptFailed] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setRegistered(null);
    setReceiptFailed(false);
    const iso = receivedAt ? tiraneLocalToIso(receivedAt) : null;
    setDateError(!!receivedAt && !iso);
    if (receivedAt && !iso) return;
    await action.run(async () => {
      const { data } = await submit({
        variables: { input: { serviceTypeCode: serviceCode, officeCode: officeCode || null, receivedAt: iso, citizenGender: gender || null } },
        update: (cache, result) => {
          const request = result.data?.submitServiceRequest;
          if (request) applyToQueue(cache, request, queueOfficeCode);
        },
      });
      if (data) {
        setRegistered(data.submitServiceRequest);
        setServiceCode("");
        setReceivedAt("");
        setGender("");
        // The citizen at the counter leaves with a receipt: issued at once, shown above the queue to print.
        const printed = await printReceipt(data.submitServiceRequest).catch(() => null);
        if (printed) onPrinted(printed);
        else setReceiptFailed(true);
      }
    });
  }

  return (
    <section className="panel oss-form" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{t("oss:form.heading")}</h2>
      <form className="form oss-form__fields" onSubmit={onSubmit}>
        <div className="field">
          <label htmlFor={ids.service}>{t("oss:form.service")}</label>
          <select id={ids.service} required value={serviceCode} onChange={(e) => setServiceCode(e.target.value)}>
            <option value="">{t("common.choose")}</option>
            {byCategory(charter.serviceTypes).map(([category, types]) => (
              <optgroup key={category} label={category}>
                {types.map((type) => (
                  <option key={type.id} value={type.code}>
                    {serviceName(type)} — {slaLabel(type, t)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.office}>{t("oss:form.office")}</label>
          <select id={ids.office} required value={officeCode} onChange={(e) => setOfficeCode(e.target.value)}>
            {charter.offices.map((office) => (
              <option key={office.id} value={office.code}>
                {office.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.received}>{t("oss:form.receivedAt")}</label>
          <input
            id={ids.received}
            type="datetime-local"
            value={receivedAt}
            aria-describedby={ids.receivedHint}
            aria-invalid={dateError || undefined}
            onChange={(e) => setReceivedAt(e.target.value)}
          />
          <p className="field__hint" id={ids.receivedHint}>
            {t("oss:form.receivedAtHint")}
          </p>
          {dateError && (
            <p className="error-message" role="alert">
              {t("oss:form.invalidDate")}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={ids.gender}>{t("oss:form.gender")}</label>
          <select id={ids.gender} value={gender} onChange={(e) => setGender(e.target.value as Gender | "")}>
            <option value="">{t("oss:form.genderNone")}</option>
            {GENDERS.map((g) => (
              <option key={g} value={g}>
                {t(`oss:gender.${g}`)}
              </option>
            ))}
          </select>
        </div>
        <ErrorMessage error={action.error} />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={action.pending}>
            {action.pending ? t("oss:form.submitting") : t("oss:form.submit")}
          </button>
        </div>
        <p role="status" className={registered ? "success-message" : "visually-hidden"}>
          {registered
            ? t("oss:form.registered", { reference: registered.reference, due: format(registered.dueAt) })
            : ""}
        </p>
        {receiptFailed && <p className="error-message" role="alert">{t("oss:receipt.failed")}</p>}
      </form>
    </section>
  );
}

/** The SLA as plain text, for an <option> (which cannot hold markup). */
function slaLabel(type: { slaWorkingDays: number; slaWorkingHours?: number | null }, t: TFunction): string {
  const sla = slaOf(type);
  return t(sla.unit === "days" ? "oss:slaTime.days" : "oss:slaTime.hours", { count: sla.count });
}

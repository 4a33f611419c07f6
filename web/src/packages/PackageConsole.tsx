import { useMutation, useQuery } from "@apollo/client/react";
import { useId, useRef, useState, type DragEvent, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { DocumentKind, MeetingDocumentFieldsFragment } from "../gql/graphql";
import { ErrorMessage } from "../ui/ErrorMessage";
import { Heading } from "../ui/Heading";
import { Loading } from "../ui/Loading";
import { QueryError } from "../ui/QueryError";
import { useMutationAction } from "../ui/useMutationAction";
import "./i18n";
import { ACCEPT, DOCUMENT_KINDS, formatSize, packageGroups, precheck, titleFromFileName } from "./model";
import { MeetingDocumentMaxBytesQuery, RenameMeetingDocumentMutation, SessionPackageQuery, WithdrawMeetingDocumentMutation } from "./operations";
import { DocumentEntry } from "./PackagePanel";
import { attachUrl, replaceUrl, uploadDocument, type UploadAnswer } from "./upload";
import "./packages.css";

type Doc = MeetingDocumentFieldsFragment;
type ConsoleSession = { id: string; status: string; version: number; agenda: readonly { id: string; position: number; title: string }[] };

/**
 * The secretariat's tab for a session's meeting package: upload a document to the session or
 * one of its items (drag and drop or the file picker, its kind, progress, the refusals in words),
 * and for each document a new version, another title, or its withdrawal with a public reason.
 * A closed session's package is part of the record: shown, not changed.
 */
export function PackageConsole({ session }: { session: ConsoleSession }) {
  const { t } = useTranslation();
  const headingId = useId();
  const { data, error, refetch } = useQuery(SessionPackageQuery, { variables: { id: session.id } });
  const limit = useQuery(MeetingDocumentMaxBytesQuery);
  const maxBytes = limit.data?.meetingDocumentMaxBytes ?? null;
  const closed = session.status === "CLOSED";
  const pkg = data?.session ?? null;
  return (
    <section className="package-console" aria-labelledby={headingId}>
      <Heading id={headingId}>{t("packages:console.heading")}</Heading>
      {closed ? (
        <p className="muted">{t("packages:console.closed")}</p>
      ) : (
        <UploadForm session={session} maxBytes={maxBytes} onUploaded={() => void refetch()} />
      )}
      <Heading offset={1}>{t("packages:console.documents")}</Heading>
      {!data ? (
        error ? <QueryError error={error} onRetry={() => refetch()} /> : <Loading />
      ) : !pkg ? null : (
        <DocumentList
          groups={packageGroups({ packageUrl: pkg.packageUrl ?? null, documents: pkg.documents, agenda: pkg.agenda.map((i) => ({ ...i, packageUrl: i.packageUrl ?? null })) })}
          closed={closed}
          maxBytes={maxBytes}
          onChanged={() => void refetch()}
        />
      )}
    </section>
  );
}

function problemText(t: (k: string, o?: Record<string, unknown>) => string, problem: string, maxBytes: number | null, locale: string): string {
  if (problem === "tooLarge") return t("packages:console.tooLarge", { size: formatSize(maxBytes ?? 0, locale) });
  if (problem === "empty") return t("packages:console.empty");
  if (problem === "type") return t("packages:console.type");
  return t("packages:console.noFile");
}

function answerText(t: (k: string) => string, answer: Extract<UploadAnswer, { ok: false }>): string {
  if (answer.code === "NETWORK") return t("packages:console.network");
  return `${t("packages:console.refused")}: ${answer.message}`;
}

/** Sends one file with its progress; the refusal, if any, in words. */
function useUpload() {
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  async function send(url: string, file: File, fields: Record<string, string>, refusal: (a: Extract<UploadAnswer, { ok: false }>) => string) {
    setFailure(null);
    setProgress(0);
    const answer = await uploadDocument({ url, file, fields, onProgress: setProgress });
    setProgress(null);
    if (!answer.ok) setFailure(refusal(answer));
    return answer;
  }
  return { progress, failure, setFailure, send };
}

function UploadForm({ session, maxBytes, onUploaded }: { session: ConsoleSession; maxBytes: number | null; onUploaded: () => void }) {
  const { t, i18n } = useTranslation();
  const ids = { target: useId(), kind: useId(), title: useId(), titleHint: useId(), file: useId(), accepted: useId(), error: useId() };
  const [target, setTarget] = useState("");
  const [kind, setKind] = useState<DocumentKind>("NOTICE");
  const [title, setTitle] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [over, setOver] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const upload = useUpload();
  const items = [...session.agenda].sort((a, b) => a.position - b.position);

  function choose(next: File | null) {
    setDone(null);
    setFile(next);
    const problem = next ? precheck(next, maxBytes) : null;
    upload.setFailure(problem ? problemText(t, problem, maxBytes, i18n.language) : null);
  }
  function onTarget(value: string) {
    setTarget(value);
    setKind(value === "" ? "NOTICE" : "DRAFT_ACT");
  }
  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setOver(false);
    choose(event.dataTransfer.files[0] ?? null);
  }
  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const problem = file ? precheck(file, maxBytes) : "noFile";
    if (!file || problem) {
      upload.setFailure(problemText(t, problem ?? "noFile", maxBytes, i18n.language));
      return;
    }
    const fields: Record<string, string> = { kind, title: title.trim() || titleFromFileName(file.name) };
    if (target) fields.agendaItemId = target;
    const answer = await upload.send(attachUrl(session.id), file, fields, (a) => answerText(t, a));
    if (answer.ok) {
      setDone(t("packages:console.uploaded", { title: fields.title, version: answer.version }));
      setFile(null);
      setTitle("");
      if (input.current) input.current.value = "";
      onUploaded();
    }
  }

  const busy = upload.progress !== null;
  return (
    <form onSubmit={submit} aria-label={t("packages:console.uploadHeading")} noValidate>
      <label htmlFor={ids.target}>{t("packages:console.target")}</label>
      <select id={ids.target} value={target} onChange={(e) => onTarget(e.target.value)}>
        <option value="">{t("packages:console.targetSession")}</option>
        {items.map((i) => (
          <option key={i.id} value={i.id}>
            {t("packages:console.targetItem", { position: i.position, title: i.title })}
          </option>
        ))}
      </select>
      <label htmlFor={ids.kind}>{t("packages:console.kind")}</label>
      <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as DocumentKind)}>
        {DOCUMENT_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`packages:kind.${k}`)}
          </option>
        ))}
      </select>
      <label htmlFor={ids.title}>{t("packages:console.title")}</label>
      <input id={ids.title} type="text" value={title} maxLength={300} aria-describedby={ids.titleHint} onChange={(e) => setTitle(e.target.value)} />
      <p id={ids.titleHint} className="muted">{t("packages:console.titleHint")}</p>
      <div
        className={over ? "package-drop is-over" : "package-drop"}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <label htmlFor={ids.file}>{t("packages:console.file")}</label>
        <p className="muted">{t("packages:console.drop")}</p>
        <input
          ref={input}
          id={ids.file}
          type="file"
          accept={ACCEPT}
          aria-describedby={`${ids.accepted}${upload.failure ? ` ${ids.error}` : ""}`}
          aria-invalid={upload.failure ? true : undefined}
          onChange={(e) => choose(e.target.files?.[0] ?? null)}
        />
        <p id={ids.accepted} className="muted">
          {t("packages:console.accepted", { size: formatSize(maxBytes ?? 25 * 1024 * 1024, i18n.language) })}
        </p>
        {file && <p>{t("packages:console.chosen", { name: file.name, size: formatSize(file.size, i18n.language) })}</p>}
      </div>
      {busy && (
        <p role="status">
          <progress className="package-progress" max={1} value={upload.progress ?? 0} aria-label={t("packages:console.progress")} />{" "}
          {t("packages:console.uploading", { percent: Math.round((upload.progress ?? 0) * 100) })}
        </p>
      )}
      {upload.failure && (
        <p className="error-message" role="alert" id={ids.error}>
          {upload.failure}
        </p>
      )}
      {done && (
        <p className="package-console__success" role="status">
          {done}
        </p>
      )}
      <p>
        <button type="submit" className="button button--primary" disabled={busy}>
          {t("packages:console.upload")}
        </button>
      </p>
    </form>
  );
}

function DocumentList({ groups, closed, maxBytes, onChanged }: {
  groups: ReturnType<typeof packageGroups<Doc>>; closed: boolean; maxBytes: number | null; onChanged: () => void;
}) {
  const { t } = useTranslation();
  const filled = groups.filter((g) => g.documents.length > 0);
  if (filled.length === 0) return <p className="muted">{t("packages:console.noDocuments")}</p>;
  return (
    <>
      {filled.map((g) => (
        <div key={g.key} className="package-group">
          <Heading offset={2} className="package-group__title">
            {g.position === null ? t("packages:panel.sessionDocuments") : t("packages:panel.item", { position: g.position, title: g.title })}
          </Heading>
          <ul className="package-console__list">
            {g.documents.map((d) => (
              <li key={d.id} className="package-document">
                <DocumentEntry document={d} />
                {!closed && <DocumentActions document={d} maxBytes={maxBytes} onChanged={onChanged} />}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

function DocumentActions({ document: d, maxBytes, onChanged }: { document: Doc; maxBytes: number | null; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<"replace" | "rename" | "withdraw" | null>(null);
  const ids = { file: useId(), hint: useId(), title: useId(), reason: useId(), reasonHint: useId(), error: useId() };
  const [title, setTitle] = useState(d.title);
  const [reason, setReason] = useState("");
  const upload = useUpload();
  const action = useMutationAction();
  const [rename] = useMutation(RenameMeetingDocumentMutation);
  const [withdraw] = useMutation(WithdrawMeetingDocumentMutation);
  const fileInput = useRef<HTMLInputElement>(null);

  async function replace(event: FormEvent) {
    event.preventDefault();
    const file = fileInput.current?.files?.[0] ?? null;
    const problem = file ? precheck(file, maxBytes) : "noFile";
    if (!file || problem) {
      upload.setFailure(problemText(t, problem ?? "noFile", maxBytes, i18n.language));
      return;
    }
    const answer = await upload.send(replaceUrl(d.id), file, {}, (a) => answerText(t, a));
    if (answer.ok) {
      setOpen(null);
      onChanged();
    }
  }
  const toggle = (which: typeof open) => {
    upload.setFailure(null);
    action.clearError();
    setOpen(open === which ? null : which);
  };

  return (
    <div className="package-console__actions">
      <button type="button" className="button button--small" aria-expanded={open === "replace"} onClick={() => toggle("replace")}>
        {t("packages:console.replace")}
      </button>
      <button type="button" className="button button--small" aria-expanded={open === "rename"} onClick={() => toggle("rename")}>
        {t("packages:console.rename")}
      </button>
      <button type="button" className="button button--small button--danger" aria-expanded={open === "withdraw"} onClick={() => toggle("withdraw")}>
        {t("packages:console.withdraw")}
      </button>
      {open === "replace" && (
        <form onSubmit={replace} noValidate>
          <label htmlFor={ids.file}>{t("packages:console.replaceLabel", { title: d.title })}</label>
          <input ref={fileInput} id={ids.file} type="file" accept={ACCEPT} aria-describedby={ids.hint} onChange={() => upload.setFailure(null)} />
          <p id={ids.hint} className="muted">{t("packages:console.replaceHint")}</p>
          {upload.progress !== null && (
            <p role="status">
              <progress className="package-progress" max={1} value={upload.progress} aria-label={t("packages:console.progress")} />
            </p>
          )}
          {upload.failure && (
            <p className="error-message" role="alert">
              {upload.failure}
            </p>
          )}
          <button type="submit" className="button button--primary button--small" disabled={upload.progress !== null}>
            {t("packages:console.upload")}
          </button>
        </form>
      )}
      {open === "rename" && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void action.run(() => rename({ variables: { input: { documentId: d.id, title } } })).then((ok) => ok && (setOpen(null), onChanged()));
          }}
        >
          <label htmlFor={ids.title}>{t("packages:console.renameLabel")}</label>
          <input id={ids.title} type="text" value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
          <ErrorMessage error={action.error} />
          <button type="submit" className="button button--primary button--small" disabled={action.pending}>
            {t("packages:console.save")}
          </button>
        </form>
      )}
      {open === "withdraw" && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void action.run(() => withdraw({ variables: { input: { documentId: d.id, reason } } })).then((ok) => ok && (setOpen(null), onChanged()));
          }}
        >
          <label htmlFor={ids.reason}>{t("packages:console.withdrawReason")}</label>
          <input id={ids.reason} type="text" value={reason} maxLength={1000} aria-describedby={ids.reasonHint} onChange={(e) => setReason(e.target.value)} />
          <p id={ids.reasonHint} className="muted">{t("packages:console.withdrawHint")}</p>
          <ErrorMessage error={action.error} />
          <button type="submit" className="button button--danger button--small" disabled={action.pending}>
            {t("packages:console.withdrawConfirm")}
          </button>
        </form>
      )}
    </div>
  );
}

import { useMutation, useQuery } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Gender } from "../gql/graphql";
import { ErrorMessage } from "../ui/ErrorMessage";
import { ReceiptCard } from "../ui/PublicForm";
import { useMutationAction } from "../ui/useMutationAction";
import { COMMENT_MAX } from "./model";
import { DraftsOpenForCommentQuery, RecordPaperCommentMutation } from "./operations";

const GENDERS: readonly Gender[] = ["FEMALE", "MALE", "OTHER", "UNDISCLOSED"];

/**
 * The secretariat records a comment received on paper [me shkresë], as written on it, on a draft open for comment;
 * the receipt can be printed and handed or posted to its author. It joins the queue as pending.
 */
export function PaperCommentForm({ onRecorded }: { onRecorded: () => void }) {
  const { t } = useTranslation();
  const { data } = useQuery(DraftsOpenForCommentQuery);
  const [record] = useMutation(RecordPaperCommentMutation);
  const action = useMutationAction();
  const drafts = data?.draftsOpenForComment ?? [];
  const [itemId, setItemId] = useState("");
  const [name, setName] = useState("");
  const [gender, setGender] = useState<Gender | "">("");
  const [text, setText] = useState("");
  const [receipt, setReceipt] = useState<{ reference: string; code: string } | null>(null);

  async function send(e: FormEvent) {
    e.preventDefault();
    await action.run(async () => {
      const r = await record({ variables: { input: { agendaItemId: itemId || drafts[0]?.agendaItemId, authorName: name, gender: gender || null, text } } });
      if (r.data) {
        setReceipt(r.data.recordPaperComment.receipt);
        setName("");
        setText("");
        setGender("");
        onRecorded();
      }
    });
  }

  return (
    <details className="paper-comment">
      <summary>{t("comments:paper.title")}</summary>
      {drafts.length === 0 ? (
        <p className="comments-empty">{t("comments:list.empty")}</p>
      ) : (
        <form className="comment-form" onSubmit={send}>
          <label className="field">
            <span>{t("comments:paper.draft")}</span>
            <select value={itemId || drafts[0].agendaItemId} onChange={(e) => setItemId(e.target.value)}>
              {drafts.map((d) => <option key={d.agendaItemId} value={d.agendaItemId}>{d.title}</option>)}
            </select>
          </label>
          <label className="field">
            <span>{t("comments:form.name")}</span>
            <input type="text" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <div className="field">
            <label htmlFor="paper-text">{t("comments:paper.text")}</label>
            <textarea id="paper-text" required rows={4} maxLength={COMMENT_MAX} value={text} onChange={(e) => setText(e.target.value)} />
          </div>
          <label className="field">
            <span>{t("comments:form.gender")}</span>
            <select value={gender} onChange={(e) => setGender(e.target.value as Gender | "")}>
              <option value="">{t("comments:form.genderNone")}</option>
              {GENDERS.map((g) => <option key={g} value={g}>{t(`comments:gender.${g}`)}</option>)}
            </select>
          </label>
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={action.pending}>{t("comments:paper.record")}</button>
          </div>
          <ErrorMessage error={action.error} />
        </form>
      )}
      {receipt && <ReceiptCard receipt={receipt} />}
    </details>
  );
}

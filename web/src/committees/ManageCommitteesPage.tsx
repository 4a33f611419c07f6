import { useMutation, useQuery } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { useAuth } from "../app/auth/AuthProvider";
import { useDocumentTitle } from "../app/useDocumentTitle";
import type { CommitteeOpinionKind, CommitteePageQuery as CommitteePageData, CommitteeRole } from "../gql/graphql";
import { ErrorMessage } from "../ui/ErrorMessage";
import { Loading } from "../ui/Loading";
import { QueryError } from "../ui/QueryError";
import { useMutationAction } from "../ui/useMutationAction";
import "./i18n";
import "./committees.css";
import { COMMITTEE_ROLES, dayText, isDay, OPINION_KINDS, tiranaToday } from "./model";
import {
  AddCommitteeMemberMutation,
  CommitteeFormChoicesQuery,
  CommitteeListQuery,
  CommitteePageQuery,
  CreateCommitteeMutation,
  EndCommitteeMembershipMutation,
  RecordCommitteeOpinionMutation,
  UpdateCommitteeMutation,
} from "./operations";

// After a change, every committee read is asked again (the list, the page, the sessions' seated members).
const refetchAll = ["CommitteeList", "CommitteePage", "CommitteeFormChoices"];

/**
 * `/komisionet/menaxho` (ADMIN or SECRETARIAT): set up a committee, restate its functions and seats,
 * add members with their role and dates, end a membership; and (SECRETARIAT) record a committee's
 * opinion [relacion] on an item of the council's agenda.
 */
export function ManageCommitteesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("committees:manage.title"));
  const { hasRole } = useAuth();
  const [params, setParams] = useSearchParams();
  const list = useQuery(CommitteeListQuery);
  const selectId = useId();
  const selected = params.get("komisioni") ?? "";

  return (
    <div className="committee-manage">
      <p>
        <Link to="/komisionet">{t("committees:page.back")}</Link>
      </p>
      <h1>{t("committees:manage.title")}</h1>
      <CreateCommitteeForm onCreated={(id) => setParams({ komisioni: id })} />
      <h2>{t("committees:manage.choose")}</h2>
      {!list.data ? (
        list.error ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <Loading />
        )
      ) : list.data.committees.length === 0 ? (
        <p className="muted">{t("committees:list.empty")}</p>
      ) : (
        <div className="field">
          <label htmlFor={selectId}>{t("committees:manage.committee")}</label>
          <select id={selectId} value={selected} onChange={(e) => setParams(e.target.value ? { komisioni: e.target.value } : {})}>
            <option value="">{t("common.choose")}</option>
            {list.data.committees.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {selected && <CommitteeEditor key={selected} committeeId={selected} canRecordOpinions={hasRole("SECRETARIAT")} />}
    </div>
  );
}

function CreateCommitteeForm({ onCreated }: { onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const ids = { name: useId(), functions: useId(), seats: useId(), error: useId() };
  const [name, setName] = useState("");
  const [functions, setFunctions] = useState("");
  const [seats, setSeats] = useState("7");
  const [mutate] = useMutation(CreateCommitteeMutation, { refetchQueries: refetchAll });
  const action = useMutationAction();
  async function submit(event: FormEvent) {
    event.preventDefault();
    let id = "";
    const ok = await action.run(async () => {
      const r = await mutate({ variables: { input: { name, functions: functions || null, seats: Number(seats) } } });
      id = r.data?.createCommittee.id ?? "";
    });
    if (ok && id) {
      setName("");
      setFunctions("");
      onCreated(id);
    }
  }
  return (
    <details>
      <summary>{t("committees:manage.create")}</summary>
      <form className="form" onSubmit={submit} aria-describedby={action.error ? ids.error : undefined}>
        <div className="field">
          <label htmlFor={ids.name}>{t("committees:manage.name")}</label>
          <input id={ids.name} value={name} maxLength={200} required onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.functions}>{t("committees:page.functions")}</label>
          <textarea id={ids.functions} value={functions} maxLength={4000} rows={4} onChange={(e) => setFunctions(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.seats}>{t("committees:manage.seats")}</label>
          <input id={ids.seats} type="number" min={1} max={200} value={seats} required onChange={(e) => setSeats(e.target.value)} />
        </div>
        <button type="submit" className="button" disabled={action.pending}>
          {t("committees:manage.createButton")}
        </button>
        <ErrorMessage error={action.error} id={ids.error} />
      </form>
    </details>
  );
}

function CommitteeEditor({ committeeId, canRecordOpinions }: { committeeId: string; canRecordOpinions: boolean }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(CommitteePageQuery, { variables: { id: committeeId } });
  const choices = useQuery(CommitteeFormChoicesQuery);
  if (!data || !choices.data) {
    const failed = error ?? choices.error;
    return failed ? <QueryError error={failed} onRetry={() => Promise.all([refetch(), choices.refetch()])} /> : <Loading />;
  }
  const committee = data.committee;
  if (!committee) return <p className="error-message">{t("committees:page.notFound")}</p>;
  return (
    <>
      <h2>{committee.name}</h2>
      <p>
        <Link to={`/komisionet/${committee.id}`}>{t("committees:manage.publicPage")}</Link>
      </p>
      <EditCommitteeForm committee={committee} />
      <h3>{t("committees:page.members")}</h3>
      {committee.members.length === 0 ? (
        <p className="muted">{t("committees:page.noMembers")}</p>
      ) : (
        <ul>
          {committee.members.map((m) => (
            <li key={m.id}>
              <EndMembership membership={m} />
            </li>
          ))}
        </ul>
      )}
      <AddMemberForm committeeId={committee.id} councillors={choices.data.councillors.filter((c) => c.active)} />
      {canRecordOpinions && (
        <OpinionForm committeeId={committee.id} meetings={[...committee.upcomingMeetings, ...committee.pastMeetings]} sessions={choices.data.sessions} />
      )}
    </>
  );
}

type PageCommittee = NonNullable<CommitteePageData["committee"]>;

function EditCommitteeForm({ committee }: { committee: PageCommittee }) {
  const { t } = useTranslation();
  const ids = { name: useId(), functions: useId(), seats: useId(), error: useId() };
  const [name, setName] = useState(committee.name);
  const [functions, setFunctions] = useState(committee.functions ?? "");
  const [seats, setSeats] = useState(String(committee.seats));
  const [saved, setSaved] = useState(false);
  const [mutate] = useMutation(UpdateCommitteeMutation, { refetchQueries: refetchAll });
  const action = useMutationAction();
  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const ok = await action.run(() =>
      mutate({ variables: { id: committee.id, expectedVersion: committee.version, input: { name, functions: functions || null, seats: Number(seats) } } }),
    );
    setSaved(ok);
  }
  return (
    <form className="form" onSubmit={submit}>
      <fieldset>
        <legend>{t("committees:manage.edit")}</legend>
        <div className="field">
          <label htmlFor={ids.name}>{t("committees:manage.name")}</label>
          <input id={ids.name} value={name} maxLength={200} required onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.functions}>{t("committees:page.functions")}</label>
          <textarea id={ids.functions} value={functions} maxLength={4000} rows={4} onChange={(e) => setFunctions(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.seats}>{t("committees:manage.seats")}</label>
          <input id={ids.seats} type="number" min={1} max={200} value={seats} required onChange={(e) => setSeats(e.target.value)} />
        </div>
        <button type="submit" className="button" disabled={action.pending}>
          {t("committees:manage.save")}
        </button>
        {saved && (
          <p className="success" role="status">
            {t("committees:manage.saved")}
          </p>
        )}
        <ErrorMessage error={action.error} id={ids.error} />
      </fieldset>
    </form>
  );
}

function EndMembership({ membership }: { membership: PageCommittee["members"][number] }) {
  const { t } = useTranslation();
  const dateId = useId();
  const [leftOn, setLeftOn] = useState(tiranaToday());
  const [mutate] = useMutation(EndCommitteeMembershipMutation, { refetchQueries: refetchAll });
  const action = useMutationAction();
  return (
    <div className="form-row">
      <span>
        <strong>{membership.councillor.fullName}</strong> — {t(`committees:role.${membership.role}`)},{" "}
        {t("committees:manage.since", { day: dayText(membership.joinedOn) })}
      </span>
      <div className="field">
        <label htmlFor={dateId}>{t("committees:manage.lastDay", { name: membership.councillor.fullName })}</label>
        <input id={dateId} type="date" value={leftOn} onChange={(e) => setLeftOn(e.target.value)} />
      </div>
      <button
        type="button"
        className="button button--small"
        disabled={action.pending || !isDay(leftOn)}
        onClick={() => action.run(() => mutate({ variables: { membershipId: membership.id, leftOn } }))}
      >
        {t("committees:manage.end")}
      </button>
      <ErrorMessage error={action.error} />
    </div>
  );
}

function AddMemberForm({ committeeId, councillors }: { committeeId: string; councillors: readonly { id: string; fullName: string }[] }) {
  const { t } = useTranslation();
  const ids = { councillor: useId(), role: useId(), joined: useId(), left: useId(), error: useId() };
  const [councillorId, setCouncillorId] = useState("");
  const [role, setRole] = useState<CommitteeRole>("MEMBER");
  const [joinedOn, setJoinedOn] = useState(tiranaToday());
  const [leftOn, setLeftOn] = useState("");
  const [added, setAdded] = useState(false);
  const [mutate] = useMutation(AddCommitteeMemberMutation, { refetchQueries: refetchAll });
  const action = useMutationAction();
  async function submit(event: FormEvent) {
    event.preventDefault();
    setAdded(false);
    const ok = await action.run(() => mutate({ variables: { input: { committeeId, councillorId, role, joinedOn, leftOn: leftOn || null } } }));
    if (ok) {
      setCouncillorId("");
      setLeftOn("");
      setAdded(true);
    }
  }
  return (
    <form className="form" onSubmit={submit}>
      <fieldset>
        <legend>{t("committees:manage.addMember")}</legend>
        <div className="field">
          <label htmlFor={ids.councillor}>{t("committees:manage.councillor")}</label>
          <select id={ids.councillor} value={councillorId} required onChange={(e) => setCouncillorId(e.target.value)}>
            <option value="">{t("common.choose")}</option>
            {councillors.map((c) => (
              <option key={c.id} value={c.id}>
                {c.fullName}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.role}>{t("committees:page.role")}</label>
          <select id={ids.role} value={role} onChange={(e) => setRole(e.target.value as CommitteeRole)}>
            {COMMITTEE_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`committees:role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.joined}>{t("committees:page.joinedOn")}</label>
          <input id={ids.joined} type="date" value={joinedOn} required onChange={(e) => setJoinedOn(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.left}>{t("committees:manage.leftOnOptional")}</label>
          <input id={ids.left} type="date" value={leftOn} onChange={(e) => setLeftOn(e.target.value)} />
        </div>
        <button type="submit" className="button" disabled={action.pending || !councillorId || !isDay(joinedOn)}>
          {t("committees:manage.addButton")}
        </button>
        {added && (
          <p className="success" role="status">
            {t("committees:manage.added")}
          </p>
        )}
        <ErrorMessage error={action.error} id={ids.error} />
      </fieldset>
    </form>
  );
}

type ChoiceSession = { id: string; title: string; status: string; body: { kind: string }; agenda: readonly { id: string; position: number; title: string }[] };

function OpinionForm({
  committeeId,
  meetings,
  sessions,
}: {
  committeeId: string;
  meetings: readonly { id: string; title: string }[];
  sessions: readonly ChoiceSession[];
}) {
  const { t } = useTranslation();
  const ids = { session: useId(), item: useId(), meeting: useId(), meetingItem: useId(), opinion: useId(), text: useId(), error: useId() };
  const councilSessions = sessions.filter((s) => s.body.kind === "COUNCIL" && s.status !== "CLOSED");
  const [sessionId, setSessionId] = useState("");
  const [itemId, setItemId] = useState("");
  const [meetingId, setMeetingId] = useState("");
  const [meetingItemId, setMeetingItemId] = useState("");
  const [opinion, setOpinion] = useState<CommitteeOpinionKind>("FAVOURABLE");
  const [text, setText] = useState("");
  const [recorded, setRecorded] = useState(false);
  const [mutate] = useMutation(RecordCommitteeOpinionMutation, { refetchQueries: [...refetchAll, "SessionById", "LiveSession"] });
  const action = useMutationAction();
  const items = councilSessions.find((s) => s.id === sessionId)?.agenda ?? [];
  const meetingItems = sessions.find((s) => s.id === meetingId)?.agenda ?? [];
  async function submit(event: FormEvent) {
    event.preventDefault();
    setRecorded(false);
    const ok = await action.run(() =>
      mutate({
        variables: {
          input: { agendaItemId: itemId, committeeId, committeeSessionId: meetingId || null, committeeItemId: meetingItemId || null, opinion, text },
        },
      }),
    );
    if (ok) {
      setText("");
      setRecorded(true);
    }
  }
  return (
    <form className="form" onSubmit={submit}>
      <fieldset>
        <legend>{t("committees:manage.opinion")}</legend>
        <p className="field__hint">{t("committees:manage.opinionHelp")}</p>
        <div className="field">
          <label htmlFor={ids.session}>{t("committees:manage.councilSession")}</label>
          <select
            id={ids.session}
            value={sessionId}
            required
            onChange={(e) => {
              setSessionId(e.target.value);
              setItemId("");
            }}
          >
            <option value="">{t("common.choose")}</option>
            {councilSessions.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.item}>{t("committees:manage.councilItem")}</label>
          <select id={ids.item} value={itemId} required onChange={(e) => setItemId(e.target.value)}>
            <option value="">{t("common.choose")}</option>
            {items.map((i) => (
              <option key={i.id} value={i.id}>
                {i.position}. {i.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.meeting}>{t("committees:manage.meeting")}</label>
          <select
            id={ids.meeting}
            value={meetingId}
            onChange={(e) => {
              setMeetingId(e.target.value);
              setMeetingItemId("");
            }}
          >
            <option value="">{t("committees:manage.noMeeting")}</option>
            {meetings.map((m) => (
              <option key={m.id} value={m.id}>
                {m.title}
              </option>
            ))}
          </select>
        </div>
        {meetingId && (
          <div className="field">
            <label htmlFor={ids.meetingItem}>{t("committees:manage.meetingItem")}</label>
            <select id={ids.meetingItem} value={meetingItemId} onChange={(e) => setMeetingItemId(e.target.value)}>
              <option value="">{t("committees:manage.noMeeting")}</option>
              {meetingItems.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.position}. {i.title}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={ids.opinion}>{t("committees:manage.opinionKind")}</label>
          <select id={ids.opinion} value={opinion} onChange={(e) => setOpinion(e.target.value as CommitteeOpinionKind)}>
            {OPINION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`committees:opinion.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.text}>{t("committees:manage.opinionText")}</label>
          <textarea id={ids.text} value={text} maxLength={4000} rows={4} required onChange={(e) => setText(e.target.value)} />
        </div>
        <button type="submit" className="button" disabled={action.pending || !itemId || !text.trim()}>
          {t("committees:manage.record")}
        </button>
        {recorded && (
          <p className="success" role="status">
            {t("committees:manage.recorded")}
          </p>
        )}
        <ErrorMessage error={action.error} id={ids.error} />
      </fieldset>
    </form>
  );
}

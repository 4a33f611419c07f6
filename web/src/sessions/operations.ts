// Every GraphQL document about council sessions. One fragment describes the
// whole live picture of a session; queries, the subscription and the writes
// that return a session all ask for it, so the cache always holds the same shape.
import { graphql } from "../gql";

export const VoteFieldsFragment = graphql(`
  fragment VoteFields on Vote {
    id
    status
    majority
    outcome
    openedAt
    closedAt
    tally {
      for
      against
      abstain
      recused
      notVoted
    }
    ballots {
      choice
      councillor {
        id
        fullName
        party
      }
    }
    removedBallots {
      choice
      declarationId
      removedAt
      councillor {
        id
        fullName
        party
      }
    }
  }
`);

export const DeclarationFieldsFragment = graphql(`
  fragment DeclarationFields on Declaration {
    id
    interestType
    description
    recused
    filedAt
    filedOnBehalf
    inForce
    supersedesId
    agendaItemId
    councillor {
      id
      fullName
      party
    }
  }
`);

export const SessionFieldsFragment = graphql(`
  fragment SessionFields on CouncilSession {
    id
    title
    scheduledAt
    status
    seats
    lateNotice
    announcedAt
    startedAt
    closedAt
    minutes {
      ...MinutesFields
    }
    body {
      id
      name
      kind
    }
    quorum {
      seats
      present
      required
      reached
    }
    streamUrl
    version
    currentItem {
      id
    }
    currentSpeaker {
      ...SpeakerFields
    }
    agenda {
      id
      position
      title
      description
      status
      speakers {
        ...SpeakerFields
      }
      declarations {
        ...DeclarationFields
      }
      votes {
        ...VoteFields
      }
      committeeOpinions {
        id
        committeeId
        committeeName
        committeeSessionId
        committeeSessionTitle
        opinion
        text
      }
    }
    attendance {
      status
      changedAt
      councillor {
        id
        fullName
        party
        gender
      }
    }
  }
`);

export const LiveSessionQuery = graphql(`
  query LiveSession {
    liveSession {
      ...SessionFields
    }
  }
`);

export const SessionByIdQuery = graphql(`
  query SessionById($id: ID!) {
    session(id: $id) {
      ...SessionFields
    }
  }
`);

export const SessionListQuery = graphql(`
  query SessionList {
    sessions {
      id
      title
      scheduledAt
      status
      lateNotice
      closedAt
      minutes {
        ...MinutesFields
      }
      body {
        id
        name
      }
    }
  }
`);

export const CouncillorsQuery = graphql(`
  query Councillors {
    councillors {
      id
      fullName
      party
      gender
      active
    }
  }
`);

export const BodiesQuery = graphql(`
  query Bodies {
    bodies {
      id
      name
      kind
      seats
    }
  }
`);

export const SessionUpdatedSubscription = graphql(`
  subscription SessionUpdated($sessionId: ID!) {
    sessionUpdated(sessionId: $sessionId) {
      ...SessionFields
    }
  }
`);

export const CreateSessionMutation = graphql(`
  mutation CreateSession($input: CreateSessionInput!) {
    createSession(input: $input) {
      ...SessionFields
    }
  }
`);

export const AddAgendaItemMutation = graphql(`
  mutation AddAgendaItem($input: AgendaItemInput!) {
    addAgendaItem(input: $input) {
      id
      position
      title
      description
      status
    }
  }
`);

export const StartSessionMutation = graphql(`
  mutation StartSession($sessionId: ID!) {
    startSession(sessionId: $sessionId) {
      ...SessionFields
    }
  }
`);

export const SuspendSessionMutation = graphql(`
  mutation SuspendSession($sessionId: ID!) {
    suspendSession(sessionId: $sessionId) {
      ...SessionFields
    }
  }
`);

export const ResumeSessionMutation = graphql(`
  mutation ResumeSession($sessionId: ID!) {
    resumeSession(sessionId: $sessionId) {
      ...SessionFields
    }
  }
`);

export const CloseSessionMutation = graphql(`
  mutation CloseSession($sessionId: ID!) {
    closeSession(sessionId: $sessionId) {
      ...SessionFields
    }
  }
`);

export const RecordAttendanceMutation = graphql(`
  mutation RecordAttendance($input: AttendanceInput!) {
    recordAttendance(input: $input) {
      ...SessionFields
    }
  }
`);

export const RecordAttendanceBatchMutation = graphql(`
  mutation RecordAttendanceBatch($input: AttendanceBatchInput!) {
    recordAttendanceBatch(input: $input) {
      ...SessionFields
    }
  }
`);

export const StartAgendaItemMutation = graphql(`
  mutation StartAgendaItem($agendaItemId: ID!) {
    startAgendaItem(agendaItemId: $agendaItemId) {
      ...SessionFields
    }
  }
`);

export const FileDeclarationMutation = graphql(`
  mutation FileDeclaration($input: DeclarationInput!) {
    fileDeclaration(input: $input) {
      ...DeclarationFields
    }
  }
`);

export const OpenVoteMutation = graphql(`
  mutation OpenVote($input: OpenVoteInput!) {
    openVote(input: $input) {
      ...VoteFields
    }
  }
`);

export const CastBallotMutation = graphql(`
  mutation CastBallot($input: BallotInput!) {
    castBallot(input: $input) {
      ...VoteFields
    }
  }
`);

export const CloseVoteMutation = graphql(`
  mutation CloseVote($voteId: ID!) {
    closeVote(voteId: $voteId) {
      ...VoteFields
    }
  }
`);

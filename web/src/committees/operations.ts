// GraphQL documents of the committees' pages [komisionet]: the list, one committee's page,
// and the secretariat's and admin's changes (committee, memberships, opinions on council items).
import { graphql } from "../gql";

export const CommitteeMembershipFieldsFragment = graphql(`
  fragment CommitteeMembershipFields on CommitteeMembership {
    id
    role
    joinedOn
    leftOn
    councillor {
      id
      fullName
      party
    }
  }
`);

export const CommitteeListQuery = graphql(`
  query CommitteeList {
    committees {
      id
      name
      seats
      membersCount
      chair {
        ...CommitteeMembershipFields
      }
      nextMeeting {
        id
        title
        scheduledAt
        lateNotice
      }
    }
  }
`);

export const CommitteePageQuery = graphql(`
  query CommitteePage($id: ID!) {
    committee(id: $id) {
      id
      name
      functions
      seats
      version
      noticeDays
      membersCount
      chair {
        ...CommitteeMembershipFields
      }
      members {
        ...CommitteeMembershipFields
      }
      pastMembers {
        ...CommitteeMembershipFields
      }
      upcomingMeetings {
        id
        title
        scheduledAt
        announcedAt
        status
        lateNotice
        items
      }
      pastMeetings {
        id
        title
        scheduledAt
        announcedAt
        status
        lateNotice
        items
      }
      opinions {
        id
        agendaItemId
        agendaItemTitle
        sessionId
        sessionTitle
        sessionScheduledAt
        committeeSessionId
        committeeSessionTitle
        opinion
        text
        recordedAt
      }
    }
  }
`);

/** What the forms choose from: the councillors, and the council's sessions with their items (for an opinion). */
export const CommitteeFormChoicesQuery = graphql(`
  query CommitteeFormChoices {
    councillors {
      id
      fullName
      active
    }
    sessions {
      id
      title
      scheduledAt
      status
      body {
        id
        kind
      }
      agenda {
        id
        position
        title
      }
    }
  }
`);

export const CreateCommitteeMutation = graphql(`
  mutation CreateCommittee($input: CommitteeInput!) {
    createCommittee(input: $input) {
      id
      name
    }
  }
`);

export const UpdateCommitteeMutation = graphql(`
  mutation UpdateCommittee($id: ID!, $input: CommitteeInput!, $expectedVersion: Int) {
    updateCommittee(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      name
      functions
      seats
      version
    }
  }
`);

export const AddCommitteeMemberMutation = graphql(`
  mutation AddCommitteeMember($input: CommitteeMemberInput!) {
    addCommitteeMember(input: $input) {
      ...CommitteeMembershipFields
    }
  }
`);

export const EndCommitteeMembershipMutation = graphql(`
  mutation EndCommitteeMembership($membershipId: ID!, $leftOn: String!) {
    endCommitteeMembership(membershipId: $membershipId, leftOn: $leftOn) {
      ...CommitteeMembershipFields
    }
  }
`);

export const RecordCommitteeOpinionMutation = graphql(`
  mutation RecordCommitteeOpinion($input: CommitteeOpinionInput!) {
    recordCommitteeOpinion(input: $input) {
      id
      agendaItemId
      committeeId
      committeeName
      opinion
      text
    }
  }
`);

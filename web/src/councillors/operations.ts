// Every GraphQL document of the councillors' pages [këshilltarët]: the list, a councillor's
// profile with their record over a period, the register of attendance, and the
// secretariat's profile form.
import { graphql } from "../gql";

export const CouncillorListQuery = graphql(`
  query CouncillorList {
    councillors(includeFormer: true) {
      id
      fullName
      gender
      party
      active
      termStart
      termEnd
      photoUrl
      committeeSeats {
        bodyId
        bodyName
        role
        leftOn
      }
    }
  }
`);

export const CouncillorPageQuery = graphql(`
  query CouncillorPage($id: ID!, $from: DateTime, $to: DateTime) {
    councillor(id: $id) {
      id
      fullName
      gender
      party
      active
      termStart
      termEnd
      photoUrl
      cv
      contact {
        email
        phone
      }
      committeeSeats {
        bodyId
        bodyName
        role
        joinedOn
        leftOn
      }
    }
    councillorRecord(councillorId: $id, from: $from, to: $to) {
      from
      to
      attendanceRatePct
      sessionsHeld { count sessionIds }
      sessionsSeated { count sessionIds }
      present { count sessionIds }
      excused { count sessionIds }
      absent { count sessionIds }
      lateArrivals { count sessionIds }
      earlyDepartures { count sessionIds }
      ballotsCast { count sessionIds }
      votesMissed { count sessionIds }
      votesRecused { count sessionIds }
      declarationsFiled { count sessionIds }
      initiativesLed { count sessionIds }
      initiativesCoSponsored { count sessionIds }
      sessions {
        sessionId
        title
        scheduledAt
        finalStatus
        present
        excused
        arrivedAt
        late
        leftAt
        leftEarly
      }
      votes {
        voteId
        sessionId
        sessionTitle
        scheduledAt
        agendaItemPosition
        agendaItemTitle
        majority
        outcome
        for
        against
        abstain
        choice
        recused
        missed
        presentAtSession
      }
      declarations {
        id
        sessionId
        sessionTitle
        bodyName
        scheduledAt
        agendaItemPosition
        agendaItemTitle
        interestType
        description
        recused
        filedAt
        inForce
      }
      initiatives { id title kind status submittedAt sessionId }
      coSponsoredInitiatives { id title kind status submittedAt sessionId }
    }
  }
`);

export const AttendanceRegisterQuery = graphql(`
  query AttendanceRegister($from: DateTime, $to: DateTime) {
    attendanceRegister(from: $from, to: $to) {
      sessions {
        sessionId
        title
        scheduledAt
        seated
        present
        excused
        absent
        late
        leftEarly
        presentAtEnd
        quorumRequired
        quorumReached
      }
      councillors {
        councillor { id fullName party }
        seated
        present
        excused
        absent
        late
        leftEarly
        attendanceRatePct
      }
    }
  }
`);

export const CouncillorEditQuery = graphql(`
  query CouncillorEdit($id: ID!) {
    councillor(id: $id) {
      id
      fullName
      party
      termStart
      termEnd
      photoUrl
      cv
      profileVersion
      contactDetails {
        email
        emailPublished
        phone
        phonePublished
      }
    }
  }
`);

export const SetCouncillorProfileMutation = graphql(`
  mutation SetCouncillorProfile($input: CouncillorProfileInput!) {
    setCouncillorProfile(input: $input) {
      id
      party
      termStart
      termEnd
      cv
      profileVersion
      contact { email phone }
      contactDetails { email emailPublished phone phonePublished }
    }
  }
`);

// Every GraphQL document about councillors' initiatives [nisma] and public
// consultations. The stats fragments are asked for whole by every query that
// reads them: the objects have no id, so Apollo keeps one copy per period and
// two queries asking for different fields of it would overwrite each other.
import { graphql } from "../gql";

export const InitiativeGenderStatsFieldsFragment = graphql(`
  fragment InitiativeGenderStatsFields on InitiativeGenderStats {
    period
    total
    byWomen
    womenSharePct
    womenSeatSharePct
    allSponsorsWomenSharePct
    sponsorships
    ratioToSeatShare
    byKind {
      kind
      total
      byWomen
      womenSharePct
    }
    byParty {
      party
      total
      byWomen
      womenSharePct
    }
  }
`);

export const ConsultationGenderStatsFieldsFragment = graphql(`
  fragment ConsultationGenderStatsFields on ConsultationGenderStats {
    period
    consultations
    participants
    women
    womenSharePct
    targetPct
    meetsTarget
    vulnerableGroups
  }
`);

export const InitiativeFieldsFragment = graphql(`
  fragment InitiativeFields on Initiative {
    id
    title
    kind
    submittedAt
    period
    status
    agendaItemId
    version
    leadSponsor {
      id
      fullName
      gender
      party
    }
    coSponsors {
      id
      fullName
      gender
      party
    }
  }
`);

/** The report's chosen half-year: the indicator, consultations and their list. */
export const InitiativeReportQuery = graphql(`
  query InitiativeReport($period: String!) {
    initiativeGenderStats(period: $period) {
      ...InitiativeGenderStatsFields
    }
    consultationGenderStats(period: $period) {
      ...ConsultationGenderStatsFields
    }
    consultations(period: $period) {
      id
      title
      kind
      heldAt
      women
      men
      otherOrUndisclosed
      vulnerableGroups
    }
  }
`);

/** The last four half-years side by side, for the charts (newest first in the variables). */
export const InitiativeTrendQuery = graphql(`
  query InitiativeTrend($p0: String!, $p1: String!, $p2: String!, $p3: String!) {
    s0: initiativeGenderStats(period: $p0) {
      ...InitiativeGenderStatsFields
    }
    s1: initiativeGenderStats(period: $p1) {
      ...InitiativeGenderStatsFields
    }
    s2: initiativeGenderStats(period: $p2) {
      ...InitiativeGenderStatsFields
    }
    s3: initiativeGenderStats(period: $p3) {
      ...InitiativeGenderStatsFields
    }
    c0: consultationGenderStats(period: $p0) {
      ...ConsultationGenderStatsFields
    }
    c1: consultationGenderStats(period: $p1) {
      ...ConsultationGenderStatsFields
    }
    c2: consultationGenderStats(period: $p2) {
      ...ConsultationGenderStatsFields
    }
    c3: consultationGenderStats(period: $p3) {
      ...ConsultationGenderStatsFields
    }
  }
`);

/** The public register, filtered by half-year and councillor (as lead or co-sponsor). */
export const InitiativeRegisterQuery = graphql(`
  query InitiativeRegister($period: String, $councillorId: ID) {
    initiatives(period: $period, councillorId: $councillorId) {
      ...InitiativeFields
    }
  }
`);

/** Every session's agenda, to name and link the item where an initiative was decided. */
export const InitiativeAgendaQuery = graphql(`
  query InitiativeAgenda {
    sessions {
      id
      title
      scheduledAt
      status
      agenda {
        id
        position
        title
        status
      }
    }
  }
`);

export const SubmitInitiativeMutation = graphql(`
  mutation SubmitInitiative($input: InitiativeInput!) {
    submitInitiative(input: $input) {
      ...InitiativeFields
    }
  }
`);

export const SetInitiativeStatusMutation = graphql(`
  mutation SetInitiativeStatus($id: ID!, $status: InitiativeStatus!, $agendaItemId: ID) {
    setInitiativeStatus(id: $id, status: $status, agendaItemId: $agendaItemId) {
      ...InitiativeFields
    }
  }
`);

export const RecordConsultationMutation = graphql(`
  mutation RecordConsultation($input: ConsultationInput!) {
    recordConsultation(input: $input) {
      id
      title
      kind
      heldAt
      women
      men
      otherOrUndisclosed
      vulnerableGroups
    }
  }
`);

// The register of decisions [regjistri i vendimeve]: every decided agenda item with its number, vote and the
// review of its legality (prefect / MAPL), searchable without diacritics.
import { graphql } from "../gql";

export const DecisionFieldsFragment = graphql(`
  fragment DecisionFields on Decision {
    id
    number
    year
    decidedAt
    decidedOn
    body {
      id
      name
      kind
    }
    sessionId
    sessionTitle
    position
    title
    kind
    outcome
    majority
    tally {
      for
      against
      abstain
      recused
      notVoted
    }
    review {
      status
      authority
      on
      note
    }
    version
  }
`);

export const DecisionRegisterQuery = graphql(`
  query DecisionRegister($filter: DecisionFilter, $offset: Int!, $limit: Int!) {
    decisions(filter: $filter, offset: $offset, limit: $limit) {
      total
      offset
      limit
      items {
        ...DecisionFields
        match {
          source
          label
          text
        }
        documents {
          id
          kind
          title
          url
        }
      }
    }
  }
`);

export const DecisionFilterChoicesQuery = graphql(`
  query DecisionFilterChoices {
    decisionYears
    bodies {
      id
      name
      kind
    }
  }
`);

export const DecisionQuery = graphql(`
  query Decision($id: ID!) {
    decision(id: $id) {
      ...DecisionFields
      description
      draftPublishedAt
      sessionScheduledAt
      voteId
      ballots {
        councillor {
          id
          fullName
          party
        }
        choice
      }
    }
  }
`);

/** The voted item's documents (the draft act first), from its session's meeting package. */
export const DecisionDocumentsQuery = graphql(`
  query DecisionDocuments($sessionId: ID!) {
    session(id: $sessionId) {
      id
      agenda {
        id
        packageUrl
        documents {
          id
          kind
          title
          fileName
          url
          version
        }
      }
    }
  }
`);

export const SetDecisionReviewMutation = graphql(`
  mutation SetDecisionReview($input: DecisionReviewInput!) {
    setDecisionReview(input: $input) {
      ...DecisionFields
    }
  }
`);

export const RegisterDecisionMutation = graphql(`
  mutation RegisterDecision($input: RegisterDecisionInput!) {
    registerDecision(input: $input) {
      ...DecisionFields
    }
  }
`);

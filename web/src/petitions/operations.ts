// Petitions and citizens' initiatives [peticione, nisma qytetare]: the public register, a petition's page,
// online submission, and the secretariat's registration from paper and lifecycle.
import { graphql } from "../gql";

export const PetitionFieldsFragment = graphql(`
  fragment PetitionFields on Petition {
    id
    reference
    title
    petitionerKind
    organisationName
    signaturesCount
    channel
    status
    receivedAt
    reviewDueAt
    answerDueAt
    reviewLate
    answerLate
    version
  }
`);

export const PetitionRegisterQuery = graphql(`
  query PetitionRegister($status: PetitionStatus, $offset: Int!, $limit: Int!) {
    petitions(status: $status, offset: $offset, limit: $limit) {
      total
      offset
      limit
      items {
        ...PetitionFields
      }
    }
  }
`);

export const PetitionDetailFieldsFragment = graphql(`
  fragment PetitionDetailFields on Petition {
    ...PetitionFields
    text
    reviewStartedAt
    discussedAt
    answeredAt
    answerSummary
    rejectedAt
    rejectReason
    agendaItem {
      id
      title
      position
      sessionId
      sessionTitle
    }
    history {
      at
      status
      note
    }
  }
`);

export const PetitionPageQuery = graphql(`
  query PetitionPage($id: ID!) {
    petition(id: $id) {
      ...PetitionDetailFields
    }
  }
`);

export const PetitionPersonalDataQuery = graphql(`
  query PetitionPersonalData($id: ID!) {
    petitionPersonalData(id: $id) {
      petitionId
      petitionerName
      contactEmail
      contactPhone
      signatureList
      erasedAt
    }
  }
`);

export const HeldAgendaQuery = graphql(`
  query PetitionHeldAgenda {
    sessions {
      id
      title
      scheduledAt
      startedAt
      status
      agenda {
        id
        position
        title
      }
    }
  }
`);

export const SubmitPetitionMutation = graphql(`
  mutation SubmitPetition($input: PetitionInput!, $proof: PublicFormProof!) {
    submitPetition(input: $input, proof: $proof) {
      petition {
        ...PetitionFields
      }
      receipt {
        reference
        code
        kind
      }
    }
  }
`);

export const RegisterPetitionMutation = graphql(`
  mutation RegisterPetition($input: PaperPetitionInput!) {
    registerPetition(input: $input) {
      petition {
        ...PetitionFields
      }
      receipt {
        reference
        code
        kind
      }
    }
  }
`);

export const ReviewPetitionMutation = graphql(`
  mutation ReviewPetition($id: ID!, $expectedVersion: Int) {
    reviewPetition(id: $id, expectedVersion: $expectedVersion) {
      ...PetitionDetailFields
    }
  }
`);

export const RecordPetitionDiscussionMutation = graphql(`
  mutation RecordPetitionDiscussion($input: PetitionDiscussionInput!) {
    recordPetitionDiscussion(input: $input) {
      ...PetitionDetailFields
    }
  }
`);

export const AnswerPetitionMutation = graphql(`
  mutation AnswerPetition($input: PetitionAnswerInput!) {
    answerPetition(input: $input) {
      ...PetitionDetailFields
    }
  }
`);

export const RejectPetitionMutation = graphql(`
  mutation RejectPetition($input: PetitionRejectionInput!) {
    rejectPetition(input: $input) {
      ...PetitionDetailFields
    }
  }
`);

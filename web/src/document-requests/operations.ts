// Requests for access to public documents [kërkesa për qasje në dokumente publike]: the public register, the
// online form, the counter's registration and the secretariat's work list.
import { graphql } from "../gql";

export const PublicDocumentRequestFieldsFragment = graphql(`
  fragment PublicDocumentRequestFields on DocumentRequest {
    id
    reference
    documents
    documentsWithheld
    channel
    status
    receivedAt
    dueAt
    extendedAt
    extensionReason
    extensionNote
    closedAt
    outcome
    answerNote
    refusalReason
    appealNotice
    transferredTo
    slaState
    answeredOnTime
  }
`);

export const DocumentRequestRegisterQuery = graphql(`
  query DocumentRequestRegister($filter: DocumentRequestFilter, $offset: Int!, $limit: Int!) {
    documentRequests(filter: $filter, offset: $offset, limit: $limit) {
      total
      items {
        ...PublicDocumentRequestFields
      }
    }
  }
`);

export const SubmitDocumentRequestMutation = graphql(`
  mutation SubmitDocumentRequest($input: DocumentRequestInput!, $proof: PublicFormProof!) {
    submitDocumentRequest(input: $input, proof: $proof) {
      request {
        ...PublicDocumentRequestFields
      }
      receipt {
        reference
        code
        kind
      }
    }
  }
`);

export const DocumentRequestCaseFieldsFragment = graphql(`
  fragment DocumentRequestCaseFields on DocumentRequestCase {
    id
    reference
    documents
    documentsWithheld
    channel
    status
    receivedAt
    dueAt
    extendedAt
    extensionReason
    extensionNote
    closedAt
    outcome
    answerNote
    refusalReason
    appealNotice
    transferredTo
    slaState
    answeredOnTime
    documentsText
    requesterName
    requesterEmail
    requesterPhone
    requesterAddress
    personalDataErasedAt
    version
  }
`);

export const DocumentRequestCasesQuery = graphql(`
  query DocumentRequestCases($openOnly: Boolean!) {
    documentRequestCases(openOnly: $openOnly) {
      ...DocumentRequestCaseFields
    }
  }
`);

export const RegisterDocumentRequestMutation = graphql(`
  mutation RegisterDocumentRequest($input: CounterDocumentRequestInput!) {
    registerDocumentRequest(input: $input) {
      request {
        ...DocumentRequestCaseFields
      }
      receipt {
        reference
        code
        kind
      }
    }
  }
`);

export const StartDocumentRequestMutation = graphql(`
  mutation StartDocumentRequest($id: ID!, $expectedVersion: Int) {
    startDocumentRequest(id: $id, expectedVersion: $expectedVersion) {
      ...DocumentRequestCaseFields
    }
  }
`);

export const ExtendDocumentRequestMutation = graphql(`
  mutation ExtendDocumentRequest($input: ExtendDocumentRequestInput!) {
    extendDocumentRequest(input: $input) {
      ...DocumentRequestCaseFields
    }
  }
`);

export const DecideDocumentRequestMutation = graphql(`
  mutation DecideDocumentRequest($input: DecideDocumentRequestInput!) {
    decideDocumentRequest(input: $input) {
      ...DocumentRequestCaseFields
    }
  }
`);

export const WithholdDocumentRequestTextMutation = graphql(`
  mutation WithholdDocumentRequestText($id: ID!, $withheld: Boolean!, $expectedVersion: Int) {
    withholdDocumentRequestText(id: $id, withheld: $withheld, expectedVersion: $expectedVersion) {
      ...DocumentRequestCaseFields
    }
  }
`);

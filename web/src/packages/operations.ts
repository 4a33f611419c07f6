// GraphQL documents of meeting packages [paketa e mbledhjes]: the public panel and the
// secretariat's console. The files themselves go over plain HTTP (upload.ts).
import { graphql } from "../gql";

export const MeetingDocumentFieldsFragment = graphql(`
  fragment MeetingDocumentFields on MeetingDocument {
    id
    kind
    title
    fileName
    mediaType
    size
    version
    uploadedAt
    url
    agendaItemId
    withdrawnAt
    withdrawalReason
    versions {
      version
      fileName
      mediaType
      size
      uploadedAt
      url
    }
  }
`);

/** One session's whole package: its own documents, each item's, those withdrawn, and the ZIPs. */
export const SessionPackageQuery = graphql(`
  query SessionPackage($id: ID!) {
    session(id: $id) {
      id
      version
      status
      packageUrl
      documents {
        ...MeetingDocumentFields
      }
      withdrawnDocuments {
        ...MeetingDocumentFields
      }
      agenda {
        id
        position
        title
        packageUrl
        documents {
          ...MeetingDocumentFields
        }
      }
    }
  }
`);

export const RenameMeetingDocumentMutation = graphql(`
  mutation RenameMeetingDocument($input: RenameMeetingDocumentInput!) {
    renameMeetingDocument(input: $input) {
      ...MeetingDocumentFields
    }
  }
`);

export const WithdrawMeetingDocumentMutation = graphql(`
  mutation WithdrawMeetingDocument($input: WithdrawMeetingDocumentInput!) {
    withdrawMeetingDocument(input: $input) {
      ...MeetingDocumentFields
    }
  }
`);

export const MeetingDocumentMaxBytesQuery = graphql(`
  query MeetingDocumentMaxBytes {
    meetingDocumentMaxBytes
  }
`);

// The minutes [procesverbal] of a closed session. MinutesFields is part of
// every session's live picture (SessionFields); publishing returns the session.
import { graphql } from "../gql";

/** The minutes [procesverbal] of a closed session (Elbasan plan OS-2 point 3: online within 48 hours). */
export const MinutesFieldsFragment = graphql(`
  fragment MinutesFields on Minutes {
    sessionId
    deadline
    publishedAt
    late
    sha256
    jsonUrl
    pdfUrl
  }
`);

export const PublishMinutesMutation = graphql(`
  mutation PublishMinutes($sessionId: ID!) {
    publishMinutes(sessionId: $sessionId) {
      ...SessionFields
    }
  }
`);

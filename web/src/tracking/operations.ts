// The GraphQL documents of "Ndiq kërkesën" (track your request, issue 16 point 6).
import { graphql } from "../gql";

/** A filing by its receipt: reference + secret code. No personal data comes back. */
export const TrackRequestQuery = graphql(`
  query TrackRequest($reference: String!, $code: String!) {
    trackRequest(reference: $reference, code: $code) {
      reference
      kind
      title
      status
      receivedAt
      dueAt
      slaState
      history {
        at
        status
        note
      }
    }
  }
`);

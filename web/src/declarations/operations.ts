// The public register of declarations of interest (Elbasan plan OS-1, pillar 2,
// action 28): every declaration ever filed, corrections and superseded ones
// included, each with the session and agenda item it was filed on.
import { graphql } from "../gql";

export const RegisterDeclarationFieldsFragment = graphql(`
  fragment RegisterDeclarationFields on Declaration {
    id
    interestType
    description
    recused
    filedAt
    filedOnBehalf
    inForce
    supersedesId
    sessionId
    sessionTitle
    sessionScheduledAt
    agendaItemId
    agendaItemPosition
    agendaItemTitle
    councillor {
      id
      fullName
      party
    }
  }
`);

export const DeclarationRegisterQuery = graphql(`
  query DeclarationRegister($filter: DeclarationFilter, $offset: Int!, $limit: Int!) {
    declarations(filter: $filter, offset: $offset, limit: $limit) {
      total
      offset
      limit
      items {
        ...RegisterDeclarationFields
      }
    }
  }
`);

/** The councillor's own history, across every session: the same register, filtered to them. */
export const MyDeclarationsQuery = graphql(`
  query MyDeclarations($councillorId: ID!, $offset: Int!, $limit: Int!) {
    declarations(filter: { councillorId: $councillorId }, offset: $offset, limit: $limit) {
      total
      offset
      limit
      items {
        ...RegisterDeclarationFields
      }
    }
  }
`);

import { graphql } from "../../gql";

export const UserFieldsFragment = graphql(`
  fragment UserFields on User {
    id
    username
    role
    councillor {
      id
      fullName
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      user {
        ...UserFields
      }
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...UserFields
    }
  }
`);

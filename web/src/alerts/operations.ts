// GraphQL documents of the e-mail alerts [njoftime me email].
import { graphql } from "../gql";

export const AlertsEnabledQuery = graphql(`
  query AlertsEnabled {
    alertsEnabled
  }
`);

export const RequestAlertSubscriptionMutation = graphql(`
  mutation RequestAlertSubscription($input: AlertSubscriptionInput!) {
    requestAlertSubscription(input: $input)
  }
`);

export const ConfirmAlertSubscriptionMutation = graphql(`
  mutation ConfirmAlertSubscription($token: String!) {
    confirmAlertSubscription(token: $token) {
      targetKind
      targetLabel
      confirmed
      unsubscribed
    }
  }
`);

export const UnsubscribeFromAlertsMutation = graphql(`
  mutation UnsubscribeFromAlerts($token: String!) {
    unsubscribeFromAlerts(token: $token) {
      targetKind
      targetLabel
      confirmed
      unsubscribed
    }
  }
`);

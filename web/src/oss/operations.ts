// Every GraphQL document of the One Stop Shop [Zyra me Një Ndalesë]. One
// fragment describes a request as the queue shows it; the queue, the live
// subscription and every write that returns a request ask for it, so the cache
// always holds the same shape and an update from anywhere re-renders the row.
import { graphql } from "../gql";

export const ServiceTypeFieldsFragment = graphql(`
  fragment ServiceTypeFields on ServiceType {
    id
    code
    name
    nameSq
    nameEn
    category
    slaWorkingDays
    slaWorkingHours
  }
`);

export const ServiceRequestFieldsFragment = graphql(`
  fragment ServiceRequestFields on ServiceRequest {
    id
    reference
    status
    receivedAt
    dueAt
    completedAt
    slaState
    workingMinutesLeft
    processingWorkingHours
    allowedWorkingMinutes
    pausedAt
    citizenGender
    version
    serviceType {
      ...ServiceTypeFields
    }
    office {
      id
      code
      name
      kind
    }
  }
`);

/** The published charter and the offices: the register form and the charter page. */
export const OssCharterQuery = graphql(`
  query OssCharter {
    serviceTypes {
      ...ServiceTypeFields
    }
    offices {
      id
      code
      name
      kind
    }
  }
`);

/** The operators' queue: open requests (the server orders by due moment; the page re-sorts by urgency). */
export const OssQueueQuery = graphql(`
  query OssQueue($officeCode: String) {
    serviceRequests(openOnly: true, officeCode: $officeCode, limit: 500) {
      ...ServiceRequestFields
    }
  }
`);

export const ServiceRequestUpdatedSubscription = graphql(`
  subscription ServiceRequestUpdated {
    serviceRequestUpdated {
      ...ServiceRequestFields
    }
  }
`);

export const SubmitServiceRequestMutation = graphql(`
  mutation SubmitServiceRequest($input: ServiceRequestInput!) {
    submitServiceRequest(input: $input) {
      ...ServiceRequestFields
    }
  }
`);

export const SetServiceRequestStatusMutation = graphql(`
  mutation SetServiceRequestStatus($id: ID!, $status: ServiceRequestStatus!, $expectedVersion: Int) {
    setServiceRequestStatus(id: $id, status: $status, expectedVersion: $expectedVersion) {
      ...ServiceRequestFields
    }
  }
`);

export const RateServiceRequestMutation = graphql(`
  mutation RateServiceRequest($id: ID!, $rating: Int!) {
    rateServiceRequest(id: $id, rating: $rating) {
      ...ServiceRequestFields
    }
  }
`);

export const RecordComplaintMutation = graphql(`
  mutation RecordComplaint($input: ComplaintInput!) {
    recordComplaint(input: $input)
  }
`);

/** The month's KPIs (Elbasan plan OS-1 point 3, action 29), its breakdown, and the 12 months up to it. */
export const OssKpiQuery = graphql(`
  query OssKpi($month: String!) {
    ossKpis(month: $month) {
      ...OssKpiFields
    }
    ossKpiBreakdown(month: $month) {
      month
      received
      completed
      completedWithinSlaPct
      avgProcessingWorkingHours
      medianProcessingWorkingHours
      openBreaches
      complaints
      avgSatisfaction
      ratings
      receivedFromWomen
      receivedFromMen
      receivedGenderUnknown
      office {
        id
        code
        name
        kind
      }
      serviceType {
        id
        code
        name
        nameEn
        category
      }
    }
  }
`);

export const OssKpiTrendQuery = graphql(`
  query OssKpiTrend($month: String!) {
    ossKpiTrend(month: $month, months: 12) {
      ...OssKpiFields
    }
  }
`);

export const OssKpiFieldsFragment = graphql(`
  fragment OssKpiFields on OssKpis {
    month
    received
    completed
    completedWithinSlaPct
    avgProcessingWorkingHours
    medianProcessingWorkingHours
    openBreaches
    complaints
    avgSatisfaction
    ratings
    receivedFromWomen
    receivedFromMen
    receivedGenderUnknown
  }
`);

/** The counter's receipt for a request (issue 16): a reprint gives a new code and the old one stops working. */
export const PrintServiceRequestReceiptMutation = graphql(`
  mutation PrintServiceRequestReceipt($id: ID!) {
    printServiceRequestReceipt(id: $id) {
      reference
      code
      kind
    }
  }
`);

// GraphQL documents of the transparency pages: the half-year's scorecard and
// the public calendar of sessions with their agenda packages.
import { graphql } from "../gql";

export const TransparencyScorecardQuery = graphql(`
  query TransparencyScorecard($period: String!) {
    transparencyScorecard(period: $period) {
      period
      indicators {
        key
        value
        target
        unit
        numerator
        denominator
        met
      }
    }
  }
`);

/** Every session with what the public needs before it: notice, agenda, drafts, initiatives. */
export const SessionCalendarQuery = graphql(`
  query SessionCalendar {
    sessions {
      id
      title
      scheduledAt
      announcedAt
      status
      lateNotice
      packageUrl
      body {
        id
        name
        kind
      }
      agenda {
        id
        position
        title
        description
        status
        draftPublishedAt
        commentPeriodWorkingDays
        shortCommentPeriod
        initiatives {
          id
          title
          kind
          status
          leadSponsorName
        }
      }
    }
  }
`);

/** The council and its committees, for their calendar feeds. */
export const CalendarBodiesQuery = graphql(`
  query CalendarBodies {
    bodies {
      id
      name
      kind
    }
  }
`);

// GraphQL documents of /konsultimet: consultations and public meetings with their notice, and the
// secretariat's announcement and attendance.
import { graphql } from "../gql";

export const ConsultationNoticeFieldsFragment = graphql(`
  fragment ConsultationNoticeFields on Consultation {
    id
    title
    kind
    status
    heldAt
    announcedAt
    lateNotice
    place
    agendaItemId
    agendaItemTitle
    women
    men
    otherOrUndisclosed
    vulnerableGroups
    version
  }
`);

export const ConsultationNoticesQuery = graphql(`
  query ConsultationNotices {
    consultationNotices {
      ...ConsultationNoticeFields
    }
  }
`);

export const AnnounceConsultationMutation = graphql(`
  mutation AnnounceConsultation($input: ConsultationAnnouncementInput!) {
    announceConsultation(input: $input) {
      ...ConsultationNoticeFields
    }
  }
`);

export const RecordConsultationAttendanceMutation = graphql(`
  mutation RecordConsultationAttendance($id: ID!, $input: ConsultationAttendanceInput!, $expectedVersion: Int) {
    recordConsultationAttendance(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...ConsultationNoticeFields
    }
  }
`);

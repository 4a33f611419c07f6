// GraphQL documents of comments on draft decisions [komente për projektvendimin].
import { graphql } from "../gql";

export const ConsultationReportFieldsFragment = graphql(`
  fragment ConsultationReportFields on ConsultationReport {
    agendaItemId received online paper pending published rejected answered
    rejectedByReason { reason count }
    byOutcome { outcome count }
    women men otherGender undisclosed womenShare vulnerableGroup reportPublished reportPublishedAt
  }
`);

export const DraftsOpenForCommentQuery = graphql(`
  query DraftsOpenForComment {
    draftsOpenForComment {
      agendaItemId title sessionId sessionTitle scheduledAt draftPublishedAt commentsCloseAt open commentPeriodWorkingDays publishedComments
    }
  }
`);

export const DraftPageQuery = graphql(`
  query DraftPage($id: ID!) {
    draftForComment(agendaItemId: $id) {
      agendaItemId title description sessionId sessionTitle scheduledAt draftPublishedAt commentsCloseAt open commentPeriodWorkingDays publishedComments
    }
    draftComments(agendaItemId: $id) {
      id authorName text channel receivedAt publishedAt
      answer { outcome reason answeredAt }
    }
    consultationReport(agendaItemId: $id) { ...ConsultationReportFields }
  }
`);

export const SubmitDraftCommentMutation = graphql(`
  mutation SubmitDraftComment($input: DraftCommentInput!, $proof: PublicFormProof!) {
    submitDraftComment(input: $input, proof: $proof) {
      commentId
      receipt { reference code kind }
    }
  }
`);

export const PublishConsultationReportMutation = graphql(`
  mutation PublishConsultationReport($id: ID!) {
    publishConsultationReport(agendaItemId: $id) { ...ConsultationReportFields }
  }
`);

export const ModerationQueueQuery = graphql(`
  query CommentModerationQueue {
    commentModerationQueue {
      id agendaItemId itemTitle sessionTitle reference authorName email gender vulnerableGroup text channel receivedAt status version
      answer { outcome reason }
    }
  }
`);

export const PublishDraftCommentMutation = graphql(`
  mutation PublishDraftComment($id: ID!, $expectedVersion: Int) {
    publishDraftComment(id: $id, expectedVersion: $expectedVersion) { id status version }
  }
`);

export const RejectDraftCommentMutation = graphql(`
  mutation RejectDraftComment($id: ID!, $reason: CommentRejectReason!, $expectedVersion: Int) {
    rejectDraftComment(id: $id, reason: $reason, expectedVersion: $expectedVersion) { id status version }
  }
`);

export const AnswerDraftCommentMutation = graphql(`
  mutation AnswerDraftComment($id: ID!, $outcome: CommentOutcome!, $reason: String!, $expectedVersion: Int) {
    answerDraftComment(id: $id, outcome: $outcome, reason: $reason, expectedVersion: $expectedVersion) { id status version answer { outcome reason } }
  }
`);

export const RecordPaperCommentMutation = graphql(`
  mutation RecordPaperComment($input: PaperCommentInput!) {
    recordPaperComment(input: $input) {
      commentId
      receipt { reference code kind }
    }
  }
`);

/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AlertsEnabled {\n    alertsEnabled\n  }\n": typeof types.AlertsEnabledDocument,
    "\n  mutation RequestAlertSubscription($input: AlertSubscriptionInput!) {\n    requestAlertSubscription(input: $input)\n  }\n": typeof types.RequestAlertSubscriptionDocument,
    "\n  mutation ConfirmAlertSubscription($token: String!) {\n    confirmAlertSubscription(token: $token) {\n      targetKind\n      targetLabel\n      confirmed\n      unsubscribed\n    }\n  }\n": typeof types.ConfirmAlertSubscriptionDocument,
    "\n  mutation UnsubscribeFromAlerts($token: String!) {\n    unsubscribeFromAlerts(token: $token) {\n      targetKind\n      targetLabel\n      confirmed\n      unsubscribed\n    }\n  }\n": typeof types.UnsubscribeFromAlertsDocument,
    "\n  fragment UserFields on User {\n    id\n    username\n    role\n    councillor {\n      id\n      fullName\n    }\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      user {\n        ...UserFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  query AgendaComments($id: ID!) {\n    session(id: $id) {\n      id\n      agenda { id draftPublishedAt commentCount consultationReportPublished }\n    }\n  }\n": typeof types.AgendaCommentsDocument,
    "\n  fragment ConsultationReportFields on ConsultationReport {\n    agendaItemId received online paper pending published rejected answered\n    rejectedByReason { reason count }\n    byOutcome { outcome count }\n    women men otherGender undisclosed womenShare vulnerableGroup reportPublished reportPublishedAt\n  }\n": typeof types.ConsultationReportFieldsFragmentDoc,
    "\n  query DraftsOpenForComment {\n    draftsOpenForComment {\n      agendaItemId title sessionId sessionTitle scheduledAt draftPublishedAt commentsCloseAt open commentPeriodWorkingDays publishedComments\n    }\n  }\n": typeof types.DraftsOpenForCommentDocument,
    "\n  query DraftPage($id: ID!) {\n    draftForComment(agendaItemId: $id) {\n      agendaItemId title description sessionId sessionTitle scheduledAt draftPublishedAt commentsCloseAt open commentPeriodWorkingDays publishedComments\n    }\n    draftComments(agendaItemId: $id) {\n      id authorName text channel receivedAt publishedAt\n      answer { outcome reason answeredAt }\n    }\n    consultationReport(agendaItemId: $id) { ...ConsultationReportFields }\n  }\n": typeof types.DraftPageDocument,
    "\n  mutation SubmitDraftComment($input: DraftCommentInput!, $proof: PublicFormProof!) {\n    submitDraftComment(input: $input, proof: $proof) {\n      commentId\n      receipt { reference code kind }\n    }\n  }\n": typeof types.SubmitDraftCommentDocument,
    "\n  mutation PublishConsultationReport($id: ID!) {\n    publishConsultationReport(agendaItemId: $id) { ...ConsultationReportFields }\n  }\n": typeof types.PublishConsultationReportDocument,
    "\n  query CommentModerationQueue {\n    commentModerationQueue {\n      id agendaItemId itemTitle sessionTitle reference authorName email gender vulnerableGroup text channel receivedAt status version\n      answer { outcome reason }\n    }\n  }\n": typeof types.CommentModerationQueueDocument,
    "\n  mutation PublishDraftComment($id: ID!, $expectedVersion: Int) {\n    publishDraftComment(id: $id, expectedVersion: $expectedVersion) { id status version }\n  }\n": typeof types.PublishDraftCommentDocument,
    "\n  mutation RejectDraftComment($id: ID!, $reason: CommentRejectReason!, $expectedVersion: Int) {\n    rejectDraftComment(id: $id, reason: $reason, expectedVersion: $expectedVersion) { id status version }\n  }\n": typeof types.RejectDraftCommentDocument,
    "\n  mutation AnswerDraftComment($id: ID!, $outcome: CommentOutcome!, $reason: String!, $expectedVersion: Int) {\n    answerDraftComment(id: $id, outcome: $outcome, reason: $reason, expectedVersion: $expectedVersion) { id status version answer { outcome reason } }\n  }\n": typeof types.AnswerDraftCommentDocument,
    "\n  mutation RecordPaperComment($input: PaperCommentInput!) {\n    recordPaperComment(input: $input) {\n      commentId\n      receipt { reference code kind }\n    }\n  }\n": typeof types.RecordPaperCommentDocument,
    "\n  fragment CommitteeMembershipFields on CommitteeMembership {\n    id\n    role\n    joinedOn\n    leftOn\n    councillor {\n      id\n      fullName\n      party\n    }\n  }\n": typeof types.CommitteeMembershipFieldsFragmentDoc,
    "\n  query CommitteeList {\n    committees {\n      id\n      name\n      seats\n      membersCount\n      chair {\n        ...CommitteeMembershipFields\n      }\n      nextMeeting {\n        id\n        title\n        scheduledAt\n        lateNotice\n      }\n    }\n  }\n": typeof types.CommitteeListDocument,
    "\n  query CommitteePage($id: ID!) {\n    committee(id: $id) {\n      id\n      name\n      functions\n      seats\n      version\n      noticeDays\n      membersCount\n      chair {\n        ...CommitteeMembershipFields\n      }\n      members {\n        ...CommitteeMembershipFields\n      }\n      pastMembers {\n        ...CommitteeMembershipFields\n      }\n      upcomingMeetings {\n        id\n        title\n        scheduledAt\n        announcedAt\n        status\n        lateNotice\n        items\n      }\n      pastMeetings {\n        id\n        title\n        scheduledAt\n        announcedAt\n        status\n        lateNotice\n        items\n      }\n      opinions {\n        id\n        agendaItemId\n        agendaItemTitle\n        sessionId\n        sessionTitle\n        sessionScheduledAt\n        committeeSessionId\n        committeeSessionTitle\n        opinion\n        text\n        recordedAt\n      }\n    }\n  }\n": typeof types.CommitteePageDocument,
    "\n  query CommitteeFormChoices {\n    councillors {\n      id\n      fullName\n      active\n    }\n    sessions {\n      id\n      title\n      scheduledAt\n      status\n      body {\n        id\n        kind\n      }\n      agenda {\n        id\n        position\n        title\n      }\n    }\n  }\n": typeof types.CommitteeFormChoicesDocument,
    "\n  mutation CreateCommittee($input: CommitteeInput!) {\n    createCommittee(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateCommitteeDocument,
    "\n  mutation UpdateCommittee($id: ID!, $input: CommitteeInput!, $expectedVersion: Int) {\n    updateCommittee(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      functions\n      seats\n      version\n    }\n  }\n": typeof types.UpdateCommitteeDocument,
    "\n  mutation AddCommitteeMember($input: CommitteeMemberInput!) {\n    addCommitteeMember(input: $input) {\n      ...CommitteeMembershipFields\n    }\n  }\n": typeof types.AddCommitteeMemberDocument,
    "\n  mutation EndCommitteeMembership($membershipId: ID!, $leftOn: String!) {\n    endCommitteeMembership(membershipId: $membershipId, leftOn: $leftOn) {\n      ...CommitteeMembershipFields\n    }\n  }\n": typeof types.EndCommitteeMembershipDocument,
    "\n  mutation RecordCommitteeOpinion($input: CommitteeOpinionInput!) {\n    recordCommitteeOpinion(input: $input) {\n      id\n      agendaItemId\n      committeeId\n      committeeName\n      opinion\n      text\n    }\n  }\n": typeof types.RecordCommitteeOpinionDocument,
    "\n  fragment ConsultationNoticeFields on Consultation {\n    id\n    title\n    kind\n    status\n    heldAt\n    announcedAt\n    lateNotice\n    place\n    agendaItemId\n    agendaItemTitle\n    women\n    men\n    otherOrUndisclosed\n    vulnerableGroups\n    version\n  }\n": typeof types.ConsultationNoticeFieldsFragmentDoc,
    "\n  query ConsultationNotices {\n    consultationNotices {\n      ...ConsultationNoticeFields\n    }\n  }\n": typeof types.ConsultationNoticesDocument,
    "\n  mutation AnnounceConsultation($input: ConsultationAnnouncementInput!) {\n    announceConsultation(input: $input) {\n      ...ConsultationNoticeFields\n    }\n  }\n": typeof types.AnnounceConsultationDocument,
    "\n  mutation RecordConsultationAttendance($id: ID!, $input: ConsultationAttendanceInput!, $expectedVersion: Int) {\n    recordConsultationAttendance(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ConsultationNoticeFields\n    }\n  }\n": typeof types.RecordConsultationAttendanceDocument,
    "\n  query CouncillorList {\n    councillors(includeFormer: true) {\n      id\n      fullName\n      gender\n      party\n      active\n      termStart\n      termEnd\n      photoUrl\n      committeeSeats {\n        bodyId\n        bodyName\n        role\n        leftOn\n      }\n    }\n  }\n": typeof types.CouncillorListDocument,
    "\n  query CouncillorPage($id: ID!, $from: DateTime, $to: DateTime) {\n    councillor(id: $id) {\n      id\n      fullName\n      gender\n      party\n      active\n      termStart\n      termEnd\n      photoUrl\n      cv\n      contact {\n        email\n        phone\n      }\n      committeeSeats {\n        bodyId\n        bodyName\n        role\n        joinedOn\n        leftOn\n      }\n    }\n    councillorRecord(councillorId: $id, from: $from, to: $to) {\n      from\n      to\n      attendanceRatePct\n      sessionsHeld { count sessionIds }\n      sessionsSeated { count sessionIds }\n      present { count sessionIds }\n      excused { count sessionIds }\n      absent { count sessionIds }\n      lateArrivals { count sessionIds }\n      earlyDepartures { count sessionIds }\n      ballotsCast { count sessionIds }\n      votesMissed { count sessionIds }\n      votesRecused { count sessionIds }\n      declarationsFiled { count sessionIds }\n      initiativesLed { count sessionIds }\n      initiativesCoSponsored { count sessionIds }\n      sessions {\n        sessionId\n        title\n        scheduledAt\n        finalStatus\n        present\n        excused\n        arrivedAt\n        late\n        leftAt\n        leftEarly\n      }\n      votes {\n        voteId\n        sessionId\n        sessionTitle\n        scheduledAt\n        agendaItemPosition\n        agendaItemTitle\n        majority\n        outcome\n        for\n        against\n        abstain\n        choice\n        recused\n        missed\n        presentAtSession\n      }\n      declarations {\n        id\n        sessionId\n        sessionTitle\n        bodyName\n        scheduledAt\n        agendaItemPosition\n        agendaItemTitle\n        interestType\n        description\n        recused\n        filedAt\n        inForce\n      }\n      initiatives { id title kind status submittedAt sessionId }\n      coSponsoredInitiatives { id title kind status submittedAt sessionId }\n    }\n  }\n": typeof types.CouncillorPageDocument,
    "\n  query AttendanceRegister($from: DateTime, $to: DateTime) {\n    attendanceRegister(from: $from, to: $to) {\n      sessions {\n        sessionId\n        title\n        scheduledAt\n        seated\n        present\n        excused\n        absent\n        late\n        leftEarly\n        presentAtEnd\n        quorumRequired\n        quorumReached\n      }\n      councillors {\n        councillor { id fullName party }\n        seated\n        present\n        excused\n        absent\n        late\n        leftEarly\n        attendanceRatePct\n      }\n    }\n  }\n": typeof types.AttendanceRegisterDocument,
    "\n  query CouncillorEdit($id: ID!) {\n    councillor(id: $id) {\n      id\n      fullName\n      party\n      termStart\n      termEnd\n      photoUrl\n      cv\n      profileVersion\n      contactDetails {\n        email\n        emailPublished\n        phone\n        phonePublished\n      }\n    }\n  }\n": typeof types.CouncillorEditDocument,
    "\n  mutation SetCouncillorProfile($input: CouncillorProfileInput!) {\n    setCouncillorProfile(input: $input) {\n      id\n      party\n      termStart\n      termEnd\n      cv\n      profileVersion\n      contact { email phone }\n      contactDetails { email emailPublished phone phonePublished }\n    }\n  }\n": typeof types.SetCouncillorProfileDocument,
    "\n  fragment DecisionFields on Decision {\n    id\n    number\n    year\n    decidedAt\n    decidedOn\n    body {\n      id\n      name\n      kind\n    }\n    sessionId\n    sessionTitle\n    position\n    title\n    kind\n    outcome\n    majority\n    tally {\n      for\n      against\n      abstain\n      recused\n      notVoted\n    }\n    review {\n      status\n      authority\n      on\n      note\n    }\n    version\n  }\n": typeof types.DecisionFieldsFragmentDoc,
    "\n  query DecisionRegister($filter: DecisionFilter, $offset: Int!, $limit: Int!) {\n    decisions(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        ...DecisionFields\n        match {\n          source\n          label\n          text\n        }\n        documents {\n          id\n          kind\n          title\n          url\n        }\n      }\n    }\n  }\n": typeof types.DecisionRegisterDocument,
    "\n  query DecisionFilterChoices {\n    decisionYears\n    bodies {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.DecisionFilterChoicesDocument,
    "\n  query Decision($id: ID!) {\n    decision(id: $id) {\n      ...DecisionFields\n      description\n      draftPublishedAt\n      sessionScheduledAt\n      voteId\n      ballots {\n        councillor {\n          id\n          fullName\n          party\n        }\n        choice\n      }\n    }\n  }\n": typeof types.DecisionDocument,
    "\n  query DecisionDocuments($sessionId: ID!) {\n    session(id: $sessionId) {\n      id\n      agenda {\n        id\n        packageUrl\n        documents {\n          id\n          kind\n          title\n          fileName\n          url\n          version\n        }\n      }\n    }\n  }\n": typeof types.DecisionDocumentsDocument,
    "\n  mutation SetDecisionReview($input: DecisionReviewInput!) {\n    setDecisionReview(input: $input) {\n      ...DecisionFields\n    }\n  }\n": typeof types.SetDecisionReviewDocument,
    "\n  mutation RegisterDecision($input: RegisterDecisionInput!) {\n    registerDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n": typeof types.RegisterDecisionDocument,
    "\n  fragment RegisterDeclarationFields on Declaration {\n    id\n    interestType\n    description\n    recused\n    filedAt\n    filedOnBehalf\n    inForce\n    supersedesId\n    sessionId\n    sessionTitle\n    sessionScheduledAt\n    agendaItemId\n    agendaItemPosition\n    agendaItemTitle\n    councillor {\n      id\n      fullName\n      party\n    }\n  }\n": typeof types.RegisterDeclarationFieldsFragmentDoc,
    "\n  query DeclarationRegister($filter: DeclarationFilter, $offset: Int!, $limit: Int!) {\n    declarations(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        ...RegisterDeclarationFields\n      }\n    }\n  }\n": typeof types.DeclarationRegisterDocument,
    "\n  query MyDeclarations($councillorId: ID!, $offset: Int!, $limit: Int!) {\n    declarations(filter: { councillorId: $councillorId }, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        ...RegisterDeclarationFields\n      }\n    }\n  }\n": typeof types.MyDeclarationsDocument,
    "\n  fragment PublicDocumentRequestFields on DocumentRequest {\n    id\n    reference\n    documents\n    documentsWithheld\n    channel\n    status\n    receivedAt\n    dueAt\n    extendedAt\n    extensionReason\n    extensionNote\n    closedAt\n    outcome\n    answerNote\n    refusalReason\n    appealNotice\n    transferredTo\n    slaState\n    answeredOnTime\n  }\n": typeof types.PublicDocumentRequestFieldsFragmentDoc,
    "\n  query DocumentRequestRegister($filter: DocumentRequestFilter, $offset: Int!, $limit: Int!) {\n    documentRequests(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...PublicDocumentRequestFields\n      }\n    }\n  }\n": typeof types.DocumentRequestRegisterDocument,
    "\n  mutation SubmitDocumentRequest($input: DocumentRequestInput!, $proof: PublicFormProof!) {\n    submitDocumentRequest(input: $input, proof: $proof) {\n      request {\n        ...PublicDocumentRequestFields\n      }\n      receipt {\n        reference\n        code\n        kind\n      }\n    }\n  }\n": typeof types.SubmitDocumentRequestDocument,
    "\n  fragment DocumentRequestCaseFields on DocumentRequestCase {\n    id\n    reference\n    documents\n    documentsWithheld\n    channel\n    status\n    receivedAt\n    dueAt\n    extendedAt\n    extensionReason\n    extensionNote\n    closedAt\n    outcome\n    answerNote\n    refusalReason\n    appealNotice\n    transferredTo\n    slaState\n    answeredOnTime\n    documentsText\n    requesterName\n    requesterEmail\n    requesterPhone\n    requesterAddress\n    personalDataErasedAt\n    version\n  }\n": typeof types.DocumentRequestCaseFieldsFragmentDoc,
    "\n  query DocumentRequestCases($openOnly: Boolean!) {\n    documentRequestCases(openOnly: $openOnly) {\n      ...DocumentRequestCaseFields\n    }\n  }\n": typeof types.DocumentRequestCasesDocument,
    "\n  mutation RegisterDocumentRequest($input: CounterDocumentRequestInput!) {\n    registerDocumentRequest(input: $input) {\n      request {\n        ...DocumentRequestCaseFields\n      }\n      receipt {\n        reference\n        code\n        kind\n      }\n    }\n  }\n": typeof types.RegisterDocumentRequestDocument,
    "\n  mutation StartDocumentRequest($id: ID!, $expectedVersion: Int) {\n    startDocumentRequest(id: $id, expectedVersion: $expectedVersion) {\n      ...DocumentRequestCaseFields\n    }\n  }\n": typeof types.StartDocumentRequestDocument,
    "\n  mutation ExtendDocumentRequest($input: ExtendDocumentRequestInput!) {\n    extendDocumentRequest(input: $input) {\n      ...DocumentRequestCaseFields\n    }\n  }\n": typeof types.ExtendDocumentRequestDocument,
    "\n  mutation DecideDocumentRequest($input: DecideDocumentRequestInput!) {\n    decideDocumentRequest(input: $input) {\n      ...DocumentRequestCaseFields\n    }\n  }\n": typeof types.DecideDocumentRequestDocument,
    "\n  mutation WithholdDocumentRequestText($id: ID!, $withheld: Boolean!, $expectedVersion: Int) {\n    withholdDocumentRequestText(id: $id, withheld: $withheld, expectedVersion: $expectedVersion) {\n      ...DocumentRequestCaseFields\n    }\n  }\n": typeof types.WithholdDocumentRequestTextDocument,
    "\n  fragment SpeakerFields on Speaker {\n    id\n    agendaItemId\n    kind\n    status\n    requestedAt\n    startedAt\n    endedAt\n    allottedSeconds\n    spokenSeconds\n    councillor {\n      id\n      fullName\n      party\n    }\n  }\n": typeof types.SpeakerFieldsFragmentDoc,
    "\n  query ServerTime {\n    serverTime\n  }\n": typeof types.ServerTimeDocument,
    "\n  mutation RequestFloor($input: FloorRequestInput!) {\n    requestFloor(input: $input) {\n      ...SpeakerFields\n    }\n  }\n": typeof types.RequestFloorDocument,
    "\n  mutation WithdrawFloorRequest($speakerId: ID!) {\n    withdrawFloorRequest(speakerId: $speakerId) {\n      ...SpeakerFields\n    }\n  }\n": typeof types.WithdrawFloorRequestDocument,
    "\n  mutation StartSpeech($speakerId: ID!, $allottedSeconds: Int, $expectedVersion: Int) {\n    startSpeech(speakerId: $speakerId, allottedSeconds: $allottedSeconds, expectedVersion: $expectedVersion) {\n      ...SpeakerFields\n    }\n  }\n": typeof types.StartSpeechDocument,
    "\n  mutation EndSpeech($speakerId: ID!) {\n    endSpeech(speakerId: $speakerId) {\n      ...SpeakerFields\n    }\n  }\n": typeof types.EndSpeechDocument,
    "\n  mutation SetStreamUrl($sessionId: ID!, $url: String) {\n    setStreamUrl(sessionId: $sessionId, url: $url) {\n      id\n      streamUrl\n    }\n  }\n": typeof types.SetStreamUrlDocument,
    "\n  query SpeakingTimes {\n    speakingTimes {\n      bodyId\n      contribution\n      reply\n      pointOfOrder\n    }\n  }\n": typeof types.SpeakingTimesDocument,
    "\n  mutation SetSpeakingTimes($input: SpeakingTimesInput!) {\n    setSpeakingTimes(input: $input) {\n      bodyId\n      contribution\n      reply\n      pointOfOrder\n    }\n  }\n": typeof types.SetSpeakingTimesDocument,
    "\n  fragment InitiativeGenderStatsFields on InitiativeGenderStats {\n    period\n    total\n    byWomen\n    womenSharePct\n    womenSeatSharePct\n    allSponsorsWomenSharePct\n    sponsorships\n    ratioToSeatShare\n    byKind {\n      kind\n      total\n      byWomen\n      womenSharePct\n    }\n    byParty {\n      party\n      total\n      byWomen\n      womenSharePct\n    }\n  }\n": typeof types.InitiativeGenderStatsFieldsFragmentDoc,
    "\n  fragment ConsultationGenderStatsFields on ConsultationGenderStats {\n    period\n    consultations\n    participants\n    women\n    womenSharePct\n    targetPct\n    meetsTarget\n    vulnerableGroups\n  }\n": typeof types.ConsultationGenderStatsFieldsFragmentDoc,
    "\n  fragment InitiativeFields on Initiative {\n    id\n    title\n    kind\n    submittedAt\n    period\n    status\n    agendaItemId\n    version\n    leadSponsor {\n      id\n      fullName\n      gender\n      party\n    }\n    coSponsors {\n      id\n      fullName\n      gender\n      party\n    }\n  }\n": typeof types.InitiativeFieldsFragmentDoc,
    "\n  query InitiativeReport($period: String!) {\n    initiativeGenderStats(period: $period) {\n      ...InitiativeGenderStatsFields\n    }\n    consultationGenderStats(period: $period) {\n      ...ConsultationGenderStatsFields\n    }\n    consultations(period: $period) {\n      id\n      title\n      kind\n      heldAt\n      women\n      men\n      otherOrUndisclosed\n      vulnerableGroups\n    }\n  }\n": typeof types.InitiativeReportDocument,
    "\n  query InitiativeTrend($p0: String!, $p1: String!, $p2: String!, $p3: String!) {\n    s0: initiativeGenderStats(period: $p0) {\n      ...InitiativeGenderStatsFields\n    }\n    s1: initiativeGenderStats(period: $p1) {\n      ...InitiativeGenderStatsFields\n    }\n    s2: initiativeGenderStats(period: $p2) {\n      ...InitiativeGenderStatsFields\n    }\n    s3: initiativeGenderStats(period: $p3) {\n      ...InitiativeGenderStatsFields\n    }\n    c0: consultationGenderStats(period: $p0) {\n      ...ConsultationGenderStatsFields\n    }\n    c1: consultationGenderStats(period: $p1) {\n      ...ConsultationGenderStatsFields\n    }\n    c2: consultationGenderStats(period: $p2) {\n      ...ConsultationGenderStatsFields\n    }\n    c3: consultationGenderStats(period: $p3) {\n      ...ConsultationGenderStatsFields\n    }\n  }\n": typeof types.InitiativeTrendDocument,
    "\n  query InitiativeRegister($period: String, $councillorId: ID) {\n    initiatives(period: $period, councillorId: $councillorId) {\n      ...InitiativeFields\n    }\n  }\n": typeof types.InitiativeRegisterDocument,
    "\n  query InitiativeAgenda {\n    sessions {\n      id\n      title\n      scheduledAt\n      status\n      agenda {\n        id\n        position\n        title\n        status\n      }\n    }\n  }\n": typeof types.InitiativeAgendaDocument,
    "\n  mutation SubmitInitiative($input: InitiativeInput!) {\n    submitInitiative(input: $input) {\n      ...InitiativeFields\n    }\n  }\n": typeof types.SubmitInitiativeDocument,
    "\n  mutation SetInitiativeStatus($id: ID!, $status: InitiativeStatus!, $agendaItemId: ID) {\n    setInitiativeStatus(id: $id, status: $status, agendaItemId: $agendaItemId) {\n      ...InitiativeFields\n    }\n  }\n": typeof types.SetInitiativeStatusDocument,
    "\n  mutation RecordConsultation($input: ConsultationInput!) {\n    recordConsultation(input: $input) {\n      id\n      title\n      kind\n      heldAt\n      women\n      men\n      otherOrUndisclosed\n      vulnerableGroups\n    }\n  }\n": typeof types.RecordConsultationDocument,
    "\n  fragment MinutesFields on Minutes {\n    sessionId\n    deadline\n    publishedAt\n    late\n    sha256\n    jsonUrl\n    pdfUrl\n  }\n": typeof types.MinutesFieldsFragmentDoc,
    "\n  mutation PublishMinutes($sessionId: ID!) {\n    publishMinutes(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n": typeof types.PublishMinutesDocument,
    "\n  fragment ServiceTypeFields on ServiceType {\n    id\n    code\n    name\n    nameSq\n    nameEn\n    category\n    slaWorkingDays\n    slaWorkingHours\n  }\n": typeof types.ServiceTypeFieldsFragmentDoc,
    "\n  fragment ServiceRequestFields on ServiceRequest {\n    id\n    reference\n    status\n    receivedAt\n    dueAt\n    completedAt\n    slaState\n    workingMinutesLeft\n    processingWorkingHours\n    allowedWorkingMinutes\n    pausedAt\n    citizenGender\n    version\n    serviceType {\n      ...ServiceTypeFields\n    }\n    office {\n      id\n      code\n      name\n      kind\n    }\n  }\n": typeof types.ServiceRequestFieldsFragmentDoc,
    "\n  query OssCharter {\n    serviceTypes {\n      ...ServiceTypeFields\n    }\n    offices {\n      id\n      code\n      name\n      kind\n    }\n  }\n": typeof types.OssCharterDocument,
    "\n  query OssQueue($officeCode: String) {\n    serviceRequests(openOnly: true, officeCode: $officeCode, limit: 500) {\n      ...ServiceRequestFields\n    }\n  }\n": typeof types.OssQueueDocument,
    "\n  subscription ServiceRequestUpdated {\n    serviceRequestUpdated {\n      ...ServiceRequestFields\n    }\n  }\n": typeof types.ServiceRequestUpdatedDocument,
    "\n  mutation SubmitServiceRequest($input: ServiceRequestInput!) {\n    submitServiceRequest(input: $input) {\n      ...ServiceRequestFields\n    }\n  }\n": typeof types.SubmitServiceRequestDocument,
    "\n  mutation SetServiceRequestStatus($id: ID!, $status: ServiceRequestStatus!, $expectedVersion: Int) {\n    setServiceRequestStatus(id: $id, status: $status, expectedVersion: $expectedVersion) {\n      ...ServiceRequestFields\n    }\n  }\n": typeof types.SetServiceRequestStatusDocument,
    "\n  mutation RateServiceRequest($id: ID!, $rating: Int!) {\n    rateServiceRequest(id: $id, rating: $rating) {\n      ...ServiceRequestFields\n    }\n  }\n": typeof types.RateServiceRequestDocument,
    "\n  mutation RecordComplaint($input: ComplaintInput!) {\n    recordComplaint(input: $input)\n  }\n": typeof types.RecordComplaintDocument,
    "\n  query OssKpi($month: String!) {\n    ossKpis(month: $month) {\n      ...OssKpiFields\n    }\n    ossKpiBreakdown(month: $month) {\n      month\n      received\n      completed\n      completedWithinSlaPct\n      avgProcessingWorkingHours\n      medianProcessingWorkingHours\n      openBreaches\n      complaints\n      avgSatisfaction\n      ratings\n      receivedFromWomen\n      receivedFromMen\n      receivedGenderUnknown\n      office {\n        id\n        code\n        name\n        kind\n      }\n      serviceType {\n        id\n        code\n        name\n        nameEn\n        category\n      }\n    }\n  }\n": typeof types.OssKpiDocument,
    "\n  query OssKpiTrend($month: String!) {\n    ossKpiTrend(month: $month, months: 12) {\n      ...OssKpiFields\n    }\n  }\n": typeof types.OssKpiTrendDocument,
    "\n  fragment OssKpiFields on OssKpis {\n    month\n    received\n    completed\n    completedWithinSlaPct\n    avgProcessingWorkingHours\n    medianProcessingWorkingHours\n    openBreaches\n    complaints\n    avgSatisfaction\n    ratings\n    receivedFromWomen\n    receivedFromMen\n    receivedGenderUnknown\n  }\n": typeof types.OssKpiFieldsFragmentDoc,
    "\n  mutation PrintServiceRequestReceipt($id: ID!) {\n    printServiceRequestReceipt(id: $id) {\n      reference\n      code\n      kind\n    }\n  }\n": typeof types.PrintServiceRequestReceiptDocument,
    "\n  fragment MeetingDocumentFields on MeetingDocument {\n    id\n    kind\n    title\n    fileName\n    mediaType\n    size\n    version\n    uploadedAt\n    url\n    agendaItemId\n    withdrawnAt\n    withdrawalReason\n    versions {\n      version\n      fileName\n      mediaType\n      size\n      uploadedAt\n      url\n    }\n  }\n": typeof types.MeetingDocumentFieldsFragmentDoc,
    "\n  query SessionPackage($id: ID!) {\n    session(id: $id) {\n      id\n      version\n      status\n      packageUrl\n      documents {\n        ...MeetingDocumentFields\n      }\n      withdrawnDocuments {\n        ...MeetingDocumentFields\n      }\n      agenda {\n        id\n        position\n        title\n        packageUrl\n        documents {\n          ...MeetingDocumentFields\n        }\n      }\n    }\n  }\n": typeof types.SessionPackageDocument,
    "\n  mutation RenameMeetingDocument($input: RenameMeetingDocumentInput!) {\n    renameMeetingDocument(input: $input) {\n      ...MeetingDocumentFields\n    }\n  }\n": typeof types.RenameMeetingDocumentDocument,
    "\n  mutation WithdrawMeetingDocument($input: WithdrawMeetingDocumentInput!) {\n    withdrawMeetingDocument(input: $input) {\n      ...MeetingDocumentFields\n    }\n  }\n": typeof types.WithdrawMeetingDocumentDocument,
    "\n  query MeetingDocumentMaxBytes {\n    meetingDocumentMaxBytes\n  }\n": typeof types.MeetingDocumentMaxBytesDocument,
    "\n  fragment PetitionFields on Petition {\n    id\n    reference\n    title\n    petitionerKind\n    organisationName\n    signaturesCount\n    channel\n    status\n    receivedAt\n    reviewDueAt\n    answerDueAt\n    reviewLate\n    answerLate\n    version\n  }\n": typeof types.PetitionFieldsFragmentDoc,
    "\n  query PetitionRegister($status: PetitionStatus, $offset: Int!, $limit: Int!) {\n    petitions(status: $status, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        ...PetitionFields\n      }\n    }\n  }\n": typeof types.PetitionRegisterDocument,
    "\n  fragment PetitionDetailFields on Petition {\n    ...PetitionFields\n    text\n    reviewStartedAt\n    discussedAt\n    answeredAt\n    answerSummary\n    rejectedAt\n    rejectReason\n    agendaItem {\n      id\n      title\n      position\n      sessionId\n      sessionTitle\n    }\n    history {\n      at\n      status\n      note\n    }\n  }\n": typeof types.PetitionDetailFieldsFragmentDoc,
    "\n  query PetitionPage($id: ID!) {\n    petition(id: $id) {\n      ...PetitionDetailFields\n    }\n  }\n": typeof types.PetitionPageDocument,
    "\n  query PetitionPersonalData($id: ID!) {\n    petitionPersonalData(id: $id) {\n      petitionId\n      petitionerName\n      contactEmail\n      contactPhone\n      signatureList\n      erasedAt\n    }\n  }\n": typeof types.PetitionPersonalDataDocument,
    "\n  query PetitionHeldAgenda {\n    sessions {\n      id\n      title\n      scheduledAt\n      startedAt\n      status\n      agenda {\n        id\n        position\n        title\n      }\n    }\n  }\n": typeof types.PetitionHeldAgendaDocument,
    "\n  mutation SubmitPetition($input: PetitionInput!, $proof: PublicFormProof!) {\n    submitPetition(input: $input, proof: $proof) {\n      petition {\n        ...PetitionFields\n      }\n      receipt {\n        reference\n        code\n        kind\n      }\n    }\n  }\n": typeof types.SubmitPetitionDocument,
    "\n  mutation RegisterPetition($input: PaperPetitionInput!) {\n    registerPetition(input: $input) {\n      petition {\n        ...PetitionFields\n      }\n      receipt {\n        reference\n        code\n        kind\n      }\n    }\n  }\n": typeof types.RegisterPetitionDocument,
    "\n  mutation ReviewPetition($id: ID!, $expectedVersion: Int) {\n    reviewPetition(id: $id, expectedVersion: $expectedVersion) {\n      ...PetitionDetailFields\n    }\n  }\n": typeof types.ReviewPetitionDocument,
    "\n  mutation RecordPetitionDiscussion($input: PetitionDiscussionInput!) {\n    recordPetitionDiscussion(input: $input) {\n      ...PetitionDetailFields\n    }\n  }\n": typeof types.RecordPetitionDiscussionDocument,
    "\n  mutation AnswerPetition($input: PetitionAnswerInput!) {\n    answerPetition(input: $input) {\n      ...PetitionDetailFields\n    }\n  }\n": typeof types.AnswerPetitionDocument,
    "\n  mutation RejectPetition($input: PetitionRejectionInput!) {\n    rejectPetition(input: $input) {\n      ...PetitionDetailFields\n    }\n  }\n": typeof types.RejectPetitionDocument,
    "\n  fragment VoteFields on Vote {\n    id\n    status\n    majority\n    outcome\n    openedAt\n    closedAt\n    tally {\n      for\n      against\n      abstain\n      recused\n      notVoted\n    }\n    ballots {\n      choice\n      councillor {\n        id\n        fullName\n        party\n      }\n    }\n    removedBallots {\n      choice\n      declarationId\n      removedAt\n      councillor {\n        id\n        fullName\n        party\n      }\n    }\n  }\n": typeof types.VoteFieldsFragmentDoc,
    "\n  fragment DeclarationFields on Declaration {\n    id\n    interestType\n    description\n    recused\n    filedAt\n    filedOnBehalf\n    inForce\n    supersedesId\n    agendaItemId\n    councillor {\n      id\n      fullName\n      party\n    }\n  }\n": typeof types.DeclarationFieldsFragmentDoc,
    "\n  fragment SessionFields on CouncilSession {\n    id\n    title\n    scheduledAt\n    status\n    seats\n    lateNotice\n    announcedAt\n    startedAt\n    closedAt\n    minutes {\n      ...MinutesFields\n    }\n    body {\n      id\n      name\n      kind\n    }\n    quorum {\n      seats\n      present\n      required\n      reached\n    }\n    streamUrl\n    version\n    currentItem {\n      id\n    }\n    currentSpeaker {\n      ...SpeakerFields\n    }\n    agenda {\n      id\n      position\n      title\n      description\n      status\n      speakers {\n        ...SpeakerFields\n      }\n      declarations {\n        ...DeclarationFields\n      }\n      votes {\n        ...VoteFields\n      }\n      committeeOpinions {\n        id\n        committeeId\n        committeeName\n        committeeSessionId\n        committeeSessionTitle\n        opinion\n        text\n      }\n    }\n    attendance {\n      status\n      changedAt\n      councillor {\n        id\n        fullName\n        party\n        gender\n      }\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  query LiveSession {\n    liveSession {\n      ...SessionFields\n    }\n  }\n": typeof types.LiveSessionDocument,
    "\n  query SessionById($id: ID!) {\n    session(id: $id) {\n      ...SessionFields\n    }\n  }\n": typeof types.SessionByIdDocument,
    "\n  query SessionList {\n    sessions {\n      id\n      title\n      scheduledAt\n      status\n      lateNotice\n      closedAt\n      minutes {\n        ...MinutesFields\n      }\n      body {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SessionListDocument,
    "\n  query Councillors {\n    councillors {\n      id\n      fullName\n      party\n      gender\n      active\n    }\n  }\n": typeof types.CouncillorsDocument,
    "\n  query Bodies {\n    bodies {\n      id\n      name\n      kind\n      seats\n    }\n  }\n": typeof types.BodiesDocument,
    "\n  subscription SessionUpdated($sessionId: ID!) {\n    sessionUpdated(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n": typeof types.SessionUpdatedDocument,
    "\n  mutation CreateSession($input: CreateSessionInput!) {\n    createSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.CreateSessionDocument,
    "\n  mutation AddAgendaItem($input: AgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n      position\n      title\n      description\n      status\n    }\n  }\n": typeof types.AddAgendaItemDocument,
    "\n  mutation StartSession($sessionId: ID!) {\n    startSession(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n": typeof types.StartSessionDocument,
    "\n  mutation SuspendSession($sessionId: ID!) {\n    suspendSession(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n": typeof types.SuspendSessionDocument,
    "\n  mutation ResumeSession($sessionId: ID!) {\n    resumeSession(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n": typeof types.ResumeSessionDocument,
    "\n  mutation CloseSession($sessionId: ID!) {\n    closeSession(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n": typeof types.CloseSessionDocument,
    "\n  mutation RecordAttendance($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  mutation RecordAttendanceBatch($input: AttendanceBatchInput!) {\n    recordAttendanceBatch(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.RecordAttendanceBatchDocument,
    "\n  mutation StartAgendaItem($agendaItemId: ID!) {\n    startAgendaItem(agendaItemId: $agendaItemId) {\n      ...SessionFields\n    }\n  }\n": typeof types.StartAgendaItemDocument,
    "\n  mutation FileDeclaration($input: DeclarationInput!) {\n    fileDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n": typeof types.FileDeclarationDocument,
    "\n  mutation OpenVote($input: OpenVoteInput!) {\n    openVote(input: $input) {\n      ...VoteFields\n    }\n  }\n": typeof types.OpenVoteDocument,
    "\n  mutation CastBallot($input: BallotInput!) {\n    castBallot(input: $input) {\n      ...VoteFields\n    }\n  }\n": typeof types.CastBallotDocument,
    "\n  mutation CloseVote($voteId: ID!) {\n    closeVote(voteId: $voteId) {\n      ...VoteFields\n    }\n  }\n": typeof types.CloseVoteDocument,
    "\n  query TrackRequest($reference: String!, $code: String!) {\n    trackRequest(reference: $reference, code: $code) {\n      reference\n      kind\n      title\n      status\n      receivedAt\n      dueAt\n      slaState\n      history {\n        at\n        status\n        note\n      }\n    }\n  }\n": typeof types.TrackRequestDocument,
    "\n  query TransparencyScorecard($period: String!) {\n    transparencyScorecard(period: $period) {\n      period\n      indicators {\n        key\n        value\n        target\n        unit\n        numerator\n        denominator\n        met\n      }\n    }\n  }\n": typeof types.TransparencyScorecardDocument,
    "\n  query SessionCalendar {\n    sessions {\n      id\n      title\n      scheduledAt\n      announcedAt\n      status\n      lateNotice\n      packageUrl\n      body {\n        id\n        name\n        kind\n      }\n      agenda {\n        id\n        position\n        title\n        description\n        status\n        draftPublishedAt\n        commentPeriodWorkingDays\n        shortCommentPeriod\n        initiatives {\n          id\n          title\n          kind\n          status\n          leadSponsorName\n        }\n      }\n    }\n  }\n": typeof types.SessionCalendarDocument,
    "\n  query CalendarBodies {\n    bodies {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.CalendarBodiesDocument,
    "\n  mutation StartPublicForm {\n    startPublicForm { ticket notBefore }\n  }\n": typeof types.StartPublicFormDocument,
};
const documents: Documents = {
    "\n  query AlertsEnabled {\n    alertsEnabled\n  }\n": types.AlertsEnabledDocument,
    "\n  mutation RequestAlertSubscription($input: AlertSubscriptionInput!) {\n    requestAlertSubscription(input: $input)\n  }\n": types.RequestAlertSubscriptionDocument,
    "\n  mutation ConfirmAlertSubscription($token: String!) {\n    confirmAlertSubscription(token: $token) {\n      targetKind\n      targetLabel\n      confirmed\n      unsubscribed\n    }\n  }\n": types.ConfirmAlertSubscriptionDocument,
    "\n  mutation UnsubscribeFromAlerts($token: String!) {\n    unsubscribeFromAlerts(token: $token) {\n      targetKind\n      targetLabel\n      confirmed\n      unsubscribed\n    }\n  }\n": types.UnsubscribeFromAlertsDocument,
    "\n  fragment UserFields on User {\n    id\n    username\n    role\n    councillor {\n      id\n      fullName\n    }\n  }\n": types.UserFieldsFragmentDoc,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      user {\n        ...UserFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n": types.MeDocument,
    "\n  query AgendaComments($id: ID!) {\n    session(id: $id) {\n      id\n      agenda { id draftPublishedAt commentCount consultationReportPublished }\n    }\n  }\n": types.AgendaCommentsDocument,
    "\n  fragment ConsultationReportFields on ConsultationReport {\n    agendaItemId received online paper pending published rejected answered\n    rejectedByReason { reason count }\n    byOutcome { outcome count }\n    women men otherGender undisclosed womenShare vulnerableGroup reportPublished reportPublishedAt\n  }\n": types.ConsultationReportFieldsFragmentDoc,
    "\n  query DraftsOpenForComment {\n    draftsOpenForComment {\n      agendaItemId title sessionId sessionTitle scheduledAt draftPublishedAt commentsCloseAt open commentPeriodWorkingDays publishedComments\n    }\n  }\n": types.DraftsOpenForCommentDocument,
    "\n  query DraftPage($id: ID!) {\n    draftForComment(agendaItemId: $id) {\n      agendaItemId title description sessionId sessionTitle scheduledAt draftPublishedAt commentsCloseAt open commentPeriodWorkingDays publishedComments\n    }\n    draftComments(agendaItemId: $id) {\n      id authorName text channel receivedAt publishedAt\n      answer { outcome reason answeredAt }\n    }\n    consultationReport(agendaItemId: $id) { ...ConsultationReportFields }\n  }\n": types.DraftPageDocument,
    "\n  mutation SubmitDraftComment($input: DraftCommentInput!, $proof: PublicFormProof!) {\n    submitDraftComment(input: $input, proof: $proof) {\n      commentId\n      receipt { reference code kind }\n    }\n  }\n": types.SubmitDraftCommentDocument,
    "\n  mutation PublishConsultationReport($id: ID!) {\n    publishConsultationReport(agendaItemId: $id) { ...ConsultationReportFields }\n  }\n": types.PublishConsultationReportDocument,
    "\n  query CommentModerationQueue {\n    commentModerationQueue {\n      id agendaItemId itemTitle sessionTitle reference authorName email gender vulnerableGroup text channel receivedAt status version\n      answer { outcome reason }\n    }\n  }\n": types.CommentModerationQueueDocument,
    "\n  mutation PublishDraftComment($id: ID!, $expectedVersion: Int) {\n    publishDraftComment(id: $id, expectedVersion: $expectedVersion) { id status version }\n  }\n": types.PublishDraftCommentDocument,
    "\n  mutation RejectDraftComment($id: ID!, $reason: CommentRejectReason!, $expectedVersion: Int) {\n    rejectDraftComment(id: $id, reason: $reason, expectedVersion: $expectedVersion) { id status version }\n  }\n": types.RejectDraftCommentDocument,
    "\n  mutation AnswerDraftComment($id: ID!, $outcome: CommentOutcome!, $reason: String!, $expectedVersion: Int) {\n    answerDraftComment(id: $id, outcome: $outcome, reason: $reason, expectedVersion: $expectedVersion) { id status version answer { outcome reason } }\n  }\n": types.AnswerDraftCommentDocument,
    "\n  mutation RecordPaperComment($input: PaperCommentInput!) {\n    recordPaperComment(input: $input) {\n      commentId\n      receipt { reference code kind }\n    }\n  }\n": types.RecordPaperCommentDocument,
    "\n  fragment CommitteeMembershipFields on CommitteeMembership {\n    id\n    role\n    joinedOn\n    leftOn\n    councillor {\n      id\n      fullName\n      party\n    }\n  }\n": types.CommitteeMembershipFieldsFragmentDoc,
    "\n  query CommitteeList {\n    committees {\n      id\n      name\n      seats\n      membersCount\n      chair {\n        ...CommitteeMembershipFields\n      }\n      nextMeeting {\n        id\n        title\n        scheduledAt\n        lateNotice\n      }\n    }\n  }\n": types.CommitteeListDocument,
    "\n  query CommitteePage($id: ID!) {\n    committee(id: $id) {\n      id\n      name\n      functions\n      seats\n      version\n      noticeDays\n      membersCount\n      chair {\n        ...CommitteeMembershipFields\n      }\n      members {\n        ...CommitteeMembershipFields\n      }\n      pastMembers {\n        ...CommitteeMembershipFields\n      }\n      upcomingMeetings {\n        id\n        title\n        scheduledAt\n        announcedAt\n        status\n        lateNotice\n        items\n      }\n      pastMeetings {\n        id\n        title\n        scheduledAt\n        announcedAt\n        status\n        lateNotice\n        items\n      }\n      opinions {\n        id\n        agendaItemId\n        agendaItemTitle\n        sessionId\n        sessionTitle\n        sessionScheduledAt\n        committeeSessionId\n        committeeSessionTitle\n        opinion\n        text\n        recordedAt\n      }\n    }\n  }\n": types.CommitteePageDocument,
    "\n  query CommitteeFormChoices {\n    councillors {\n      id\n      fullName\n      active\n    }\n    sessions {\n      id\n      title\n      scheduledAt\n      status\n      body {\n        id\n        kind\n      }\n      agenda {\n        id\n        position\n        title\n      }\n    }\n  }\n": types.CommitteeFormChoicesDocument,
    "\n  mutation CreateCommittee($input: CommitteeInput!) {\n    createCommittee(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateCommitteeDocument,
    "\n  mutation UpdateCommittee($id: ID!, $input: CommitteeInput!, $expectedVersion: Int) {\n    updateCommittee(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      functions\n      seats\n      version\n    }\n  }\n": types.UpdateCommitteeDocument,
    "\n  mutation AddCommitteeMember($input: CommitteeMemberInput!) {\n    addCommitteeMember(input: $input) {\n      ...CommitteeMembershipFields\n    }\n  }\n": types.AddCommitteeMemberDocument,
    "\n  mutation EndCommitteeMembership($membershipId: ID!, $leftOn: String!) {\n    endCommitteeMembership(membershipId: $membershipId, leftOn: $leftOn) {\n      ...CommitteeMembershipFields\n    }\n  }\n": types.EndCommitteeMembershipDocument,
    "\n  mutation RecordCommitteeOpinion($input: CommitteeOpinionInput!) {\n    recordCommitteeOpinion(input: $input) {\n      id\n      agendaItemId\n      committeeId\n      committeeName\n      opinion\n      text\n    }\n  }\n": types.RecordCommitteeOpinionDocument,
    "\n  fragment ConsultationNoticeFields on Consultation {\n    id\n    title\n    kind\n    status\n    heldAt\n    announcedAt\n    lateNotice\n    place\n    agendaItemId\n    agendaItemTitle\n    women\n    men\n    otherOrUndisclosed\n    vulnerableGroups\n    version\n  }\n": types.ConsultationNoticeFieldsFragmentDoc,
    "\n  query ConsultationNotices {\n    consultationNotices {\n      ...ConsultationNoticeFields\n    }\n  }\n": types.ConsultationNoticesDocument,
    "\n  mutation AnnounceConsultation($input: ConsultationAnnouncementInput!) {\n    announceConsultation(input: $input) {\n      ...ConsultationNoticeFields\n    }\n  }\n": types.AnnounceConsultationDocument,
    "\n  mutation RecordConsultationAttendance($id: ID!, $input: ConsultationAttendanceInput!, $expectedVersion: Int) {\n    recordConsultationAttendance(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ConsultationNoticeFields\n    }\n  }\n": types.RecordConsultationAttendanceDocument,
    "\n  query CouncillorList {\n    councillors(includeFormer: true) {\n      id\n      fullName\n      gender\n      party\n      active\n      termStart\n      termEnd\n      photoUrl\n      committeeSeats {\n        bodyId\n        bodyName\n        role\n        leftOn\n      }\n    }\n  }\n": types.CouncillorListDocument,
    "\n  query CouncillorPage($id: ID!, $from: DateTime, $to: DateTime) {\n    councillor(id: $id) {\n      id\n      fullName\n      gender\n      party\n      active\n      termStart\n      termEnd\n      photoUrl\n      cv\n      contact {\n        email\n        phone\n      }\n      committeeSeats {\n        bodyId\n        bodyName\n        role\n        joinedOn\n        leftOn\n      }\n    }\n    councillorRecord(councillorId: $id, from: $from, to: $to) {\n      from\n      to\n      attendanceRatePct\n      sessionsHeld { count sessionIds }\n      sessionsSeated { count sessionIds }\n      present { count sessionIds }\n      excused { count sessionIds }\n      absent { count sessionIds }\n      lateArrivals { count sessionIds }\n      earlyDepartures { count sessionIds }\n      ballotsCast { count sessionIds }\n      votesMissed { count sessionIds }\n      votesRecused { count sessionIds }\n      declarationsFiled { count sessionIds }\n      initiativesLed { count sessionIds }\n      initiativesCoSponsored { count sessionIds }\n      sessions {\n        sessionId\n        title\n        scheduledAt\n        finalStatus\n        present\n        excused\n        arrivedAt\n        late\n        leftAt\n        leftEarly\n      }\n      votes {\n        voteId\n        sessionId\n        sessionTitle\n        scheduledAt\n        agendaItemPosition\n        agendaItemTitle\n        majority\n        outcome\n        for\n        against\n        abstain\n        choice\n        recused\n        missed\n        presentAtSession\n      }\n      declarations {\n        id\n        sessionId\n        sessionTitle\n        bodyName\n        scheduledAt\n        agendaItemPosition\n        agendaItemTitle\n        interestType\n        description\n        recused\n        filedAt\n        inForce\n      }\n      initiatives { id title kind status submittedAt sessionId }\n      coSponsoredInitiatives { id title kind status submittedAt sessionId }\n    }\n  }\n": types.CouncillorPageDocument,
    "\n  query AttendanceRegister($from: DateTime, $to: DateTime) {\n    attendanceRegister(from: $from, to: $to) {\n      sessions {\n        sessionId\n        title\n        scheduledAt\n        seated\n        present\n        excused\n        absent\n        late\n        leftEarly\n        presentAtEnd\n        quorumRequired\n        quorumReached\n      }\n      councillors {\n        councillor { id fullName party }\n        seated\n        present\n        excused\n        absent\n        late\n        leftEarly\n        attendanceRatePct\n      }\n    }\n  }\n": types.AttendanceRegisterDocument,
    "\n  query CouncillorEdit($id: ID!) {\n    councillor(id: $id) {\n      id\n      fullName\n      party\n      termStart\n      termEnd\n      photoUrl\n      cv\n      profileVersion\n      contactDetails {\n        email\n        emailPublished\n        phone\n        phonePublished\n      }\n    }\n  }\n": types.CouncillorEditDocument,
    "\n  mutation SetCouncillorProfile($input: CouncillorProfileInput!) {\n    setCouncillorProfile(input: $input) {\n      id\n      party\n      termStart\n      termEnd\n      cv\n      profileVersion\n      contact { email phone }\n      contactDetails { email emailPublished phone phonePublished }\n    }\n  }\n": types.SetCouncillorProfileDocument,
    "\n  fragment DecisionFields on Decision {\n    id\n    number\n    year\n    decidedAt\n    decidedOn\n    body {\n      id\n      name\n      kind\n    }\n    sessionId\n    sessionTitle\n    position\n    title\n    kind\n    outcome\n    majority\n    tally {\n      for\n      against\n      abstain\n      recused\n      notVoted\n    }\n    review {\n      status\n      authority\n      on\n      note\n    }\n    version\n  }\n": types.DecisionFieldsFragmentDoc,
    "\n  query DecisionRegister($filter: DecisionFilter, $offset: Int!, $limit: Int!) {\n    decisions(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        ...DecisionFields\n        match {\n          source\n          label\n          text\n        }\n        documents {\n          id\n          kind\n          title\n          url\n        }\n      }\n    }\n  }\n": types.DecisionRegisterDocument,
    "\n  query DecisionFilterChoices {\n    decisionYears\n    bodies {\n      id\n      name\n      kind\n    }\n  }\n": types.DecisionFilterChoicesDocument,
    "\n  query Decision($id: ID!) {\n    decision(id: $id) {\n      ...DecisionFields\n      description\n      draftPublishedAt\n      sessionScheduledAt\n      voteId\n      ballots {\n        councillor {\n          id\n          fullName\n          party\n        }\n        choice\n      }\n    }\n  }\n": types.DecisionDocument,
    "\n  query DecisionDocuments($sessionId: ID!) {\n    session(id: $sessionId) {\n      id\n      agenda {\n        id\n        packageUrl\n        documents {\n          id\n          kind\n          title\n          fileName\n          url\n          version\n        }\n      }\n    }\n  }\n": types.DecisionDocumentsDocument,
    "\n  mutation SetDecisionReview($input: DecisionReviewInput!) {\n    setDecisionReview(input: $input) {\n      ...DecisionFields\n    }\n  }\n": types.SetDecisionReviewDocument,
    "\n  mutation RegisterDecision($input: RegisterDecisionInput!) {\n    registerDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n": types.RegisterDecisionDocument,
    "\n  fragment RegisterDeclarationFields on Declaration {\n    id\n    interestType\n    description\n    recused\n    filedAt\n    filedOnBehalf\n    inForce\n    supersedesId\n    sessionId\n    sessionTitle\n    sessionScheduledAt\n    agendaItemId\n    agendaItemPosition\n    agendaItemTitle\n    councillor {\n      id\n      fullName\n      party\n    }\n  }\n": types.RegisterDeclarationFieldsFragmentDoc,
    "\n  query DeclarationRegister($filter: DeclarationFilter, $offset: Int!, $limit: Int!) {\n    declarations(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        ...RegisterDeclarationFields\n      }\n    }\n  }\n": types.DeclarationRegisterDocument,
    "\n  query MyDeclarations($councillorId: ID!, $offset: Int!, $limit: Int!) {\n    declarations(filter: { councillorId: $councillorId }, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        ...RegisterDeclarationFields\n      }\n    }\n  }\n": types.MyDeclarationsDocument,
    "\n  fragment PublicDocumentRequestFields on DocumentRequest {\n    id\n    reference\n    documents\n    documentsWithheld\n    channel\n    status\n    receivedAt\n    dueAt\n    extendedAt\n    extensionReason\n    extensionNote\n    closedAt\n    outcome\n    answerNote\n    refusalReason\n    appealNotice\n    transferredTo\n    slaState\n    answeredOnTime\n  }\n": types.PublicDocumentRequestFieldsFragmentDoc,
    "\n  query DocumentRequestRegister($filter: DocumentRequestFilter, $offset: Int!, $limit: Int!) {\n    documentRequests(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...PublicDocumentRequestFields\n      }\n    }\n  }\n": types.DocumentRequestRegisterDocument,
    "\n  mutation SubmitDocumentRequest($input: DocumentRequestInput!, $proof: PublicFormProof!) {\n    submitDocumentRequest(input: $input, proof: $proof) {\n      request {\n        ...PublicDocumentRequestFields\n      }\n      receipt {\n        reference\n        code\n        kind\n      }\n    }\n  }\n": types.SubmitDocumentRequestDocument,
    "\n  fragment DocumentRequestCaseFields on DocumentRequestCase {\n    id\n    reference\n    documents\n    documentsWithheld\n    channel\n    status\n    receivedAt\n    dueAt\n    extendedAt\n    extensionReason\n    extensionNote\n    closedAt\n    outcome\n    answerNote\n    refusalReason\n    appealNotice\n    transferredTo\n    slaState\n    answeredOnTime\n    documentsText\n    requesterName\n    requesterEmail\n    requesterPhone\n    requesterAddress\n    personalDataErasedAt\n    version\n  }\n": types.DocumentRequestCaseFieldsFragmentDoc,
    "\n  query DocumentRequestCases($openOnly: Boolean!) {\n    documentRequestCases(openOnly: $openOnly) {\n      ...DocumentRequestCaseFields\n    }\n  }\n": types.DocumentRequestCasesDocument,
    "\n  mutation RegisterDocumentRequest($input: CounterDocumentRequestInput!) {\n    registerDocumentRequest(input: $input) {\n      request {\n        ...DocumentRequestCaseFields\n      }\n      receipt {\n        reference\n        code\n        kind\n      }\n    }\n  }\n": types.RegisterDocumentRequestDocument,
    "\n  mutation StartDocumentRequest($id: ID!, $expectedVersion: Int) {\n    startDocumentRequest(id: $id, expectedVersion: $expectedVersion) {\n      ...DocumentRequestCaseFields\n    }\n  }\n": types.StartDocumentRequestDocument,
    "\n  mutation ExtendDocumentRequest($input: ExtendDocumentRequestInput!) {\n    extendDocumentRequest(input: $input) {\n      ...DocumentRequestCaseFields\n    }\n  }\n": types.ExtendDocumentRequestDocument,
    "\n  mutation DecideDocumentRequest($input: DecideDocumentRequestInput!) {\n    decideDocumentRequest(input: $input) {\n      ...DocumentRequestCaseFields\n    }\n  }\n": types.DecideDocumentRequestDocument,
    "\n  mutation WithholdDocumentRequestText($id: ID!, $withheld: Boolean!, $expectedVersion: Int) {\n    withholdDocumentRequestText(id: $id, withheld: $withheld, expectedVersion: $expectedVersion) {\n      ...DocumentRequestCaseFields\n    }\n  }\n": types.WithholdDocumentRequestTextDocument,
    "\n  fragment SpeakerFields on Speaker {\n    id\n    agendaItemId\n    kind\n    status\n    requestedAt\n    startedAt\n    endedAt\n    allottedSeconds\n    spokenSeconds\n    councillor {\n      id\n      fullName\n      party\n    }\n  }\n": types.SpeakerFieldsFragmentDoc,
    "\n  query ServerTime {\n    serverTime\n  }\n": types.ServerTimeDocument,
    "\n  mutation RequestFloor($input: FloorRequestInput!) {\n    requestFloor(input: $input) {\n      ...SpeakerFields\n    }\n  }\n": types.RequestFloorDocument,
    "\n  mutation WithdrawFloorRequest($speakerId: ID!) {\n    withdrawFloorRequest(speakerId: $speakerId) {\n      ...SpeakerFields\n    }\n  }\n": types.WithdrawFloorRequestDocument,
    "\n  mutation StartSpeech($speakerId: ID!, $allottedSeconds: Int, $expectedVersion: Int) {\n    startSpeech(speakerId: $speakerId, allottedSeconds: $allottedSeconds, expectedVersion: $expectedVersion) {\n      ...SpeakerFields\n    }\n  }\n": types.StartSpeechDocument,
    "\n  mutation EndSpeech($speakerId: ID!) {\n    endSpeech(speakerId: $speakerId) {\n      ...SpeakerFields\n    }\n  }\n": types.EndSpeechDocument,
    "\n  mutation SetStreamUrl($sessionId: ID!, $url: String) {\n    setStreamUrl(sessionId: $sessionId, url: $url) {\n      id\n      streamUrl\n    }\n  }\n": types.SetStreamUrlDocument,
    "\n  query SpeakingTimes {\n    speakingTimes {\n      bodyId\n      contribution\n      reply\n      pointOfOrder\n    }\n  }\n": types.SpeakingTimesDocument,
    "\n  mutation SetSpeakingTimes($input: SpeakingTimesInput!) {\n    setSpeakingTimes(input: $input) {\n      bodyId\n      contribution\n      reply\n      pointOfOrder\n    }\n  }\n": types.SetSpeakingTimesDocument,
    "\n  fragment InitiativeGenderStatsFields on InitiativeGenderStats {\n    period\n    total\n    byWomen\n    womenSharePct\n    womenSeatSharePct\n    allSponsorsWomenSharePct\n    sponsorships\n    ratioToSeatShare\n    byKind {\n      kind\n      total\n      byWomen\n      womenSharePct\n    }\n    byParty {\n      party\n      total\n      byWomen\n      womenSharePct\n    }\n  }\n": types.InitiativeGenderStatsFieldsFragmentDoc,
    "\n  fragment ConsultationGenderStatsFields on ConsultationGenderStats {\n    period\n    consultations\n    participants\n    women\n    womenSharePct\n    targetPct\n    meetsTarget\n    vulnerableGroups\n  }\n": types.ConsultationGenderStatsFieldsFragmentDoc,
    "\n  fragment InitiativeFields on Initiative {\n    id\n    title\n    kind\n    submittedAt\n    period\n    status\n    agendaItemId\n    version\n    leadSponsor {\n      id\n      fullName\n      gender\n      party\n    }\n    coSponsors {\n      id\n      fullName\n      gender\n      party\n    }\n  }\n": types.InitiativeFieldsFragmentDoc,
    "\n  query InitiativeReport($period: String!) {\n    initiativeGenderStats(period: $period) {\n      ...InitiativeGenderStatsFields\n    }\n    consultationGenderStats(period: $period) {\n      ...ConsultationGenderStatsFields\n    }\n    consultations(period: $period) {\n      id\n      title\n      kind\n      heldAt\n      women\n      men\n      otherOrUndisclosed\n      vulnerableGroups\n    }\n  }\n": types.InitiativeReportDocument,
    "\n  query InitiativeTrend($p0: String!, $p1: String!, $p2: String!, $p3: String!) {\n    s0: initiativeGenderStats(period: $p0) {\n      ...InitiativeGenderStatsFields\n    }\n    s1: initiativeGenderStats(period: $p1) {\n      ...InitiativeGenderStatsFields\n    }\n    s2: initiativeGenderStats(period: $p2) {\n      ...InitiativeGenderStatsFields\n    }\n    s3: initiativeGenderStats(period: $p3) {\n      ...InitiativeGenderStatsFields\n    }\n    c0: consultationGenderStats(period: $p0) {\n      ...ConsultationGenderStatsFields\n    }\n    c1: consultationGenderStats(period: $p1) {\n      ...ConsultationGenderStatsFields\n    }\n    c2: consultationGenderStats(period: $p2) {\n      ...ConsultationGenderStatsFields\n    }\n    c3: consultationGenderStats(period: $p3) {\n      ...ConsultationGenderStatsFields\n    }\n  }\n": types.InitiativeTrendDocument,
    "\n  query InitiativeRegister($period: String, $councillorId: ID) {\n    initiatives(period: $period, councillorId: $councillorId) {\n      ...InitiativeFields\n    }\n  }\n": types.InitiativeRegisterDocument,
    "\n  query InitiativeAgenda {\n    sessions {\n      id\n      title\n      scheduledAt\n      status\n      agenda {\n        id\n        position\n        title\n        status\n      }\n    }\n  }\n": types.InitiativeAgendaDocument,
    "\n  mutation SubmitInitiative($input: InitiativeInput!) {\n    submitInitiative(input: $input) {\n      ...InitiativeFields\n    }\n  }\n": types.SubmitInitiativeDocument,
    "\n  mutation SetInitiativeStatus($id: ID!, $status: InitiativeStatus!, $agendaItemId: ID) {\n    setInitiativeStatus(id: $id, status: $status, agendaItemId: $agendaItemId) {\n      ...InitiativeFields\n    }\n  }\n": types.SetInitiativeStatusDocument,
    "\n  mutation RecordConsultation($input: ConsultationInput!) {\n    recordConsultation(input: $input) {\n      id\n      title\n      kind\n      heldAt\n      women\n      men\n      otherOrUndisclosed\n      vulnerableGroups\n    }\n  }\n": types.RecordConsultationDocument,
    "\n  fragment MinutesFields on Minutes {\n    sessionId\n    deadline\n    publishedAt\n    late\n    sha256\n    jsonUrl\n    pdfUrl\n  }\n": types.MinutesFieldsFragmentDoc,
    "\n  mutation PublishMinutes($sessionId: ID!) {\n    publishMinutes(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n": types.PublishMinutesDocument,
    "\n  fragment ServiceTypeFields on ServiceType {\n    id\n    code\n    name\n    nameSq\n    nameEn\n    category\n    slaWorkingDays\n    slaWorkingHours\n  }\n": types.ServiceTypeFieldsFragmentDoc,
    "\n  fragment ServiceRequestFields on ServiceRequest {\n    id\n    reference\n    status\n    receivedAt\n    dueAt\n    completedAt\n    slaState\n    workingMinutesLeft\n    processingWorkingHours\n    allowedWorkingMinutes\n    pausedAt\n    citizenGender\n    version\n    serviceType {\n      ...ServiceTypeFields\n    }\n    office {\n      id\n      code\n      name\n      kind\n    }\n  }\n": types.ServiceRequestFieldsFragmentDoc,
    "\n  query OssCharter {\n    serviceTypes {\n      ...ServiceTypeFields\n    }\n    offices {\n      id\n      code\n      name\n      kind\n    }\n  }\n": types.OssCharterDocument,
    "\n  query OssQueue($officeCode: String) {\n    serviceRequests(openOnly: true, officeCode: $officeCode, limit: 500) {\n      ...ServiceRequestFields\n    }\n  }\n": types.OssQueueDocument,
    "\n  subscription ServiceRequestUpdated {\n    serviceRequestUpdated {\n      ...ServiceRequestFields\n    }\n  }\n": types.ServiceRequestUpdatedDocument,
    "\n  mutation SubmitServiceRequest($input: ServiceRequestInput!) {\n    submitServiceRequest(input: $input) {\n      ...ServiceRequestFields\n    }\n  }\n": types.SubmitServiceRequestDocument,
    "\n  mutation SetServiceRequestStatus($id: ID!, $status: ServiceRequestStatus!, $expectedVersion: Int) {\n    setServiceRequestStatus(id: $id, status: $status, expectedVersion: $expectedVersion) {\n      ...ServiceRequestFields\n    }\n  }\n": types.SetServiceRequestStatusDocument,
    "\n  mutation RateServiceRequest($id: ID!, $rating: Int!) {\n    rateServiceRequest(id: $id, rating: $rating) {\n      ...ServiceRequestFields\n    }\n  }\n": types.RateServiceRequestDocument,
    "\n  mutation RecordComplaint($input: ComplaintInput!) {\n    recordComplaint(input: $input)\n  }\n": types.RecordComplaintDocument,
    "\n  query OssKpi($month: String!) {\n    ossKpis(month: $month) {\n      ...OssKpiFields\n    }\n    ossKpiBreakdown(month: $month) {\n      month\n      received\n      completed\n      completedWithinSlaPct\n      avgProcessingWorkingHours\n      medianProcessingWorkingHours\n      openBreaches\n      complaints\n      avgSatisfaction\n      ratings\n      receivedFromWomen\n      receivedFromMen\n      receivedGenderUnknown\n      office {\n        id\n        code\n        name\n        kind\n      }\n      serviceType {\n        id\n        code\n        name\n        nameEn\n        category\n      }\n    }\n  }\n": types.OssKpiDocument,
    "\n  query OssKpiTrend($month: String!) {\n    ossKpiTrend(month: $month, months: 12) {\n      ...OssKpiFields\n    }\n  }\n": types.OssKpiTrendDocument,
    "\n  fragment OssKpiFields on OssKpis {\n    month\n    received\n    completed\n    completedWithinSlaPct\n    avgProcessingWorkingHours\n    medianProcessingWorkingHours\n    openBreaches\n    complaints\n    avgSatisfaction\n    ratings\n    receivedFromWomen\n    receivedFromMen\n    receivedGenderUnknown\n  }\n": types.OssKpiFieldsFragmentDoc,
    "\n  mutation PrintServiceRequestReceipt($id: ID!) {\n    printServiceRequestReceipt(id: $id) {\n      reference\n      code\n      kind\n    }\n  }\n": types.PrintServiceRequestReceiptDocument,
    "\n  fragment MeetingDocumentFields on MeetingDocument {\n    id\n    kind\n    title\n    fileName\n    mediaType\n    size\n    version\n    uploadedAt\n    url\n    agendaItemId\n    withdrawnAt\n    withdrawalReason\n    versions {\n      version\n      fileName\n      mediaType\n      size\n      uploadedAt\n      url\n    }\n  }\n": types.MeetingDocumentFieldsFragmentDoc,
    "\n  query SessionPackage($id: ID!) {\n    session(id: $id) {\n      id\n      version\n      status\n      packageUrl\n      documents {\n        ...MeetingDocumentFields\n      }\n      withdrawnDocuments {\n        ...MeetingDocumentFields\n      }\n      agenda {\n        id\n        position\n        title\n        packageUrl\n        documents {\n          ...MeetingDocumentFields\n        }\n      }\n    }\n  }\n": types.SessionPackageDocument,
    "\n  mutation RenameMeetingDocument($input: RenameMeetingDocumentInput!) {\n    renameMeetingDocument(input: $input) {\n      ...MeetingDocumentFields\n    }\n  }\n": types.RenameMeetingDocumentDocument,
    "\n  mutation WithdrawMeetingDocument($input: WithdrawMeetingDocumentInput!) {\n    withdrawMeetingDocument(input: $input) {\n      ...MeetingDocumentFields\n    }\n  }\n": types.WithdrawMeetingDocumentDocument,
    "\n  query MeetingDocumentMaxBytes {\n    meetingDocumentMaxBytes\n  }\n": types.MeetingDocumentMaxBytesDocument,
    "\n  fragment PetitionFields on Petition {\n    id\n    reference\n    title\n    petitionerKind\n    organisationName\n    signaturesCount\n    channel\n    status\n    receivedAt\n    reviewDueAt\n    answerDueAt\n    reviewLate\n    answerLate\n    version\n  }\n": types.PetitionFieldsFragmentDoc,
    "\n  query PetitionRegister($status: PetitionStatus, $offset: Int!, $limit: Int!) {\n    petitions(status: $status, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        ...PetitionFields\n      }\n    }\n  }\n": types.PetitionRegisterDocument,
    "\n  fragment PetitionDetailFields on Petition {\n    ...PetitionFields\n    text\n    reviewStartedAt\n    discussedAt\n    answeredAt\n    answerSummary\n    rejectedAt\n    rejectReason\n    agendaItem {\n      id\n      title\n      position\n      sessionId\n      sessionTitle\n    }\n    history {\n      at\n      status\n      note\n    }\n  }\n": types.PetitionDetailFieldsFragmentDoc,
    "\n  query PetitionPage($id: ID!) {\n    petition(id: $id) {\n      ...PetitionDetailFields\n    }\n  }\n": types.PetitionPageDocument,
    "\n  query PetitionPersonalData($id: ID!) {\n    petitionPersonalData(id: $id) {\n      petitionId\n      petitionerName\n      contactEmail\n      contactPhone\n      signatureList\n      erasedAt\n    }\n  }\n": types.PetitionPersonalDataDocument,
    "\n  query PetitionHeldAgenda {\n    sessions {\n      id\n      title\n      scheduledAt\n      startedAt\n      status\n      agenda {\n        id\n        position\n        title\n      }\n    }\n  }\n": types.PetitionHeldAgendaDocument,
    "\n  mutation SubmitPetition($input: PetitionInput!, $proof: PublicFormProof!) {\n    submitPetition(input: $input, proof: $proof) {\n      petition {\n        ...PetitionFields\n      }\n      receipt {\n        reference\n        code\n        kind\n      }\n    }\n  }\n": types.SubmitPetitionDocument,
    "\n  mutation RegisterPetition($input: PaperPetitionInput!) {\n    registerPetition(input: $input) {\n      petition {\n        ...PetitionFields\n      }\n      receipt {\n        reference\n        code\n        kind\n      }\n    }\n  }\n": types.RegisterPetitionDocument,
    "\n  mutation ReviewPetition($id: ID!, $expectedVersion: Int) {\n    reviewPetition(id: $id, expectedVersion: $expectedVersion) {\n      ...PetitionDetailFields\n    }\n  }\n": types.ReviewPetitionDocument,
    "\n  mutation RecordPetitionDiscussion($input: PetitionDiscussionInput!) {\n    recordPetitionDiscussion(input: $input) {\n      ...PetitionDetailFields\n    }\n  }\n": types.RecordPetitionDiscussionDocument,
    "\n  mutation AnswerPetition($input: PetitionAnswerInput!) {\n    answerPetition(input: $input) {\n      ...PetitionDetailFields\n    }\n  }\n": types.AnswerPetitionDocument,
    "\n  mutation RejectPetition($input: PetitionRejectionInput!) {\n    rejectPetition(input: $input) {\n      ...PetitionDetailFields\n    }\n  }\n": types.RejectPetitionDocument,
    "\n  fragment VoteFields on Vote {\n    id\n    status\n    majority\n    outcome\n    openedAt\n    closedAt\n    tally {\n      for\n      against\n      abstain\n      recused\n      notVoted\n    }\n    ballots {\n      choice\n      councillor {\n        id\n        fullName\n        party\n      }\n    }\n    removedBallots {\n      choice\n      declarationId\n      removedAt\n      councillor {\n        id\n        fullName\n        party\n      }\n    }\n  }\n": types.VoteFieldsFragmentDoc,
    "\n  fragment DeclarationFields on Declaration {\n    id\n    interestType\n    description\n    recused\n    filedAt\n    filedOnBehalf\n    inForce\n    supersedesId\n    agendaItemId\n    councillor {\n      id\n      fullName\n      party\n    }\n  }\n": types.DeclarationFieldsFragmentDoc,
    "\n  fragment SessionFields on CouncilSession {\n    id\n    title\n    scheduledAt\n    status\n    seats\n    lateNotice\n    announcedAt\n    startedAt\n    closedAt\n    minutes {\n      ...MinutesFields\n    }\n    body {\n      id\n      name\n      kind\n    }\n    quorum {\n      seats\n      present\n      required\n      reached\n    }\n    streamUrl\n    version\n    currentItem {\n      id\n    }\n    currentSpeaker {\n      ...SpeakerFields\n    }\n    agenda {\n      id\n      position\n      title\n      description\n      status\n      speakers {\n        ...SpeakerFields\n      }\n      declarations {\n        ...DeclarationFields\n      }\n      votes {\n        ...VoteFields\n      }\n      committeeOpinions {\n        id\n        committeeId\n        committeeName\n        committeeSessionId\n        committeeSessionTitle\n        opinion\n        text\n      }\n    }\n    attendance {\n      status\n      changedAt\n      councillor {\n        id\n        fullName\n        party\n        gender\n      }\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  query LiveSession {\n    liveSession {\n      ...SessionFields\n    }\n  }\n": types.LiveSessionDocument,
    "\n  query SessionById($id: ID!) {\n    session(id: $id) {\n      ...SessionFields\n    }\n  }\n": types.SessionByIdDocument,
    "\n  query SessionList {\n    sessions {\n      id\n      title\n      scheduledAt\n      status\n      lateNotice\n      closedAt\n      minutes {\n        ...MinutesFields\n      }\n      body {\n        id\n        name\n      }\n    }\n  }\n": types.SessionListDocument,
    "\n  query Councillors {\n    councillors {\n      id\n      fullName\n      party\n      gender\n      active\n    }\n  }\n": types.CouncillorsDocument,
    "\n  query Bodies {\n    bodies {\n      id\n      name\n      kind\n      seats\n    }\n  }\n": types.BodiesDocument,
    "\n  subscription SessionUpdated($sessionId: ID!) {\n    sessionUpdated(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n": types.SessionUpdatedDocument,
    "\n  mutation CreateSession($input: CreateSessionInput!) {\n    createSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.CreateSessionDocument,
    "\n  mutation AddAgendaItem($input: AgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n      position\n      title\n      description\n      status\n    }\n  }\n": types.AddAgendaItemDocument,
    "\n  mutation StartSession($sessionId: ID!) {\n    startSession(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n": types.StartSessionDocument,
    "\n  mutation SuspendSession($sessionId: ID!) {\n    suspendSession(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n": types.SuspendSessionDocument,
    "\n  mutation ResumeSession($sessionId: ID!) {\n    resumeSession(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n": types.ResumeSessionDocument,
    "\n  mutation CloseSession($sessionId: ID!) {\n    closeSession(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n": types.CloseSessionDocument,
    "\n  mutation RecordAttendance($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.RecordAttendanceDocument,
    "\n  mutation RecordAttendanceBatch($input: AttendanceBatchInput!) {\n    recordAttendanceBatch(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.RecordAttendanceBatchDocument,
    "\n  mutation StartAgendaItem($agendaItemId: ID!) {\n    startAgendaItem(agendaItemId: $agendaItemId) {\n      ...SessionFields\n    }\n  }\n": types.StartAgendaItemDocument,
    "\n  mutation FileDeclaration($input: DeclarationInput!) {\n    fileDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n": types.FileDeclarationDocument,
    "\n  mutation OpenVote($input: OpenVoteInput!) {\n    openVote(input: $input) {\n      ...VoteFields\n    }\n  }\n": types.OpenVoteDocument,
    "\n  mutation CastBallot($input: BallotInput!) {\n    castBallot(input: $input) {\n      ...VoteFields\n    }\n  }\n": types.CastBallotDocument,
    "\n  mutation CloseVote($voteId: ID!) {\n    closeVote(voteId: $voteId) {\n      ...VoteFields\n    }\n  }\n": types.CloseVoteDocument,
    "\n  query TrackRequest($reference: String!, $code: String!) {\n    trackRequest(reference: $reference, code: $code) {\n      reference\n      kind\n      title\n      status\n      receivedAt\n      dueAt\n      slaState\n      history {\n        at\n        status\n        note\n      }\n    }\n  }\n": types.TrackRequestDocument,
    "\n  query TransparencyScorecard($period: String!) {\n    transparencyScorecard(period: $period) {\n      period\n      indicators {\n        key\n        value\n        target\n        unit\n        numerator\n        denominator\n        met\n      }\n    }\n  }\n": types.TransparencyScorecardDocument,
    "\n  query SessionCalendar {\n    sessions {\n      id\n      title\n      scheduledAt\n      announcedAt\n      status\n      lateNotice\n      packageUrl\n      body {\n        id\n        name\n        kind\n      }\n      agenda {\n        id\n        position\n        title\n        description\n        status\n        draftPublishedAt\n        commentPeriodWorkingDays\n        shortCommentPeriod\n        initiatives {\n          id\n          title\n          kind\n          status\n          leadSponsorName\n        }\n      }\n    }\n  }\n": types.SessionCalendarDocument,
    "\n  query CalendarBodies {\n    bodies {\n      id\n      name\n      kind\n    }\n  }\n": types.CalendarBodiesDocument,
    "\n  mutation StartPublicForm {\n    startPublicForm { ticket notBefore }\n  }\n": types.StartPublicFormDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertsEnabled {\n    alertsEnabled\n  }\n"): (typeof documents)["\n  query AlertsEnabled {\n    alertsEnabled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestAlertSubscription($input: AlertSubscriptionInput!) {\n    requestAlertSubscription(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestAlertSubscription($input: AlertSubscriptionInput!) {\n    requestAlertSubscription(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmAlertSubscription($token: String!) {\n    confirmAlertSubscription(token: $token) {\n      targetKind\n      targetLabel\n      confirmed\n      unsubscribed\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmAlertSubscription($token: String!) {\n    confirmAlertSubscription(token: $token) {\n      targetKind\n      targetLabel\n      confirmed\n      unsubscribed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsubscribeFromAlerts($token: String!) {\n    unsubscribeFromAlerts(token: $token) {\n      targetKind\n      targetLabel\n      confirmed\n      unsubscribed\n    }\n  }\n"): (typeof documents)["\n  mutation UnsubscribeFromAlerts($token: String!) {\n    unsubscribeFromAlerts(token: $token) {\n      targetKind\n      targetLabel\n      confirmed\n      unsubscribed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    username\n    role\n    councillor {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment UserFields on User {\n    id\n    username\n    role\n    councillor {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      user {\n        ...UserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      user {\n        ...UserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgendaComments($id: ID!) {\n    session(id: $id) {\n      id\n      agenda { id draftPublishedAt commentCount consultationReportPublished }\n    }\n  }\n"): (typeof documents)["\n  query AgendaComments($id: ID!) {\n    session(id: $id) {\n      id\n      agenda { id draftPublishedAt commentCount consultationReportPublished }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsultationReportFields on ConsultationReport {\n    agendaItemId received online paper pending published rejected answered\n    rejectedByReason { reason count }\n    byOutcome { outcome count }\n    women men otherGender undisclosed womenShare vulnerableGroup reportPublished reportPublishedAt\n  }\n"): (typeof documents)["\n  fragment ConsultationReportFields on ConsultationReport {\n    agendaItemId received online paper pending published rejected answered\n    rejectedByReason { reason count }\n    byOutcome { outcome count }\n    women men otherGender undisclosed womenShare vulnerableGroup reportPublished reportPublishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftsOpenForComment {\n    draftsOpenForComment {\n      agendaItemId title sessionId sessionTitle scheduledAt draftPublishedAt commentsCloseAt open commentPeriodWorkingDays publishedComments\n    }\n  }\n"): (typeof documents)["\n  query DraftsOpenForComment {\n    draftsOpenForComment {\n      agendaItemId title sessionId sessionTitle scheduledAt draftPublishedAt commentsCloseAt open commentPeriodWorkingDays publishedComments\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftPage($id: ID!) {\n    draftForComment(agendaItemId: $id) {\n      agendaItemId title description sessionId sessionTitle scheduledAt draftPublishedAt commentsCloseAt open commentPeriodWorkingDays publishedComments\n    }\n    draftComments(agendaItemId: $id) {\n      id authorName text channel receivedAt publishedAt\n      answer { outcome reason answeredAt }\n    }\n    consultationReport(agendaItemId: $id) { ...ConsultationReportFields }\n  }\n"): (typeof documents)["\n  query DraftPage($id: ID!) {\n    draftForComment(agendaItemId: $id) {\n      agendaItemId title description sessionId sessionTitle scheduledAt draftPublishedAt commentsCloseAt open commentPeriodWorkingDays publishedComments\n    }\n    draftComments(agendaItemId: $id) {\n      id authorName text channel receivedAt publishedAt\n      answer { outcome reason answeredAt }\n    }\n    consultationReport(agendaItemId: $id) { ...ConsultationReportFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitDraftComment($input: DraftCommentInput!, $proof: PublicFormProof!) {\n    submitDraftComment(input: $input, proof: $proof) {\n      commentId\n      receipt { reference code kind }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitDraftComment($input: DraftCommentInput!, $proof: PublicFormProof!) {\n    submitDraftComment(input: $input, proof: $proof) {\n      commentId\n      receipt { reference code kind }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishConsultationReport($id: ID!) {\n    publishConsultationReport(agendaItemId: $id) { ...ConsultationReportFields }\n  }\n"): (typeof documents)["\n  mutation PublishConsultationReport($id: ID!) {\n    publishConsultationReport(agendaItemId: $id) { ...ConsultationReportFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentModerationQueue {\n    commentModerationQueue {\n      id agendaItemId itemTitle sessionTitle reference authorName email gender vulnerableGroup text channel receivedAt status version\n      answer { outcome reason }\n    }\n  }\n"): (typeof documents)["\n  query CommentModerationQueue {\n    commentModerationQueue {\n      id agendaItemId itemTitle sessionTitle reference authorName email gender vulnerableGroup text channel receivedAt status version\n      answer { outcome reason }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishDraftComment($id: ID!, $expectedVersion: Int) {\n    publishDraftComment(id: $id, expectedVersion: $expectedVersion) { id status version }\n  }\n"): (typeof documents)["\n  mutation PublishDraftComment($id: ID!, $expectedVersion: Int) {\n    publishDraftComment(id: $id, expectedVersion: $expectedVersion) { id status version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectDraftComment($id: ID!, $reason: CommentRejectReason!, $expectedVersion: Int) {\n    rejectDraftComment(id: $id, reason: $reason, expectedVersion: $expectedVersion) { id status version }\n  }\n"): (typeof documents)["\n  mutation RejectDraftComment($id: ID!, $reason: CommentRejectReason!, $expectedVersion: Int) {\n    rejectDraftComment(id: $id, reason: $reason, expectedVersion: $expectedVersion) { id status version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerDraftComment($id: ID!, $outcome: CommentOutcome!, $reason: String!, $expectedVersion: Int) {\n    answerDraftComment(id: $id, outcome: $outcome, reason: $reason, expectedVersion: $expectedVersion) { id status version answer { outcome reason } }\n  }\n"): (typeof documents)["\n  mutation AnswerDraftComment($id: ID!, $outcome: CommentOutcome!, $reason: String!, $expectedVersion: Int) {\n    answerDraftComment(id: $id, outcome: $outcome, reason: $reason, expectedVersion: $expectedVersion) { id status version answer { outcome reason } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPaperComment($input: PaperCommentInput!) {\n    recordPaperComment(input: $input) {\n      commentId\n      receipt { reference code kind }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPaperComment($input: PaperCommentInput!) {\n    recordPaperComment(input: $input) {\n      commentId\n      receipt { reference code kind }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommitteeMembershipFields on CommitteeMembership {\n    id\n    role\n    joinedOn\n    leftOn\n    councillor {\n      id\n      fullName\n      party\n    }\n  }\n"): (typeof documents)["\n  fragment CommitteeMembershipFields on CommitteeMembership {\n    id\n    role\n    joinedOn\n    leftOn\n    councillor {\n      id\n      fullName\n      party\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeList {\n    committees {\n      id\n      name\n      seats\n      membersCount\n      chair {\n        ...CommitteeMembershipFields\n      }\n      nextMeeting {\n        id\n        title\n        scheduledAt\n        lateNotice\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommitteeList {\n    committees {\n      id\n      name\n      seats\n      membersCount\n      chair {\n        ...CommitteeMembershipFields\n      }\n      nextMeeting {\n        id\n        title\n        scheduledAt\n        lateNotice\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteePage($id: ID!) {\n    committee(id: $id) {\n      id\n      name\n      functions\n      seats\n      version\n      noticeDays\n      membersCount\n      chair {\n        ...CommitteeMembershipFields\n      }\n      members {\n        ...CommitteeMembershipFields\n      }\n      pastMembers {\n        ...CommitteeMembershipFields\n      }\n      upcomingMeetings {\n        id\n        title\n        scheduledAt\n        announcedAt\n        status\n        lateNotice\n        items\n      }\n      pastMeetings {\n        id\n        title\n        scheduledAt\n        announcedAt\n        status\n        lateNotice\n        items\n      }\n      opinions {\n        id\n        agendaItemId\n        agendaItemTitle\n        sessionId\n        sessionTitle\n        sessionScheduledAt\n        committeeSessionId\n        committeeSessionTitle\n        opinion\n        text\n        recordedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommitteePage($id: ID!) {\n    committee(id: $id) {\n      id\n      name\n      functions\n      seats\n      version\n      noticeDays\n      membersCount\n      chair {\n        ...CommitteeMembershipFields\n      }\n      members {\n        ...CommitteeMembershipFields\n      }\n      pastMembers {\n        ...CommitteeMembershipFields\n      }\n      upcomingMeetings {\n        id\n        title\n        scheduledAt\n        announcedAt\n        status\n        lateNotice\n        items\n      }\n      pastMeetings {\n        id\n        title\n        scheduledAt\n        announcedAt\n        status\n        lateNotice\n        items\n      }\n      opinions {\n        id\n        agendaItemId\n        agendaItemTitle\n        sessionId\n        sessionTitle\n        sessionScheduledAt\n        committeeSessionId\n        committeeSessionTitle\n        opinion\n        text\n        recordedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeFormChoices {\n    councillors {\n      id\n      fullName\n      active\n    }\n    sessions {\n      id\n      title\n      scheduledAt\n      status\n      body {\n        id\n        kind\n      }\n      agenda {\n        id\n        position\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommitteeFormChoices {\n    councillors {\n      id\n      fullName\n      active\n    }\n    sessions {\n      id\n      title\n      scheduledAt\n      status\n      body {\n        id\n        kind\n      }\n      agenda {\n        id\n        position\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCommittee($input: CommitteeInput!) {\n    createCommittee(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCommittee($input: CommitteeInput!) {\n    createCommittee(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCommittee($id: ID!, $input: CommitteeInput!, $expectedVersion: Int) {\n    updateCommittee(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      functions\n      seats\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCommittee($id: ID!, $input: CommitteeInput!, $expectedVersion: Int) {\n    updateCommittee(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      functions\n      seats\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCommitteeMember($input: CommitteeMemberInput!) {\n    addCommitteeMember(input: $input) {\n      ...CommitteeMembershipFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddCommitteeMember($input: CommitteeMemberInput!) {\n    addCommitteeMember(input: $input) {\n      ...CommitteeMembershipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndCommitteeMembership($membershipId: ID!, $leftOn: String!) {\n    endCommitteeMembership(membershipId: $membershipId, leftOn: $leftOn) {\n      ...CommitteeMembershipFields\n    }\n  }\n"): (typeof documents)["\n  mutation EndCommitteeMembership($membershipId: ID!, $leftOn: String!) {\n    endCommitteeMembership(membershipId: $membershipId, leftOn: $leftOn) {\n      ...CommitteeMembershipFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCommitteeOpinion($input: CommitteeOpinionInput!) {\n    recordCommitteeOpinion(input: $input) {\n      id\n      agendaItemId\n      committeeId\n      committeeName\n      opinion\n      text\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCommitteeOpinion($input: CommitteeOpinionInput!) {\n    recordCommitteeOpinion(input: $input) {\n      id\n      agendaItemId\n      committeeId\n      committeeName\n      opinion\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsultationNoticeFields on Consultation {\n    id\n    title\n    kind\n    status\n    heldAt\n    announcedAt\n    lateNotice\n    place\n    agendaItemId\n    agendaItemTitle\n    women\n    men\n    otherOrUndisclosed\n    vulnerableGroups\n    version\n  }\n"): (typeof documents)["\n  fragment ConsultationNoticeFields on Consultation {\n    id\n    title\n    kind\n    status\n    heldAt\n    announcedAt\n    lateNotice\n    place\n    agendaItemId\n    agendaItemTitle\n    women\n    men\n    otherOrUndisclosed\n    vulnerableGroups\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationNotices {\n    consultationNotices {\n      ...ConsultationNoticeFields\n    }\n  }\n"): (typeof documents)["\n  query ConsultationNotices {\n    consultationNotices {\n      ...ConsultationNoticeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnnounceConsultation($input: ConsultationAnnouncementInput!) {\n    announceConsultation(input: $input) {\n      ...ConsultationNoticeFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnnounceConsultation($input: ConsultationAnnouncementInput!) {\n    announceConsultation(input: $input) {\n      ...ConsultationNoticeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConsultationAttendance($id: ID!, $input: ConsultationAttendanceInput!, $expectedVersion: Int) {\n    recordConsultationAttendance(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ConsultationNoticeFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordConsultationAttendance($id: ID!, $input: ConsultationAttendanceInput!, $expectedVersion: Int) {\n    recordConsultationAttendance(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      ...ConsultationNoticeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncillorList {\n    councillors(includeFormer: true) {\n      id\n      fullName\n      gender\n      party\n      active\n      termStart\n      termEnd\n      photoUrl\n      committeeSeats {\n        bodyId\n        bodyName\n        role\n        leftOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncillorList {\n    councillors(includeFormer: true) {\n      id\n      fullName\n      gender\n      party\n      active\n      termStart\n      termEnd\n      photoUrl\n      committeeSeats {\n        bodyId\n        bodyName\n        role\n        leftOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncillorPage($id: ID!, $from: DateTime, $to: DateTime) {\n    councillor(id: $id) {\n      id\n      fullName\n      gender\n      party\n      active\n      termStart\n      termEnd\n      photoUrl\n      cv\n      contact {\n        email\n        phone\n      }\n      committeeSeats {\n        bodyId\n        bodyName\n        role\n        joinedOn\n        leftOn\n      }\n    }\n    councillorRecord(councillorId: $id, from: $from, to: $to) {\n      from\n      to\n      attendanceRatePct\n      sessionsHeld { count sessionIds }\n      sessionsSeated { count sessionIds }\n      present { count sessionIds }\n      excused { count sessionIds }\n      absent { count sessionIds }\n      lateArrivals { count sessionIds }\n      earlyDepartures { count sessionIds }\n      ballotsCast { count sessionIds }\n      votesMissed { count sessionIds }\n      votesRecused { count sessionIds }\n      declarationsFiled { count sessionIds }\n      initiativesLed { count sessionIds }\n      initiativesCoSponsored { count sessionIds }\n      sessions {\n        sessionId\n        title\n        scheduledAt\n        finalStatus\n        present\n        excused\n        arrivedAt\n        late\n        leftAt\n        leftEarly\n      }\n      votes {\n        voteId\n        sessionId\n        sessionTitle\n        scheduledAt\n        agendaItemPosition\n        agendaItemTitle\n        majority\n        outcome\n        for\n        against\n        abstain\n        choice\n        recused\n        missed\n        presentAtSession\n      }\n      declarations {\n        id\n        sessionId\n        sessionTitle\n        bodyName\n        scheduledAt\n        agendaItemPosition\n        agendaItemTitle\n        interestType\n        description\n        recused\n        filedAt\n        inForce\n      }\n      initiatives { id title kind status submittedAt sessionId }\n      coSponsoredInitiatives { id title kind status submittedAt sessionId }\n    }\n  }\n"): (typeof documents)["\n  query CouncillorPage($id: ID!, $from: DateTime, $to: DateTime) {\n    councillor(id: $id) {\n      id\n      fullName\n      gender\n      party\n      active\n      termStart\n      termEnd\n      photoUrl\n      cv\n      contact {\n        email\n        phone\n      }\n      committeeSeats {\n        bodyId\n        bodyName\n        role\n        joinedOn\n        leftOn\n      }\n    }\n    councillorRecord(councillorId: $id, from: $from, to: $to) {\n      from\n      to\n      attendanceRatePct\n      sessionsHeld { count sessionIds }\n      sessionsSeated { count sessionIds }\n      present { count sessionIds }\n      excused { count sessionIds }\n      absent { count sessionIds }\n      lateArrivals { count sessionIds }\n      earlyDepartures { count sessionIds }\n      ballotsCast { count sessionIds }\n      votesMissed { count sessionIds }\n      votesRecused { count sessionIds }\n      declarationsFiled { count sessionIds }\n      initiativesLed { count sessionIds }\n      initiativesCoSponsored { count sessionIds }\n      sessions {\n        sessionId\n        title\n        scheduledAt\n        finalStatus\n        present\n        excused\n        arrivedAt\n        late\n        leftAt\n        leftEarly\n      }\n      votes {\n        voteId\n        sessionId\n        sessionTitle\n        scheduledAt\n        agendaItemPosition\n        agendaItemTitle\n        majority\n        outcome\n        for\n        against\n        abstain\n        choice\n        recused\n        missed\n        presentAtSession\n      }\n      declarations {\n        id\n        sessionId\n        sessionTitle\n        bodyName\n        scheduledAt\n        agendaItemPosition\n        agendaItemTitle\n        interestType\n        description\n        recused\n        filedAt\n        inForce\n      }\n      initiatives { id title kind status submittedAt sessionId }\n      coSponsoredInitiatives { id title kind status submittedAt sessionId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceRegister($from: DateTime, $to: DateTime) {\n    attendanceRegister(from: $from, to: $to) {\n      sessions {\n        sessionId\n        title\n        scheduledAt\n        seated\n        present\n        excused\n        absent\n        late\n        leftEarly\n        presentAtEnd\n        quorumRequired\n        quorumReached\n      }\n      councillors {\n        councillor { id fullName party }\n        seated\n        present\n        excused\n        absent\n        late\n        leftEarly\n        attendanceRatePct\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttendanceRegister($from: DateTime, $to: DateTime) {\n    attendanceRegister(from: $from, to: $to) {\n      sessions {\n        sessionId\n        title\n        scheduledAt\n        seated\n        present\n        excused\n        absent\n        late\n        leftEarly\n        presentAtEnd\n        quorumRequired\n        quorumReached\n      }\n      councillors {\n        councillor { id fullName party }\n        seated\n        present\n        excused\n        absent\n        late\n        leftEarly\n        attendanceRatePct\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncillorEdit($id: ID!) {\n    councillor(id: $id) {\n      id\n      fullName\n      party\n      termStart\n      termEnd\n      photoUrl\n      cv\n      profileVersion\n      contactDetails {\n        email\n        emailPublished\n        phone\n        phonePublished\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncillorEdit($id: ID!) {\n    councillor(id: $id) {\n      id\n      fullName\n      party\n      termStart\n      termEnd\n      photoUrl\n      cv\n      profileVersion\n      contactDetails {\n        email\n        emailPublished\n        phone\n        phonePublished\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCouncillorProfile($input: CouncillorProfileInput!) {\n    setCouncillorProfile(input: $input) {\n      id\n      party\n      termStart\n      termEnd\n      cv\n      profileVersion\n      contact { email phone }\n      contactDetails { email emailPublished phone phonePublished }\n    }\n  }\n"): (typeof documents)["\n  mutation SetCouncillorProfile($input: CouncillorProfileInput!) {\n    setCouncillorProfile(input: $input) {\n      id\n      party\n      termStart\n      termEnd\n      cv\n      profileVersion\n      contact { email phone }\n      contactDetails { email emailPublished phone phonePublished }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DecisionFields on Decision {\n    id\n    number\n    year\n    decidedAt\n    decidedOn\n    body {\n      id\n      name\n      kind\n    }\n    sessionId\n    sessionTitle\n    position\n    title\n    kind\n    outcome\n    majority\n    tally {\n      for\n      against\n      abstain\n      recused\n      notVoted\n    }\n    review {\n      status\n      authority\n      on\n      note\n    }\n    version\n  }\n"): (typeof documents)["\n  fragment DecisionFields on Decision {\n    id\n    number\n    year\n    decidedAt\n    decidedOn\n    body {\n      id\n      name\n      kind\n    }\n    sessionId\n    sessionTitle\n    position\n    title\n    kind\n    outcome\n    majority\n    tally {\n      for\n      against\n      abstain\n      recused\n      notVoted\n    }\n    review {\n      status\n      authority\n      on\n      note\n    }\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionRegister($filter: DecisionFilter, $offset: Int!, $limit: Int!) {\n    decisions(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        ...DecisionFields\n        match {\n          source\n          label\n          text\n        }\n        documents {\n          id\n          kind\n          title\n          url\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DecisionRegister($filter: DecisionFilter, $offset: Int!, $limit: Int!) {\n    decisions(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        ...DecisionFields\n        match {\n          source\n          label\n          text\n        }\n        documents {\n          id\n          kind\n          title\n          url\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionFilterChoices {\n    decisionYears\n    bodies {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query DecisionFilterChoices {\n    decisionYears\n    bodies {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Decision($id: ID!) {\n    decision(id: $id) {\n      ...DecisionFields\n      description\n      draftPublishedAt\n      sessionScheduledAt\n      voteId\n      ballots {\n        councillor {\n          id\n          fullName\n          party\n        }\n        choice\n      }\n    }\n  }\n"): (typeof documents)["\n  query Decision($id: ID!) {\n    decision(id: $id) {\n      ...DecisionFields\n      description\n      draftPublishedAt\n      sessionScheduledAt\n      voteId\n      ballots {\n        councillor {\n          id\n          fullName\n          party\n        }\n        choice\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionDocuments($sessionId: ID!) {\n    session(id: $sessionId) {\n      id\n      agenda {\n        id\n        packageUrl\n        documents {\n          id\n          kind\n          title\n          fileName\n          url\n          version\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DecisionDocuments($sessionId: ID!) {\n    session(id: $sessionId) {\n      id\n      agenda {\n        id\n        packageUrl\n        documents {\n          id\n          kind\n          title\n          fileName\n          url\n          version\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDecisionReview($input: DecisionReviewInput!) {\n    setDecisionReview(input: $input) {\n      ...DecisionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetDecisionReview($input: DecisionReviewInput!) {\n    setDecisionReview(input: $input) {\n      ...DecisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterDecision($input: RegisterDecisionInput!) {\n    registerDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterDecision($input: RegisterDecisionInput!) {\n    registerDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegisterDeclarationFields on Declaration {\n    id\n    interestType\n    description\n    recused\n    filedAt\n    filedOnBehalf\n    inForce\n    supersedesId\n    sessionId\n    sessionTitle\n    sessionScheduledAt\n    agendaItemId\n    agendaItemPosition\n    agendaItemTitle\n    councillor {\n      id\n      fullName\n      party\n    }\n  }\n"): (typeof documents)["\n  fragment RegisterDeclarationFields on Declaration {\n    id\n    interestType\n    description\n    recused\n    filedAt\n    filedOnBehalf\n    inForce\n    supersedesId\n    sessionId\n    sessionTitle\n    sessionScheduledAt\n    agendaItemId\n    agendaItemPosition\n    agendaItemTitle\n    councillor {\n      id\n      fullName\n      party\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeclarationRegister($filter: DeclarationFilter, $offset: Int!, $limit: Int!) {\n    declarations(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        ...RegisterDeclarationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeclarationRegister($filter: DeclarationFilter, $offset: Int!, $limit: Int!) {\n    declarations(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        ...RegisterDeclarationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDeclarations($councillorId: ID!, $offset: Int!, $limit: Int!) {\n    declarations(filter: { councillorId: $councillorId }, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        ...RegisterDeclarationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyDeclarations($councillorId: ID!, $offset: Int!, $limit: Int!) {\n    declarations(filter: { councillorId: $councillorId }, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        ...RegisterDeclarationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicDocumentRequestFields on DocumentRequest {\n    id\n    reference\n    documents\n    documentsWithheld\n    channel\n    status\n    receivedAt\n    dueAt\n    extendedAt\n    extensionReason\n    extensionNote\n    closedAt\n    outcome\n    answerNote\n    refusalReason\n    appealNotice\n    transferredTo\n    slaState\n    answeredOnTime\n  }\n"): (typeof documents)["\n  fragment PublicDocumentRequestFields on DocumentRequest {\n    id\n    reference\n    documents\n    documentsWithheld\n    channel\n    status\n    receivedAt\n    dueAt\n    extendedAt\n    extensionReason\n    extensionNote\n    closedAt\n    outcome\n    answerNote\n    refusalReason\n    appealNotice\n    transferredTo\n    slaState\n    answeredOnTime\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentRequestRegister($filter: DocumentRequestFilter, $offset: Int!, $limit: Int!) {\n    documentRequests(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...PublicDocumentRequestFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentRequestRegister($filter: DocumentRequestFilter, $offset: Int!, $limit: Int!) {\n    documentRequests(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        ...PublicDocumentRequestFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitDocumentRequest($input: DocumentRequestInput!, $proof: PublicFormProof!) {\n    submitDocumentRequest(input: $input, proof: $proof) {\n      request {\n        ...PublicDocumentRequestFields\n      }\n      receipt {\n        reference\n        code\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitDocumentRequest($input: DocumentRequestInput!, $proof: PublicFormProof!) {\n    submitDocumentRequest(input: $input, proof: $proof) {\n      request {\n        ...PublicDocumentRequestFields\n      }\n      receipt {\n        reference\n        code\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentRequestCaseFields on DocumentRequestCase {\n    id\n    reference\n    documents\n    documentsWithheld\n    channel\n    status\n    receivedAt\n    dueAt\n    extendedAt\n    extensionReason\n    extensionNote\n    closedAt\n    outcome\n    answerNote\n    refusalReason\n    appealNotice\n    transferredTo\n    slaState\n    answeredOnTime\n    documentsText\n    requesterName\n    requesterEmail\n    requesterPhone\n    requesterAddress\n    personalDataErasedAt\n    version\n  }\n"): (typeof documents)["\n  fragment DocumentRequestCaseFields on DocumentRequestCase {\n    id\n    reference\n    documents\n    documentsWithheld\n    channel\n    status\n    receivedAt\n    dueAt\n    extendedAt\n    extensionReason\n    extensionNote\n    closedAt\n    outcome\n    answerNote\n    refusalReason\n    appealNotice\n    transferredTo\n    slaState\n    answeredOnTime\n    documentsText\n    requesterName\n    requesterEmail\n    requesterPhone\n    requesterAddress\n    personalDataErasedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentRequestCases($openOnly: Boolean!) {\n    documentRequestCases(openOnly: $openOnly) {\n      ...DocumentRequestCaseFields\n    }\n  }\n"): (typeof documents)["\n  query DocumentRequestCases($openOnly: Boolean!) {\n    documentRequestCases(openOnly: $openOnly) {\n      ...DocumentRequestCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterDocumentRequest($input: CounterDocumentRequestInput!) {\n    registerDocumentRequest(input: $input) {\n      request {\n        ...DocumentRequestCaseFields\n      }\n      receipt {\n        reference\n        code\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterDocumentRequest($input: CounterDocumentRequestInput!) {\n    registerDocumentRequest(input: $input) {\n      request {\n        ...DocumentRequestCaseFields\n      }\n      receipt {\n        reference\n        code\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartDocumentRequest($id: ID!, $expectedVersion: Int) {\n    startDocumentRequest(id: $id, expectedVersion: $expectedVersion) {\n      ...DocumentRequestCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartDocumentRequest($id: ID!, $expectedVersion: Int) {\n    startDocumentRequest(id: $id, expectedVersion: $expectedVersion) {\n      ...DocumentRequestCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendDocumentRequest($input: ExtendDocumentRequestInput!) {\n    extendDocumentRequest(input: $input) {\n      ...DocumentRequestCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation ExtendDocumentRequest($input: ExtendDocumentRequestInput!) {\n    extendDocumentRequest(input: $input) {\n      ...DocumentRequestCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideDocumentRequest($input: DecideDocumentRequestInput!) {\n    decideDocumentRequest(input: $input) {\n      ...DocumentRequestCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideDocumentRequest($input: DecideDocumentRequestInput!) {\n    decideDocumentRequest(input: $input) {\n      ...DocumentRequestCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithholdDocumentRequestText($id: ID!, $withheld: Boolean!, $expectedVersion: Int) {\n    withholdDocumentRequestText(id: $id, withheld: $withheld, expectedVersion: $expectedVersion) {\n      ...DocumentRequestCaseFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithholdDocumentRequestText($id: ID!, $withheld: Boolean!, $expectedVersion: Int) {\n    withholdDocumentRequestText(id: $id, withheld: $withheld, expectedVersion: $expectedVersion) {\n      ...DocumentRequestCaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SpeakerFields on Speaker {\n    id\n    agendaItemId\n    kind\n    status\n    requestedAt\n    startedAt\n    endedAt\n    allottedSeconds\n    spokenSeconds\n    councillor {\n      id\n      fullName\n      party\n    }\n  }\n"): (typeof documents)["\n  fragment SpeakerFields on Speaker {\n    id\n    agendaItemId\n    kind\n    status\n    requestedAt\n    startedAt\n    endedAt\n    allottedSeconds\n    spokenSeconds\n    councillor {\n      id\n      fullName\n      party\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServerTime {\n    serverTime\n  }\n"): (typeof documents)["\n  query ServerTime {\n    serverTime\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestFloor($input: FloorRequestInput!) {\n    requestFloor(input: $input) {\n      ...SpeakerFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestFloor($input: FloorRequestInput!) {\n    requestFloor(input: $input) {\n      ...SpeakerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawFloorRequest($speakerId: ID!) {\n    withdrawFloorRequest(speakerId: $speakerId) {\n      ...SpeakerFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawFloorRequest($speakerId: ID!) {\n    withdrawFloorRequest(speakerId: $speakerId) {\n      ...SpeakerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSpeech($speakerId: ID!, $allottedSeconds: Int, $expectedVersion: Int) {\n    startSpeech(speakerId: $speakerId, allottedSeconds: $allottedSeconds, expectedVersion: $expectedVersion) {\n      ...SpeakerFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartSpeech($speakerId: ID!, $allottedSeconds: Int, $expectedVersion: Int) {\n    startSpeech(speakerId: $speakerId, allottedSeconds: $allottedSeconds, expectedVersion: $expectedVersion) {\n      ...SpeakerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSpeech($speakerId: ID!) {\n    endSpeech(speakerId: $speakerId) {\n      ...SpeakerFields\n    }\n  }\n"): (typeof documents)["\n  mutation EndSpeech($speakerId: ID!) {\n    endSpeech(speakerId: $speakerId) {\n      ...SpeakerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStreamUrl($sessionId: ID!, $url: String) {\n    setStreamUrl(sessionId: $sessionId, url: $url) {\n      id\n      streamUrl\n    }\n  }\n"): (typeof documents)["\n  mutation SetStreamUrl($sessionId: ID!, $url: String) {\n    setStreamUrl(sessionId: $sessionId, url: $url) {\n      id\n      streamUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpeakingTimes {\n    speakingTimes {\n      bodyId\n      contribution\n      reply\n      pointOfOrder\n    }\n  }\n"): (typeof documents)["\n  query SpeakingTimes {\n    speakingTimes {\n      bodyId\n      contribution\n      reply\n      pointOfOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSpeakingTimes($input: SpeakingTimesInput!) {\n    setSpeakingTimes(input: $input) {\n      bodyId\n      contribution\n      reply\n      pointOfOrder\n    }\n  }\n"): (typeof documents)["\n  mutation SetSpeakingTimes($input: SpeakingTimesInput!) {\n    setSpeakingTimes(input: $input) {\n      bodyId\n      contribution\n      reply\n      pointOfOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InitiativeGenderStatsFields on InitiativeGenderStats {\n    period\n    total\n    byWomen\n    womenSharePct\n    womenSeatSharePct\n    allSponsorsWomenSharePct\n    sponsorships\n    ratioToSeatShare\n    byKind {\n      kind\n      total\n      byWomen\n      womenSharePct\n    }\n    byParty {\n      party\n      total\n      byWomen\n      womenSharePct\n    }\n  }\n"): (typeof documents)["\n  fragment InitiativeGenderStatsFields on InitiativeGenderStats {\n    period\n    total\n    byWomen\n    womenSharePct\n    womenSeatSharePct\n    allSponsorsWomenSharePct\n    sponsorships\n    ratioToSeatShare\n    byKind {\n      kind\n      total\n      byWomen\n      womenSharePct\n    }\n    byParty {\n      party\n      total\n      byWomen\n      womenSharePct\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsultationGenderStatsFields on ConsultationGenderStats {\n    period\n    consultations\n    participants\n    women\n    womenSharePct\n    targetPct\n    meetsTarget\n    vulnerableGroups\n  }\n"): (typeof documents)["\n  fragment ConsultationGenderStatsFields on ConsultationGenderStats {\n    period\n    consultations\n    participants\n    women\n    womenSharePct\n    targetPct\n    meetsTarget\n    vulnerableGroups\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InitiativeFields on Initiative {\n    id\n    title\n    kind\n    submittedAt\n    period\n    status\n    agendaItemId\n    version\n    leadSponsor {\n      id\n      fullName\n      gender\n      party\n    }\n    coSponsors {\n      id\n      fullName\n      gender\n      party\n    }\n  }\n"): (typeof documents)["\n  fragment InitiativeFields on Initiative {\n    id\n    title\n    kind\n    submittedAt\n    period\n    status\n    agendaItemId\n    version\n    leadSponsor {\n      id\n      fullName\n      gender\n      party\n    }\n    coSponsors {\n      id\n      fullName\n      gender\n      party\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativeReport($period: String!) {\n    initiativeGenderStats(period: $period) {\n      ...InitiativeGenderStatsFields\n    }\n    consultationGenderStats(period: $period) {\n      ...ConsultationGenderStatsFields\n    }\n    consultations(period: $period) {\n      id\n      title\n      kind\n      heldAt\n      women\n      men\n      otherOrUndisclosed\n      vulnerableGroups\n    }\n  }\n"): (typeof documents)["\n  query InitiativeReport($period: String!) {\n    initiativeGenderStats(period: $period) {\n      ...InitiativeGenderStatsFields\n    }\n    consultationGenderStats(period: $period) {\n      ...ConsultationGenderStatsFields\n    }\n    consultations(period: $period) {\n      id\n      title\n      kind\n      heldAt\n      women\n      men\n      otherOrUndisclosed\n      vulnerableGroups\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativeTrend($p0: String!, $p1: String!, $p2: String!, $p3: String!) {\n    s0: initiativeGenderStats(period: $p0) {\n      ...InitiativeGenderStatsFields\n    }\n    s1: initiativeGenderStats(period: $p1) {\n      ...InitiativeGenderStatsFields\n    }\n    s2: initiativeGenderStats(period: $p2) {\n      ...InitiativeGenderStatsFields\n    }\n    s3: initiativeGenderStats(period: $p3) {\n      ...InitiativeGenderStatsFields\n    }\n    c0: consultationGenderStats(period: $p0) {\n      ...ConsultationGenderStatsFields\n    }\n    c1: consultationGenderStats(period: $p1) {\n      ...ConsultationGenderStatsFields\n    }\n    c2: consultationGenderStats(period: $p2) {\n      ...ConsultationGenderStatsFields\n    }\n    c3: consultationGenderStats(period: $p3) {\n      ...ConsultationGenderStatsFields\n    }\n  }\n"): (typeof documents)["\n  query InitiativeTrend($p0: String!, $p1: String!, $p2: String!, $p3: String!) {\n    s0: initiativeGenderStats(period: $p0) {\n      ...InitiativeGenderStatsFields\n    }\n    s1: initiativeGenderStats(period: $p1) {\n      ...InitiativeGenderStatsFields\n    }\n    s2: initiativeGenderStats(period: $p2) {\n      ...InitiativeGenderStatsFields\n    }\n    s3: initiativeGenderStats(period: $p3) {\n      ...InitiativeGenderStatsFields\n    }\n    c0: consultationGenderStats(period: $p0) {\n      ...ConsultationGenderStatsFields\n    }\n    c1: consultationGenderStats(period: $p1) {\n      ...ConsultationGenderStatsFields\n    }\n    c2: consultationGenderStats(period: $p2) {\n      ...ConsultationGenderStatsFields\n    }\n    c3: consultationGenderStats(period: $p3) {\n      ...ConsultationGenderStatsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativeRegister($period: String, $councillorId: ID) {\n    initiatives(period: $period, councillorId: $councillorId) {\n      ...InitiativeFields\n    }\n  }\n"): (typeof documents)["\n  query InitiativeRegister($period: String, $councillorId: ID) {\n    initiatives(period: $period, councillorId: $councillorId) {\n      ...InitiativeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InitiativeAgenda {\n    sessions {\n      id\n      title\n      scheduledAt\n      status\n      agenda {\n        id\n        position\n        title\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query InitiativeAgenda {\n    sessions {\n      id\n      title\n      scheduledAt\n      status\n      agenda {\n        id\n        position\n        title\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitInitiative($input: InitiativeInput!) {\n    submitInitiative(input: $input) {\n      ...InitiativeFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitInitiative($input: InitiativeInput!) {\n    submitInitiative(input: $input) {\n      ...InitiativeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetInitiativeStatus($id: ID!, $status: InitiativeStatus!, $agendaItemId: ID) {\n    setInitiativeStatus(id: $id, status: $status, agendaItemId: $agendaItemId) {\n      ...InitiativeFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetInitiativeStatus($id: ID!, $status: InitiativeStatus!, $agendaItemId: ID) {\n    setInitiativeStatus(id: $id, status: $status, agendaItemId: $agendaItemId) {\n      ...InitiativeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConsultation($input: ConsultationInput!) {\n    recordConsultation(input: $input) {\n      id\n      title\n      kind\n      heldAt\n      women\n      men\n      otherOrUndisclosed\n      vulnerableGroups\n    }\n  }\n"): (typeof documents)["\n  mutation RecordConsultation($input: ConsultationInput!) {\n    recordConsultation(input: $input) {\n      id\n      title\n      kind\n      heldAt\n      women\n      men\n      otherOrUndisclosed\n      vulnerableGroups\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MinutesFields on Minutes {\n    sessionId\n    deadline\n    publishedAt\n    late\n    sha256\n    jsonUrl\n    pdfUrl\n  }\n"): (typeof documents)["\n  fragment MinutesFields on Minutes {\n    sessionId\n    deadline\n    publishedAt\n    late\n    sha256\n    jsonUrl\n    pdfUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishMinutes($sessionId: ID!) {\n    publishMinutes(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishMinutes($sessionId: ID!) {\n    publishMinutes(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceTypeFields on ServiceType {\n    id\n    code\n    name\n    nameSq\n    nameEn\n    category\n    slaWorkingDays\n    slaWorkingHours\n  }\n"): (typeof documents)["\n  fragment ServiceTypeFields on ServiceType {\n    id\n    code\n    name\n    nameSq\n    nameEn\n    category\n    slaWorkingDays\n    slaWorkingHours\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceRequestFields on ServiceRequest {\n    id\n    reference\n    status\n    receivedAt\n    dueAt\n    completedAt\n    slaState\n    workingMinutesLeft\n    processingWorkingHours\n    allowedWorkingMinutes\n    pausedAt\n    citizenGender\n    version\n    serviceType {\n      ...ServiceTypeFields\n    }\n    office {\n      id\n      code\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment ServiceRequestFields on ServiceRequest {\n    id\n    reference\n    status\n    receivedAt\n    dueAt\n    completedAt\n    slaState\n    workingMinutesLeft\n    processingWorkingHours\n    allowedWorkingMinutes\n    pausedAt\n    citizenGender\n    version\n    serviceType {\n      ...ServiceTypeFields\n    }\n    office {\n      id\n      code\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OssCharter {\n    serviceTypes {\n      ...ServiceTypeFields\n    }\n    offices {\n      id\n      code\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query OssCharter {\n    serviceTypes {\n      ...ServiceTypeFields\n    }\n    offices {\n      id\n      code\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OssQueue($officeCode: String) {\n    serviceRequests(openOnly: true, officeCode: $officeCode, limit: 500) {\n      ...ServiceRequestFields\n    }\n  }\n"): (typeof documents)["\n  query OssQueue($officeCode: String) {\n    serviceRequests(openOnly: true, officeCode: $officeCode, limit: 500) {\n      ...ServiceRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ServiceRequestUpdated {\n    serviceRequestUpdated {\n      ...ServiceRequestFields\n    }\n  }\n"): (typeof documents)["\n  subscription ServiceRequestUpdated {\n    serviceRequestUpdated {\n      ...ServiceRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitServiceRequest($input: ServiceRequestInput!) {\n    submitServiceRequest(input: $input) {\n      ...ServiceRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitServiceRequest($input: ServiceRequestInput!) {\n    submitServiceRequest(input: $input) {\n      ...ServiceRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetServiceRequestStatus($id: ID!, $status: ServiceRequestStatus!, $expectedVersion: Int) {\n    setServiceRequestStatus(id: $id, status: $status, expectedVersion: $expectedVersion) {\n      ...ServiceRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetServiceRequestStatus($id: ID!, $status: ServiceRequestStatus!, $expectedVersion: Int) {\n    setServiceRequestStatus(id: $id, status: $status, expectedVersion: $expectedVersion) {\n      ...ServiceRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateServiceRequest($id: ID!, $rating: Int!) {\n    rateServiceRequest(id: $id, rating: $rating) {\n      ...ServiceRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation RateServiceRequest($id: ID!, $rating: Int!) {\n    rateServiceRequest(id: $id, rating: $rating) {\n      ...ServiceRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordComplaint($input: ComplaintInput!) {\n    recordComplaint(input: $input)\n  }\n"): (typeof documents)["\n  mutation RecordComplaint($input: ComplaintInput!) {\n    recordComplaint(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OssKpi($month: String!) {\n    ossKpis(month: $month) {\n      ...OssKpiFields\n    }\n    ossKpiBreakdown(month: $month) {\n      month\n      received\n      completed\n      completedWithinSlaPct\n      avgProcessingWorkingHours\n      medianProcessingWorkingHours\n      openBreaches\n      complaints\n      avgSatisfaction\n      ratings\n      receivedFromWomen\n      receivedFromMen\n      receivedGenderUnknown\n      office {\n        id\n        code\n        name\n        kind\n      }\n      serviceType {\n        id\n        code\n        name\n        nameEn\n        category\n      }\n    }\n  }\n"): (typeof documents)["\n  query OssKpi($month: String!) {\n    ossKpis(month: $month) {\n      ...OssKpiFields\n    }\n    ossKpiBreakdown(month: $month) {\n      month\n      received\n      completed\n      completedWithinSlaPct\n      avgProcessingWorkingHours\n      medianProcessingWorkingHours\n      openBreaches\n      complaints\n      avgSatisfaction\n      ratings\n      receivedFromWomen\n      receivedFromMen\n      receivedGenderUnknown\n      office {\n        id\n        code\n        name\n        kind\n      }\n      serviceType {\n        id\n        code\n        name\n        nameEn\n        category\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OssKpiTrend($month: String!) {\n    ossKpiTrend(month: $month, months: 12) {\n      ...OssKpiFields\n    }\n  }\n"): (typeof documents)["\n  query OssKpiTrend($month: String!) {\n    ossKpiTrend(month: $month, months: 12) {\n      ...OssKpiFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OssKpiFields on OssKpis {\n    month\n    received\n    completed\n    completedWithinSlaPct\n    avgProcessingWorkingHours\n    medianProcessingWorkingHours\n    openBreaches\n    complaints\n    avgSatisfaction\n    ratings\n    receivedFromWomen\n    receivedFromMen\n    receivedGenderUnknown\n  }\n"): (typeof documents)["\n  fragment OssKpiFields on OssKpis {\n    month\n    received\n    completed\n    completedWithinSlaPct\n    avgProcessingWorkingHours\n    medianProcessingWorkingHours\n    openBreaches\n    complaints\n    avgSatisfaction\n    ratings\n    receivedFromWomen\n    receivedFromMen\n    receivedGenderUnknown\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrintServiceRequestReceipt($id: ID!) {\n    printServiceRequestReceipt(id: $id) {\n      reference\n      code\n      kind\n    }\n  }\n"): (typeof documents)["\n  mutation PrintServiceRequestReceipt($id: ID!) {\n    printServiceRequestReceipt(id: $id) {\n      reference\n      code\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingDocumentFields on MeetingDocument {\n    id\n    kind\n    title\n    fileName\n    mediaType\n    size\n    version\n    uploadedAt\n    url\n    agendaItemId\n    withdrawnAt\n    withdrawalReason\n    versions {\n      version\n      fileName\n      mediaType\n      size\n      uploadedAt\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingDocumentFields on MeetingDocument {\n    id\n    kind\n    title\n    fileName\n    mediaType\n    size\n    version\n    uploadedAt\n    url\n    agendaItemId\n    withdrawnAt\n    withdrawalReason\n    versions {\n      version\n      fileName\n      mediaType\n      size\n      uploadedAt\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionPackage($id: ID!) {\n    session(id: $id) {\n      id\n      version\n      status\n      packageUrl\n      documents {\n        ...MeetingDocumentFields\n      }\n      withdrawnDocuments {\n        ...MeetingDocumentFields\n      }\n      agenda {\n        id\n        position\n        title\n        packageUrl\n        documents {\n          ...MeetingDocumentFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionPackage($id: ID!) {\n    session(id: $id) {\n      id\n      version\n      status\n      packageUrl\n      documents {\n        ...MeetingDocumentFields\n      }\n      withdrawnDocuments {\n        ...MeetingDocumentFields\n      }\n      agenda {\n        id\n        position\n        title\n        packageUrl\n        documents {\n          ...MeetingDocumentFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameMeetingDocument($input: RenameMeetingDocumentInput!) {\n    renameMeetingDocument(input: $input) {\n      ...MeetingDocumentFields\n    }\n  }\n"): (typeof documents)["\n  mutation RenameMeetingDocument($input: RenameMeetingDocumentInput!) {\n    renameMeetingDocument(input: $input) {\n      ...MeetingDocumentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawMeetingDocument($input: WithdrawMeetingDocumentInput!) {\n    withdrawMeetingDocument(input: $input) {\n      ...MeetingDocumentFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawMeetingDocument($input: WithdrawMeetingDocumentInput!) {\n    withdrawMeetingDocument(input: $input) {\n      ...MeetingDocumentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingDocumentMaxBytes {\n    meetingDocumentMaxBytes\n  }\n"): (typeof documents)["\n  query MeetingDocumentMaxBytes {\n    meetingDocumentMaxBytes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PetitionFields on Petition {\n    id\n    reference\n    title\n    petitionerKind\n    organisationName\n    signaturesCount\n    channel\n    status\n    receivedAt\n    reviewDueAt\n    answerDueAt\n    reviewLate\n    answerLate\n    version\n  }\n"): (typeof documents)["\n  fragment PetitionFields on Petition {\n    id\n    reference\n    title\n    petitionerKind\n    organisationName\n    signaturesCount\n    channel\n    status\n    receivedAt\n    reviewDueAt\n    answerDueAt\n    reviewLate\n    answerLate\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PetitionRegister($status: PetitionStatus, $offset: Int!, $limit: Int!) {\n    petitions(status: $status, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        ...PetitionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PetitionRegister($status: PetitionStatus, $offset: Int!, $limit: Int!) {\n    petitions(status: $status, offset: $offset, limit: $limit) {\n      total\n      offset\n      limit\n      items {\n        ...PetitionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PetitionDetailFields on Petition {\n    ...PetitionFields\n    text\n    reviewStartedAt\n    discussedAt\n    answeredAt\n    answerSummary\n    rejectedAt\n    rejectReason\n    agendaItem {\n      id\n      title\n      position\n      sessionId\n      sessionTitle\n    }\n    history {\n      at\n      status\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment PetitionDetailFields on Petition {\n    ...PetitionFields\n    text\n    reviewStartedAt\n    discussedAt\n    answeredAt\n    answerSummary\n    rejectedAt\n    rejectReason\n    agendaItem {\n      id\n      title\n      position\n      sessionId\n      sessionTitle\n    }\n    history {\n      at\n      status\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PetitionPage($id: ID!) {\n    petition(id: $id) {\n      ...PetitionDetailFields\n    }\n  }\n"): (typeof documents)["\n  query PetitionPage($id: ID!) {\n    petition(id: $id) {\n      ...PetitionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PetitionPersonalData($id: ID!) {\n    petitionPersonalData(id: $id) {\n      petitionId\n      petitionerName\n      contactEmail\n      contactPhone\n      signatureList\n      erasedAt\n    }\n  }\n"): (typeof documents)["\n  query PetitionPersonalData($id: ID!) {\n    petitionPersonalData(id: $id) {\n      petitionId\n      petitionerName\n      contactEmail\n      contactPhone\n      signatureList\n      erasedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PetitionHeldAgenda {\n    sessions {\n      id\n      title\n      scheduledAt\n      startedAt\n      status\n      agenda {\n        id\n        position\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query PetitionHeldAgenda {\n    sessions {\n      id\n      title\n      scheduledAt\n      startedAt\n      status\n      agenda {\n        id\n        position\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitPetition($input: PetitionInput!, $proof: PublicFormProof!) {\n    submitPetition(input: $input, proof: $proof) {\n      petition {\n        ...PetitionFields\n      }\n      receipt {\n        reference\n        code\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitPetition($input: PetitionInput!, $proof: PublicFormProof!) {\n    submitPetition(input: $input, proof: $proof) {\n      petition {\n        ...PetitionFields\n      }\n      receipt {\n        reference\n        code\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPetition($input: PaperPetitionInput!) {\n    registerPetition(input: $input) {\n      petition {\n        ...PetitionFields\n      }\n      receipt {\n        reference\n        code\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterPetition($input: PaperPetitionInput!) {\n    registerPetition(input: $input) {\n      petition {\n        ...PetitionFields\n      }\n      receipt {\n        reference\n        code\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewPetition($id: ID!, $expectedVersion: Int) {\n    reviewPetition(id: $id, expectedVersion: $expectedVersion) {\n      ...PetitionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewPetition($id: ID!, $expectedVersion: Int) {\n    reviewPetition(id: $id, expectedVersion: $expectedVersion) {\n      ...PetitionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPetitionDiscussion($input: PetitionDiscussionInput!) {\n    recordPetitionDiscussion(input: $input) {\n      ...PetitionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPetitionDiscussion($input: PetitionDiscussionInput!) {\n    recordPetitionDiscussion(input: $input) {\n      ...PetitionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerPetition($input: PetitionAnswerInput!) {\n    answerPetition(input: $input) {\n      ...PetitionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerPetition($input: PetitionAnswerInput!) {\n    answerPetition(input: $input) {\n      ...PetitionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectPetition($input: PetitionRejectionInput!) {\n    rejectPetition(input: $input) {\n      ...PetitionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectPetition($input: PetitionRejectionInput!) {\n    rejectPetition(input: $input) {\n      ...PetitionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VoteFields on Vote {\n    id\n    status\n    majority\n    outcome\n    openedAt\n    closedAt\n    tally {\n      for\n      against\n      abstain\n      recused\n      notVoted\n    }\n    ballots {\n      choice\n      councillor {\n        id\n        fullName\n        party\n      }\n    }\n    removedBallots {\n      choice\n      declarationId\n      removedAt\n      councillor {\n        id\n        fullName\n        party\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment VoteFields on Vote {\n    id\n    status\n    majority\n    outcome\n    openedAt\n    closedAt\n    tally {\n      for\n      against\n      abstain\n      recused\n      notVoted\n    }\n    ballots {\n      choice\n      councillor {\n        id\n        fullName\n        party\n      }\n    }\n    removedBallots {\n      choice\n      declarationId\n      removedAt\n      councillor {\n        id\n        fullName\n        party\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeclarationFields on Declaration {\n    id\n    interestType\n    description\n    recused\n    filedAt\n    filedOnBehalf\n    inForce\n    supersedesId\n    agendaItemId\n    councillor {\n      id\n      fullName\n      party\n    }\n  }\n"): (typeof documents)["\n  fragment DeclarationFields on Declaration {\n    id\n    interestType\n    description\n    recused\n    filedAt\n    filedOnBehalf\n    inForce\n    supersedesId\n    agendaItemId\n    councillor {\n      id\n      fullName\n      party\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on CouncilSession {\n    id\n    title\n    scheduledAt\n    status\n    seats\n    lateNotice\n    announcedAt\n    startedAt\n    closedAt\n    minutes {\n      ...MinutesFields\n    }\n    body {\n      id\n      name\n      kind\n    }\n    quorum {\n      seats\n      present\n      required\n      reached\n    }\n    streamUrl\n    version\n    currentItem {\n      id\n    }\n    currentSpeaker {\n      ...SpeakerFields\n    }\n    agenda {\n      id\n      position\n      title\n      description\n      status\n      speakers {\n        ...SpeakerFields\n      }\n      declarations {\n        ...DeclarationFields\n      }\n      votes {\n        ...VoteFields\n      }\n      committeeOpinions {\n        id\n        committeeId\n        committeeName\n        committeeSessionId\n        committeeSessionTitle\n        opinion\n        text\n      }\n    }\n    attendance {\n      status\n      changedAt\n      councillor {\n        id\n        fullName\n        party\n        gender\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SessionFields on CouncilSession {\n    id\n    title\n    scheduledAt\n    status\n    seats\n    lateNotice\n    announcedAt\n    startedAt\n    closedAt\n    minutes {\n      ...MinutesFields\n    }\n    body {\n      id\n      name\n      kind\n    }\n    quorum {\n      seats\n      present\n      required\n      reached\n    }\n    streamUrl\n    version\n    currentItem {\n      id\n    }\n    currentSpeaker {\n      ...SpeakerFields\n    }\n    agenda {\n      id\n      position\n      title\n      description\n      status\n      speakers {\n        ...SpeakerFields\n      }\n      declarations {\n        ...DeclarationFields\n      }\n      votes {\n        ...VoteFields\n      }\n      committeeOpinions {\n        id\n        committeeId\n        committeeName\n        committeeSessionId\n        committeeSessionTitle\n        opinion\n        text\n      }\n    }\n    attendance {\n      status\n      changedAt\n      councillor {\n        id\n        fullName\n        party\n        gender\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveSession {\n    liveSession {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  query LiveSession {\n    liveSession {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionById($id: ID!) {\n    session(id: $id) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  query SessionById($id: ID!) {\n    session(id: $id) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionList {\n    sessions {\n      id\n      title\n      scheduledAt\n      status\n      lateNotice\n      closedAt\n      minutes {\n        ...MinutesFields\n      }\n      body {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionList {\n    sessions {\n      id\n      title\n      scheduledAt\n      status\n      lateNotice\n      closedAt\n      minutes {\n        ...MinutesFields\n      }\n      body {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Councillors {\n    councillors {\n      id\n      fullName\n      party\n      gender\n      active\n    }\n  }\n"): (typeof documents)["\n  query Councillors {\n    councillors {\n      id\n      fullName\n      party\n      gender\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Bodies {\n    bodies {\n      id\n      name\n      kind\n      seats\n    }\n  }\n"): (typeof documents)["\n  query Bodies {\n    bodies {\n      id\n      name\n      kind\n      seats\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SessionUpdated($sessionId: ID!) {\n    sessionUpdated(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  subscription SessionUpdated($sessionId: ID!) {\n    sessionUpdated(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSession($input: CreateSessionInput!) {\n    createSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSession($input: CreateSessionInput!) {\n    createSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAgendaItem($input: AgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n      position\n      title\n      description\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AddAgendaItem($input: AgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      id\n      position\n      title\n      description\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSession($sessionId: ID!) {\n    startSession(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartSession($sessionId: ID!) {\n    startSession(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendSession($sessionId: ID!) {\n    suspendSession(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendSession($sessionId: ID!) {\n    suspendSession(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeSession($sessionId: ID!) {\n    resumeSession(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeSession($sessionId: ID!) {\n    resumeSession(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSession($sessionId: ID!) {\n    closeSession(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseSession($sessionId: ID!) {\n    closeSession(sessionId: $sessionId) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAttendance($input: AttendanceInput!) {\n    recordAttendance(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendanceBatch($input: AttendanceBatchInput!) {\n    recordAttendanceBatch(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAttendanceBatch($input: AttendanceBatchInput!) {\n    recordAttendanceBatch(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartAgendaItem($agendaItemId: ID!) {\n    startAgendaItem(agendaItemId: $agendaItemId) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartAgendaItem($agendaItemId: ID!) {\n    startAgendaItem(agendaItemId: $agendaItemId) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileDeclaration($input: DeclarationInput!) {\n    fileDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n"): (typeof documents)["\n  mutation FileDeclaration($input: DeclarationInput!) {\n    fileDeclaration(input: $input) {\n      ...DeclarationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenVote($input: OpenVoteInput!) {\n    openVote(input: $input) {\n      ...VoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation OpenVote($input: OpenVoteInput!) {\n    openVote(input: $input) {\n      ...VoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastBallot($input: BallotInput!) {\n    castBallot(input: $input) {\n      ...VoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation CastBallot($input: BallotInput!) {\n    castBallot(input: $input) {\n      ...VoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseVote($voteId: ID!) {\n    closeVote(voteId: $voteId) {\n      ...VoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseVote($voteId: ID!) {\n    closeVote(voteId: $voteId) {\n      ...VoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrackRequest($reference: String!, $code: String!) {\n    trackRequest(reference: $reference, code: $code) {\n      reference\n      kind\n      title\n      status\n      receivedAt\n      dueAt\n      slaState\n      history {\n        at\n        status\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrackRequest($reference: String!, $code: String!) {\n    trackRequest(reference: $reference, code: $code) {\n      reference\n      kind\n      title\n      status\n      receivedAt\n      dueAt\n      slaState\n      history {\n        at\n        status\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransparencyScorecard($period: String!) {\n    transparencyScorecard(period: $period) {\n      period\n      indicators {\n        key\n        value\n        target\n        unit\n        numerator\n        denominator\n        met\n      }\n    }\n  }\n"): (typeof documents)["\n  query TransparencyScorecard($period: String!) {\n    transparencyScorecard(period: $period) {\n      period\n      indicators {\n        key\n        value\n        target\n        unit\n        numerator\n        denominator\n        met\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionCalendar {\n    sessions {\n      id\n      title\n      scheduledAt\n      announcedAt\n      status\n      lateNotice\n      packageUrl\n      body {\n        id\n        name\n        kind\n      }\n      agenda {\n        id\n        position\n        title\n        description\n        status\n        draftPublishedAt\n        commentPeriodWorkingDays\n        shortCommentPeriod\n        initiatives {\n          id\n          title\n          kind\n          status\n          leadSponsorName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionCalendar {\n    sessions {\n      id\n      title\n      scheduledAt\n      announcedAt\n      status\n      lateNotice\n      packageUrl\n      body {\n        id\n        name\n        kind\n      }\n      agenda {\n        id\n        position\n        title\n        description\n        status\n        draftPublishedAt\n        commentPeriodWorkingDays\n        shortCommentPeriod\n        initiatives {\n          id\n          title\n          kind\n          status\n          leadSponsorName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarBodies {\n    bodies {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query CalendarBodies {\n    bodies {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPublicForm {\n    startPublicForm { ticket notBefore }\n  }\n"): (typeof documents)["\n  mutation StartPublicForm {\n    startPublicForm { ticket notBefore }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
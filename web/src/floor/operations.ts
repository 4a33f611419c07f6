// The floor [fjala]: the speakers list's documents. SpeakerFields is part of the
// session's live picture (sessions/operations.ts: every agenda item's speakers
// and the session's currentSpeaker), so every screen hears of a request, a
// start or an end through the same sessionUpdated subscription.
import { graphql } from "../gql";

export const SpeakerFieldsFragment = graphql(`
  fragment SpeakerFields on Speaker {
    id
    agendaItemId
    kind
    status
    requestedAt
    startedAt
    endedAt
    allottedSeconds
    spokenSeconds
    councillor {
      id
      fullName
      party
    }
  }
`);

export const ServerTimeQuery = graphql(`
  query ServerTime {
    serverTime
  }
`);

export const RequestFloorMutation = graphql(`
  mutation RequestFloor($input: FloorRequestInput!) {
    requestFloor(input: $input) {
      ...SpeakerFields
    }
  }
`);

export const WithdrawFloorRequestMutation = graphql(`
  mutation WithdrawFloorRequest($speakerId: ID!) {
    withdrawFloorRequest(speakerId: $speakerId) {
      ...SpeakerFields
    }
  }
`);

export const StartSpeechMutation = graphql(`
  mutation StartSpeech($speakerId: ID!, $allottedSeconds: Int, $expectedVersion: Int) {
    startSpeech(speakerId: $speakerId, allottedSeconds: $allottedSeconds, expectedVersion: $expectedVersion) {
      ...SpeakerFields
    }
  }
`);

export const EndSpeechMutation = graphql(`
  mutation EndSpeech($speakerId: ID!) {
    endSpeech(speakerId: $speakerId) {
      ...SpeakerFields
    }
  }
`);

export const SetStreamUrlMutation = graphql(`
  mutation SetStreamUrl($sessionId: ID!, $url: String) {
    setStreamUrl(sessionId: $sessionId, url: $url) {
      id
      streamUrl
    }
  }
`);

export const SpeakingTimesQuery = graphql(`
  query SpeakingTimes {
    speakingTimes {
      bodyId
      contribution
      reply
      pointOfOrder
    }
  }
`);

export const SetSpeakingTimesMutation = graphql(`
  mutation SetSpeakingTimes($input: SpeakingTimesInput!) {
    setSpeakingTimes(input: $input) {
      bodyId
      contribution
      reply
      pointOfOrder
    }
  }
`);

export { reviewDate } from "./header";
export { buildObservationsSheet, buildStatusSheet, type ObservationsOptions, type PreviousObservation, OBSERVATION_STATES, OBSERVATIONS_SHEET_NAME, OBSERVATIONS_TABLE_NAME, type ObservationsHeader, orderForReview, type StatusRow } from "./sheet";

/**
 * XPlanGML import (docs/domain.md#6-standards): reads a plan's name, number, dates and boundary from an
 * XPlanung 5.x/6.x file as a proposal for a draft procedure. Pure library code, no Nest.
 */
export {
  DEFAULT_MAX_BYTES,
  MULTI_DATE_FIELDS,
  parseXPlanGml,
  PLAN_KINDS,
  SINGLE_DATE_FIELDS,
  XPLANUNG_NAMESPACES,
  type ParseXPlanGmlOptions,
  type XPlanDates,
  type XPlanGmlProposal,
  type XPlanKind,
  type XPlanungVersion,
} from './parse-xplan-gml.js';
export {
  XPLAN_GML_ERROR_CODES,
  XPLAN_GML_FIELD,
  XPlanGmlError,
  type GeometryProblem,
  type XPlanGmlErrorCode,
} from './xplan-gml.error.js';
export { parseSrsName, SUPPORTED_EPSG_CODES } from './crs.js';

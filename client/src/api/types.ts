/**
 * API types used by the client, aliased from the types that openapi-typescript generates from
 * the server's OpenAPI document (`./schema.d.ts`, written by `npm run openapi`).
 * Where the generated type is looser than the API contract (GeoJSON coordinates, fixed-length
 * tuples, the statuses a public answer can have), it is narrowed here; the intersections keep
 * each refinement tied to the generated type, so a server-side change shows up as a type error.
 */
import type { LineString, MultiPolygon, Point, Polygon } from 'geojson';

import type { components, operations } from '@/api/schema';

type Schemas = components['schemas'];
type ProcedureSummaryDto = Schemas['ProcedureSummaryDto'];

export type ProcedureType = ProcedureSummaryDto['type'];

/** Public answers only ever contain published or archived procedures. */
export type ProcedureStatus = Exclude<ProcedureSummaryDto['status'], 'draft'>;

/** RFC 7946 Polygon or MultiPolygon, WGS84 ([lng, lat]). */
export type AreaGeometry = Schemas['AreaGeometryDto'] & (Polygon | MultiPolygon);

/** [minLon, minLat, maxLon, maxLat], WGS84 */
export type BBox = ProcedureSummaryDto['bbox'] & [number, number, number, number];

interface Refinements {
  status: ProcedureStatus;
  area: AreaGeometry;
  bbox: BBox;
}

export type ProcedureSummary = Omit<ProcedureSummaryDto, keyof Refinements> & Refinements;

export type Procedure = Omit<Schemas['ProcedureDto'], keyof Refinements> & Refinements;

export type ProcedureList = Omit<Schemas['ProcedureListDto'], 'items'> & {
  items: ProcedureSummary[];
};

export type ClientConfig = Omit<Schemas['ClientConfigDto'], 'map'> & {
  map: Omit<Schemas['MapConfigDto'], 'center'> & {
    /** [lat, lng] */
    center: Schemas['MapConfigDto']['center'] & [number, number];
  };
};

/** RFC 9457 problem details as the server sends them. */
export type ProblemDetails = Schemas['ProblemDto'];
export type FieldError = Schemas['FieldErrorDto'];

/* ---------- Accounts and administration ---------- */

export type SessionUser = Schemas['SessionUserDto'];
export type Role = SessionUser['roles'][number];
export type AuthProviders = Schemas['ProvidersDto'];

export type RegisterInput = Schemas['RegisterDto'];
export type SignInInput = Schemas['SignInDto'];
export type ForgotPasswordInput = Schemas['ForgotPasswordDto'];
export type ResetPasswordInput = Schemas['ResetPasswordDto'];
export type VerifyEmailInput = Schemas['TokenDto'];

export type AdminUser = Schemas['AdminUserDto'];
export type AdminUserList = Schemas['AdminUserListDto'];
export type AdminUserQuery = NonNullable<
  operations['AdminUsersController_list']['parameters']['query']
>;

export type OutboxMessageSummary = Schemas['OutboxMessageSummaryDto'];
export type OutboxMessage = Schemas['OutboxMessageDto'];
export type OutboxMessageList = Schemas['OutboxMessageListDto'];
export type OutboxStatus = OutboxMessageSummary['status'];
export type OutboxQuery = NonNullable<
  operations['AdminMailController_list']['parameters']['query']
>;

/* ---------- Planning: procedures as planners see them, phases, documents ---------- */

/** Planners also see drafts (the generated ProcedureDto lists only the public statuses). */
export type PlanningStatus = NonNullable<Schemas['UpdateProcedureDto']['status']>;

export type PlanningProcedureSummary = Omit<ProcedureSummary, 'status'> & {
  status: PlanningStatus;
};
export type PlanningProcedure = Omit<Procedure, 'status'> & { status: PlanningStatus };
export type PlanningProcedureList = Omit<ProcedureList, 'items'> & {
  items: PlanningProcedureSummary[];
};

export type CreateProcedureInput = Omit<Schemas['CreateProcedureDto'], 'area'> & {
  area: AreaGeometry;
};
export type UpdateProcedureInput = Omit<Schemas['UpdateProcedureDto'], 'area'> & {
  area?: AreaGeometry;
};
export type XPlanungProposal = Omit<Schemas['XPlanungProposalDto'], 'area' | 'dates'> & {
  area: AreaGeometry;
  dates: Record<string, string | string[]>;
};

export type ProcedureDocument = Schemas['DocumentDto'];
export type DocumentKind = ProcedureDocument['kind'];

export type Phase = Schemas['PhaseDto'];
export type PhaseKind = Phase['kind'];
export type PhaseState = Phase['state'];
export type ModerationMode = Phase['moderationMode'];
export type PhaseChange = Omit<Schemas['PhaseChangeDto'], 'action'> & {
  action: 'phase.opened' | 'phase.extended' | 'phase.closed';
};
export type DeadlineProposal = Schemas['DeadlineProposalDto'];
export type CreatePhaseInput = Schemas['CreatePhaseDto'];
export type UpdatePhaseInput = Schemas['UpdatePhaseDto'];
export type ExtendPhaseInput = Schemas['ExtendPhaseDto'];

/* ---------- Assessment (Abwägung, issue 7) ---------- */

export type WorkspaceStatement = Omit<Schemas['WorkspaceStatementDto'], 'geometry'> & {
  geometry: Point | LineString | Polygon | null;
};
export type WorkspaceList = Omit<Schemas['WorkspaceListDto'], 'items'> & {
  items: WorkspaceStatement[];
};
export type WorkspaceQuery = NonNullable<
  operations['AssessmentController_workspace']['parameters']['query']
>;
export type AssessmentResult = Schemas['PutAssessmentDto']['result'];
export type ProcessingStatus = WorkspaceStatement['processingStatus'];
export type PublicationStatus = WorkspaceStatement['publicationStatus'];
export type Assessment = Schemas['AssessmentDto'];
export type PutAssessmentInput = Schemas['PutAssessmentDto'];
export type PutGroupAssessmentInput = Schemas['PutGroupAssessmentDto'];
export type AssessmentProgress = Schemas['ProgressDto'];
export type AssignInput = Schemas['AssignDto'];
export type StatementGroup = Schemas['StatementGroupDto'];
export type StatementGroupList = Schemas['StatementGroupListDto'];
export type ResponseTemplate = Schemas['ResponseTemplateDto'];
export type ResponseTemplateInput = Schemas['ResponseTemplateInputDto'];
export type ResultLetters = Schemas['ResultLettersDto'];
export type ResultLettersPreview = Schemas['ResultLettersPreviewDto'];
export type PublicResult = Schemas['PublicResultDto'];
export type PublicResultList = Schemas['PublicResultListDto'];

/* Generated from openapi.json by `npm run openapi`; do not edit by hand. */
export interface paths {
    "/api/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register as a resident; a verification link is mailed (public, throttled) */
        post: operations["AuthController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the e-mail address with the token from the mail (public) */
        post: operations["AuthController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with e-mail and password; sets the session cookie (public, throttled) */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: the session ends on the server (public) */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user; 204 for a visitor who is not signed in (public) */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How one can sign in here (public) */
        get: operations["AuthController_providers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password/forgot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a password reset link, if the account exists (public, throttled) */
        post: operations["AuthController_forgot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with the token from the mail; ends all sessions (public, throttled) */
        post: operations["AuthController_reset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff sign-in: redirects to the city directory (OpenID Connect; public) */
        get: operations["AuthController_startOidc"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Return from the city directory; signs in and redirects (public) */
        get: operations["AuthController_finishOidc"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download my data as JSON (Art. 15 DSGVO) */
        get: operations["AccountController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/remove-personal-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove my personal data; statements stay in the file without it (Art. 17 DSGVO) */
        post: operations["AccountController_removePersonalData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users (admin) */
        get: operations["AdminUsersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Grant and revoke roles (admin) */
        put: operations["AdminUsersController_setRoles"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a user; their sessions end at once (admin) */
        post: operations["AdminUsersController_deactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Activate a user again (admin) */
        post: operations["AdminUsersController_activate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database status (public) */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Client settings: map tiles, initial view, statement area buffer (public) */
        get: operations["ClientConfigController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outgoing mails, newest first (admin) */
        get: operations["AdminMailController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/mail/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One outgoing mail with its bodies (admin) */
        get: operations["AdminMailController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published procedures, filtered (public) */
        get: operations["ProceduresController_list"];
        put?: never;
        /** Create a draft procedure (planner) */
        post: operations["ProceduresController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published procedure with phases, notice and documents (public) */
        get: operations["ProceduresController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a procedure, publish or archive it (planner) */
        patch: operations["ProceduresController_update"];
        trace?: never;
    };
    "/api/planning/procedures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All procedures, drafts included (planner) */
        get: operations["ProceduresController_listForPlanning"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/planning/procedures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One procedure, drafts included (planner) */
        get: operations["ProceduresController_getForPlanning"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedures/import/xplanung": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read an XPlanGML file into a draft proposal; nothing is saved (planner) */
        post: operations["ProceduresController_importXPlanung"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedures/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a document: PDF, PNG or JPEG, type checked from its bytes (planner) */
        post: operations["ProceduresController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a document of a public procedure (public; planners: all) */
        get: operations["ProceduresController_download"];
        put?: never;
        post?: never;
        /** Remove a document (planner; logged) */
        delete: operations["ProceduresController_removeDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/phases/deadline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Legal minimum and proposed last day for a phase kind and start (public) */
        get: operations["PhasesController_deadline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedures/{id}/phases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All phases of a procedure, drafts included (planner) */
        get: operations["PhasesController_list"];
        put?: never;
        /** Schedule a consultation phase (planner) */
        post: operations["PhasesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/phases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a phase; its period only before it opens (planner) */
        patch: operations["PhasesController_update"];
        trace?: never;
    };
    "/api/phases/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open an upcoming phase now (planner; logged) */
        post: operations["PhasesController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/phases/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend a phase; the reason is shown publicly (planner; logged) */
        post: operations["PhasesController_extend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/phases/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close an open phase now; the reason is shown publicly (planner; logged) */
        post: operations["PhasesController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/phases/{id}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a statement while the phase is open; exactly once per Idempotency-Key (public) */
        post: operations["IntakeController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/phases/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload an attachment (PDF, PNG, JPEG) for a statement about to be submitted (public; planners also after the end, for recorded letters) */
        post: operations["IntakeController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedures/{id}/statements/intake": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a statement received by letter, e-mail or in person, late ones included (planner) */
        post: operations["IntakeController_intake"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statements/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The submitter's private status view (reference and secret token) */
        get: operations["ReceiptsController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statements/receipt.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The receipt (Eingangsbestätigung) as PDF (private link) */
        get: operations["ReceiptsController_receipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedures/{id}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published statements of a procedure, keyset-paginated (public) */
        get: operations["PublicStatementsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedures/{id}/statements.geojson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published statements as RFC 7946 GeoJSON, without personal data (public) */
        get: operations["PublicStatementsController_geojson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedures/{id}/statements/map": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published statements for the map from a clustering index: clusters with the zoom that splits them, single points with their id (public) */
        get: operations["MapIndexController_map"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedures/{id}/statements/{statementId}/excerpt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The excerpt of one published statement, for a click on the map */
        get: operations["MapIndexController_excerpt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/moderation/feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live feed (server-sent events): new statements, decisions, reports – from every instance (moderator) */
        get: operations["ModerationController_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/moderation/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pending count, median time to decision, decisions by reason (moderator) */
        get: operations["ModerationController_stats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/moderation/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Statements awaiting a decision, oldest first, with personal-data hints (moderator) */
        get: operations["ModerationController_queue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/moderation/statements/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve, reject (reason), redact or unpublish; logged append-only (moderator) */
        post: operations["ModerationController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statements/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a published statement to the moderators (public, throttled) */
        post: operations["ReportsController_report"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statements/{id}/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Assess a statement: result and response; optimistic locking (planner) */
        put: operations["AssessmentController_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedures/{id}/assessment/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every statement of a procedure (published or not, rejected, late, recorded by staff) with its assessment; filters and keyset pages (planner) */
        get: operations["AssessmentController_workspace"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedures/{id}/assessment/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Assessed of all statements, by state and result (planner) */
        get: operations["AssessmentController_progress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedures/{id}/assessment/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign statements to a planner, or unassign (planner) */
        post: operations["AssessmentController_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedures/{id}/assessment/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Groups of near-identical statements, largest first (planner) */
        get: operations["AssessmentController_groups"];
        put?: never;
        /** Find near-identical statements (pg_trgm similarity) and group them anew (planner) */
        post: operations["AssessmentController_detectGroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessment/groups/{id}/assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** One result and response for every statement of a group (planner) */
        put: operations["AssessmentController_putGroup"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessment/groups/{id}/public-notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** A public notice instead of letters for a group of more than 50 (planner) */
        put: operations["AssessmentController_publicNotice"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedures/{id}/assessment/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Response templates, for a topic and general ones (planner) */
        get: operations["AssessmentController_templates"];
        put?: never;
        /** Create a response template (planner) */
        post: operations["AssessmentController_createTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessment/templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a response template (planner) */
        put: operations["AssessmentController_updateTemplate"];
        post?: never;
        /** Delete a response template (planner) */
        delete: operations["AssessmentController_deleteTemplate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedures/{id}/exports/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Abwägungstabelle as XLSX, CSV, PDF report or GeoJSON, streamed; anonymised, or named_internal (logged) (planner) */
        get: operations["AssessmentController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedures/{id}/assessment/result-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What sending the results would do: letters, mails, public notices (planner) */
        get: operations["AssessmentController_previewResults"];
        put?: never;
        /** Send the result to every named submitter of assessed statements (PDF letter + mail); groups with a public notice get none (planner) */
        post: operations["AssessmentController_sendResults"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/procedures/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Communicated results and responses, without personal data (public) */
        get: operations["ResultsController_results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/result-letters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A result letter as PDF (private link from the mail) */
        get: operations["ResultsController_letter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        RegisterDto: {
            /** @example anwohnerin@example.org */
            email: string;
            /** @description At least 10 characters */
            password: string;
            /** @example Erika Mustermann */
            displayName: string;
        };
        AcceptedDto: {
            /** @example mail_sent */
            status: string;
        };
        TokenDto: {
            /** @description The token from the link in the mail */
            token: string;
        };
        SignInDto: {
            /** @example planung@essen.example */
            email: string;
            /** @example ein langes Passwort */
            password: string;
        };
        SessionUserDto: {
            /** Format: uuid */
            id: string;
            email: string;
            displayName: string;
            roles: ("resident" | "planner" | "moderator" | "admin")[];
        };
        ProvidersDto: {
            /** @description E-mail and password sign-in */
            local: boolean;
            /** @description Label of the staff sign-in, null when not configured */
            oidc: string | null;
        };
        ForgotPasswordDto: {
            email: string;
        };
        ResetPasswordDto: {
            /** @description The token from the link in the mail */
            token: string;
            password: string;
        };
        AccountExportDto: {
            account: components["schemas"]["SessionUserDto"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            emailVerifiedAt: string | null;
            /** Format: date-time */
            exportedAt: string;
            /** @description Statements submitted while signed in (filled once statements exist) */
            statements: Record<string, never>[];
        };
        AdminUserDto: {
            /** Format: uuid */
            id: string;
            email: string;
            displayName: string;
            roles: ("resident" | "planner" | "moderator" | "admin")[];
            active: boolean;
            emailVerified: boolean;
            /** @description Signs in through the city directory (OpenID Connect) */
            oidc: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        AdminUserListDto: {
            items: components["schemas"]["AdminUserDto"][];
            total: number;
        };
        SetRolesDto: {
            /**
             * @example [
             *       "planner"
             *     ]
             */
            roles: ("resident" | "planner" | "moderator" | "admin")[];
        };
        TileConfigDto: {
            /** @example https://tile.openstreetmap.org/{z}/{x}/{y}.png */
            url: string;
            attribution: string;
            /** @example 19 */
            maxZoom: number;
        };
        MapConfigDto: {
            /**
             * @description [lat, lng]
             * @example [
             *       51.4556,
             *       7.0116
             *     ]
             */
            center: number[];
            /** @example 11 */
            zoom: number;
        };
        StatementConfigDto: {
            /**
             * @description How far outside the plan area (metres) a statement may be placed
             * @example 250
             */
            areaBufferM: number;
        };
        ClientConfigDto: {
            tiles: components["schemas"]["TileConfigDto"];
            map: components["schemas"]["MapConfigDto"];
            statements: components["schemas"]["StatementConfigDto"];
        };
        OutboxMessageSummaryDto: {
            /** Format: uuid */
            id: string;
            /** @example auth.verify-email */
            template: string;
            /** @example anna.beispiel@example.org */
            recipient: string;
            /** @example Bitte bestätigen Sie Ihre E-Mail-Adresse */
            subject: string;
            /** @enum {string} */
            status: "pending" | "sending" | "sent" | "failed";
            /**
             * @description Sending attempts so far
             * @example 1
             */
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            sentAt: string | null;
            /**
             * @description Why the last attempt failed
             * @example ESOCKET: connect ECONNREFUSED 127.0.0.1:25
             */
            lastError: string | null;
        };
        OutboxMessageListDto: {
            items: components["schemas"]["OutboxMessageSummaryDto"][];
            /** @description Number of messages matching the filter */
            total: number;
        };
        OutboxMessageDto: {
            /** Format: uuid */
            id: string;
            /** @example auth.verify-email */
            template: string;
            /** @example anna.beispiel@example.org */
            recipient: string;
            /** @example Bitte bestätigen Sie Ihre E-Mail-Adresse */
            subject: string;
            /** @enum {string} */
            status: "pending" | "sending" | "sent" | "failed";
            /**
             * @description Sending attempts so far
             * @example 1
             */
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            sentAt: string | null;
            /**
             * @description Why the last attempt failed
             * @example ESOCKET: connect ECONNREFUSED 127.0.0.1:25
             */
            lastError: string | null;
            /** @description Plain-text body as sent */
            bodyText: string;
            /** @description HTML body, if the mail has one */
            bodyHtml: string | null;
        };
        AreaGeometryDto: {
            /** @enum {string} */
            type: "Polygon" | "MultiPolygon";
            /**
             * @description RFC 7946 coordinates (longitude, latitude; WGS84)
             * @example [
             *       [
             *         [
             *           7,
             *           51.43
             *         ],
             *         [
             *           7.01,
             *           51.43
             *         ],
             *         [
             *           7.01,
             *           51.44
             *         ],
             *         [
             *           7,
             *           51.43
             *         ]
             *       ]
             *     ]
             */
            coordinates: unknown[][];
        };
        PhaseNoticeDto: {
            publishedOn: string | null;
            environmentalInformation: string;
            areaDescription: string;
        };
        PhaseChangeDto: {
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            action: "phase.opened" | "phase.extended" | "phase.closed";
            reason: string | null;
            /** @example 2027-01-08 */
            previousEndDate: string | null;
            /** @example 2027-01-22 */
            newEndDate: string | null;
        };
        PhaseDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            procedureId: string;
            /** @enum {string} */
            kind: "early_public" | "early_agencies" | "publication" | "agencies" | "republication" | "informal";
            round: number | null;
            title: string;
            /** @example 2026-12-01 */
            startDate: string;
            /**
             * @description The announced last day; the end shown online
             * @example 2027-01-08
             */
            endDate: string;
            /** Format: date-time */
            opensAt: string;
            /**
             * Format: date-time
             * @description 23:59:59.999 Europe/Berlin of endDate, or the moment it was closed
             */
            closesAt: string;
            /**
             * @description By the database clock at the time of the answer
             * @enum {string}
             */
            state: "upcoming" | "open" | "closed";
            /** @enum {string} */
            moderationMode: "pre" | "post" | "none";
            notice: components["schemas"]["PhaseNoticeDto"];
            /** @description Legal minimum last day for this start (null: no minimum) */
            legalMinimumEnd: string | null;
            shorterThanMinimum: boolean;
            shortenedReason: string | null;
            /** @description Openings, extensions and closings with their reasons */
            changes: components["schemas"]["PhaseChangeDto"][];
            /**
             * Format: date-time
             * @description The database clock when this answer was made
             */
            serverTime: string;
        };
        ProcedureSummaryDto: {
            /** Format: uuid */
            id: string;
            /** @example BP-12-21 */
            reference: string;
            /** @example Bebauungsplan „Rüttenscheider Stern“ */
            title: string;
            /** @enum {string} */
            type: "bebauungsplan" | "vorhabenbezogener_bebauungsplan" | "fnp_aenderung" | "informal";
            /** @example Rüttenscheid */
            district: string;
            summary: string;
            /** @enum {string} */
            status: "published" | "archived";
            area: components["schemas"]["AreaGeometryDto"];
            /** @description [minLon, minLat, maxLon, maxLat] */
            bbox: number[];
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** @description The open phase, else the next upcoming, else the last closed one */
            currentPhase: components["schemas"]["PhaseDto"] | null;
        };
        ProcedureListDto: {
            items: components["schemas"]["ProcedureSummaryDto"][];
            /** @description Number of procedures matching the filters */
            total: number;
        };
        DocumentDto: {
            /** Format: uuid */
            id: string;
            title: string;
            /** @enum {string} */
            kind: "plan" | "begruendung" | "umweltbericht" | "gutachten" | "bekanntmachung" | "other";
            filename: string;
            /** @example application/pdf */
            mediaType: string;
            /** @description Bytes */
            size: number;
            /** @example /api/documents/… */
            url: string;
            /** Format: date-time */
            createdAt: string;
        };
        ProcedureDto: {
            /** Format: uuid */
            id: string;
            /** @example BP-12-21 */
            reference: string;
            /** @example Bebauungsplan „Rüttenscheider Stern“ */
            title: string;
            /** @enum {string} */
            type: "bebauungsplan" | "vorhabenbezogener_bebauungsplan" | "fnp_aenderung" | "informal";
            /** @example Rüttenscheid */
            district: string;
            summary: string;
            /** @enum {string} */
            status: "published" | "archived";
            area: components["schemas"]["AreaGeometryDto"];
            /** @description [minLon, minLat, maxLon, maxLat] */
            bbox: number[];
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** @description The open phase, else the next upcoming, else the last closed one */
            currentPhase: components["schemas"]["PhaseDto"] | null;
            /** @description Plain text; clients render it as text, never as HTML. */
            description: string;
            /** @description Topics a statement may be filed under */
            topics: string[];
            phases: components["schemas"]["PhaseDto"][];
            documents: components["schemas"]["DocumentDto"][];
        };
        CreateProcedureDto: {
            /**
             * @description The city's reference code
             * @example BP-12-21
             */
            reference: string;
            /** @example Bebauungsplan „Rüttenscheider Stern“ */
            title: string;
            /** @enum {string} */
            type: "bebauungsplan" | "vorhabenbezogener_bebauungsplan" | "fnp_aenderung" | "informal";
            /** @example Rüttenscheid */
            district: string;
            summary?: string;
            /** @description Plain text */
            description?: string;
            /**
             * @example [
             *       "Verkehr",
             *       "Grün",
             *       "Wohnen"
             *     ]
             */
            topics?: string[];
            area: components["schemas"]["AreaGeometryDto"];
        };
        UpdateProcedureDto: {
            /**
             * @description The city's reference code
             * @example BP-12-21
             */
            reference?: string;
            /** @example Bebauungsplan „Rüttenscheider Stern“ */
            title?: string;
            /** @enum {string} */
            type?: "bebauungsplan" | "vorhabenbezogener_bebauungsplan" | "fnp_aenderung" | "informal";
            /** @example Rüttenscheid */
            district?: string;
            summary?: string;
            /** @description Plain text */
            description?: string;
            /**
             * @example [
             *       "Verkehr",
             *       "Grün",
             *       "Wohnen"
             *     ]
             */
            topics?: string[];
            area?: components["schemas"]["AreaGeometryDto"];
            /**
             * @description draft → published → archived (and back to published)
             * @enum {string}
             */
            status?: "draft" | "published" | "archived";
        };
        XPlanungProposalDto: {
            /**
             * @description Plan number, as reference proposal
             * @example 12/21
             */
            reference: string;
            title: string;
            /** @enum {string} */
            type: "bebauungsplan" | "vorhabenbezogener_bebauungsplan" | "fnp_aenderung" | "informal";
            district: string;
            area: components["schemas"]["AreaGeometryDto"];
            /** @example EPSG:25832 */
            sourceCrs: string;
            /** @example http://www.xplanung.de/xplangml/6/0 */
            xplanVersion: string;
            /** @description Procedure dates found in the file */
            dates: {
                [key: string]: unknown;
            };
        };
        DeadlineProposalDto: {
            /** @enum {string} */
            kind: "early_public" | "early_agencies" | "publication" | "agencies" | "republication" | "informal";
            startDate: string;
            /** @description Legal minimum last day (null: none) */
            minimumEnd: string | null;
            /** @description Proposed last day */
            proposedEnd: string;
        };
        CreatePhaseDto: {
            /** @enum {string} */
            kind: "early_public" | "early_agencies" | "publication" | "agencies" | "republication" | "informal";
            /** @example Öffentliche Auslegung */
            title?: string;
            /** @description Re-publication round, 1..n (republication only) */
            round?: number;
            /**
             * @description First day (Europe/Berlin)
             * @example 2026-12-01
             */
            startDate: string;
            /**
             * @description Last day as announced (Europe/Berlin)
             * @example 2027-01-08
             */
            endDate: string;
            /**
             * @description Default: pre for early_public and informal, none for formal phases
             * @enum {string}
             */
            moderationMode?: "pre" | "post" | "none";
            /**
             * @description Date of the public notice; must precede a publication phase
             * @example 2026-11-20
             */
            noticePublishedOn?: string;
            environmentalInformation?: string;
            areaDescription?: string;
            /** @description Required when the end is earlier than the legal minimum */
            shortenedReason?: string;
        };
        UpdatePhaseDto: {
            /** @example Öffentliche Auslegung */
            title?: string;
            /**
             * @description First day (Europe/Berlin)
             * @example 2026-12-01
             */
            startDate?: string;
            /**
             * @description Last day as announced (Europe/Berlin)
             * @example 2027-01-08
             */
            endDate?: string;
            /**
             * @description Default: pre for early_public and informal, none for formal phases
             * @enum {string}
             */
            moderationMode?: "pre" | "post" | "none";
            /**
             * @description Date of the public notice; must precede a publication phase
             * @example 2026-11-20
             */
            noticePublishedOn?: string;
            environmentalInformation?: string;
            areaDescription?: string;
            /** @description Required when the end is earlier than the legal minimum */
            shortenedReason?: string;
        };
        OptionalReasonDto: {
            reason?: string;
        };
        ExtendPhaseDto: {
            /** @description Shown publicly with the change */
            reason: string;
            /**
             * @description New last day; later than the current one
             * @example 2027-01-22
             */
            endDate: string;
        };
        ReasonDto: {
            /** @description Shown publicly with the change */
            reason: string;
        };
        SubmitterDto: {
            /**
             * @description Anonymous submitters get no result letter
             * @enum {string}
             */
            type: "anonymous" | "named";
            /** @description Required when named */
            name?: string;
            organisation?: string;
            street?: string;
            /** @example 45130 */
            postcode?: string;
            city?: string;
            /** @description Receipt and result are mailed here */
            email?: string;
        };
        SubmitStatementDto: {
            /** @description The statement; the length limit is configured (STATEMENT_MAX_CHARS) */
            text: string;
            /** @description GeoJSON Point, LineString or Polygon (WGS84), inside the plan area */
            geometry?: Record<string, never>;
            /** @description One of the procedure's topics */
            topic?: string;
            submitter: components["schemas"]["SubmitterDto"];
            /**
             * @description The data protection notice (Art. 13 DSGVO) was shown and read
             * @example true
             */
            privacyNoticeAcknowledged: boolean;
            /** @description Ids from POST /api/phases/:id/attachments */
            attachmentIds?: string[];
            /** @description Leave empty (spam trap; hidden from people and screen readers) */
            website?: string;
        };
        ReceiptDto: {
            /** Format: uuid */
            id: string;
            /** @example BP-12-21/2026-0042 */
            reference: string;
            /** Format: date-time */
            receivedAt: string;
            /**
             * @description Receipt time in Europe/Berlin
             * @example 26.11.2026, 14:03 Uhr
             */
            receivedAtBerlin: string;
            /** @enum {string} */
            publicationStatus: "pending" | "published" | "rejected" | "not_public";
            /** @description Private link to follow the statement (keep it; it is not shown again) */
            statusUrl: string;
            /** @description Receipt as PDF (private link) */
            receiptUrl: string;
            /** @description Whether a receipt mail was queued */
            mailed: boolean;
        };
        AttachmentDto: {
            /** Format: uuid */
            id: string;
            filename: string;
            mediaType: string;
            size: number;
        };
        IntakeStatementDto: {
            /** @description The statement; the length limit is configured (STATEMENT_MAX_CHARS) */
            text: string;
            /** @description GeoJSON Point, LineString or Polygon (WGS84), inside the plan area */
            geometry?: Record<string, never>;
            /** @description One of the procedure's topics */
            topic?: string;
            submitter: components["schemas"]["SubmitterDto"];
            /** @description Ids from POST /api/phases/:id/attachments */
            attachmentIds?: string[];
            /** Format: uuid */
            phaseId: string;
            /** @enum {string} */
            channel: "email" | "letter" | "in_person" | "other";
            /**
             * Format: date-time
             * @description When it arrived (postmark or receipt stamp); not in the future, not before the procedure was created
             */
            receivedAt: string;
        };
        StatementStatusDto: {
            reference: string;
            procedureTitle: string;
            /** Format: date-time */
            receivedAt: string;
            receivedAtBerlin: string;
            /** @enum {string} */
            processingStatus: "received" | "in_review" | "assessed" | "result_sent";
            /** @enum {string} */
            publicationStatus: "pending" | "published" | "rejected" | "not_public";
            /** @enum {string} */
            channel: "platform" | "email" | "letter" | "in_person" | "other";
            late: boolean;
            /** @description Your text as received */
            text: string;
            topic: string | null;
            /**
             * @description Why it is not shown publicly (only when publicationStatus is rejected)
             * @enum {string|null}
             */
            rejectionReason: "insult" | "threat" | "discrimination" | "illegal" | "advertising" | "spam" | "third_party_data" | "copyright" | "off_topic" | null;
        };
        PublicStatementDto: {
            /** Format: uuid */
            id: string;
            reference: string;
            /** @description Withheld by moderation: shown as a placeholder, text and location empty */
            hidden: boolean;
            /** @description The published text (redacted by moderation where needed); empty when hidden */
            text: string;
            topic: string | null;
            /** @description GeoJSON geometry */
            geometry: {
                [key: string]: unknown;
            } | null;
            /** Format: date-time */
            receivedAt: string;
            /** Format: uuid */
            phaseId: string;
        };
        PublicStatementListDto: {
            items: components["schemas"]["PublicStatementDto"][];
            /** @description Pass as `after` for the next page */
            nextCursor: string | null;
        };
        MapClusterDto: {
            /** @description [lon, lat] of the cluster centre */
            position: number[];
            count: number;
            /** @description The zoom at which this cluster splits up: a click zooms there */
            expansionZoom: number;
        };
        MapFeatureDto: {
            /** Format: uuid */
            id: string;
            /** @description [lon, lat] */
            position: number[];
        };
        StatementMapDto: {
            /**
             * @description `features` when every statement in the box is a single point
             * @enum {string}
             */
            mode: "clusters" | "features";
            clusters: components["schemas"]["MapClusterDto"][];
            features: components["schemas"]["MapFeatureDto"][];
            /** @description Published statements with a location in the box */
            total: number;
        };
        MapExcerptDto: {
            /** Format: uuid */
            id: string;
            reference: string;
            topic: string | null;
            /** @description The first 200 characters of the published text */
            excerpt: string;
            /** Format: date-time */
            receivedAt: string;
        };
        ModerationStatsDto: {
            pending: number;
            /** @description Statements with open reports */
            reported: number;
            /** @description Median seconds from receipt to the first decision */
            medianSecondsToDecision: number | null;
            /**
             * @example {
             *       "approve": 12,
             *       "reject": 2
             *     }
             */
            decisionsByAction: {
                [key: string]: number;
            };
            /**
             * @example {
             *       "spam": 1,
             *       "insult": 1
             *     }
             */
            rejectionsByReason: {
                [key: string]: number;
            };
        };
        PersonalDataHintDto: {
            /** @enum {string} */
            kind: "email" | "phone" | "iban" | "address" | "name";
            start: number;
            end: number;
            text: string;
        };
        QueueItemDto: {
            /** Format: uuid */
            id: string;
            reference: string;
            /** Format: uuid */
            procedureId: string;
            procedureTitle: string;
            /** Format: uuid */
            phaseId: string;
            /** @description The original text (staff only) */
            text: string;
            publishedText: string | null;
            topic: string | null;
            geometry: {
                [key: string]: unknown;
            } | null;
            /** Format: date-time */
            receivedAt: string;
            /** @enum {string} */
            publicationStatus: "pending" | "published" | "rejected" | "not_public";
            /** @description Pass as expectedVersion with a decision */
            version: number;
            personalDataHints: components["schemas"]["PersonalDataHintDto"][];
            attachments: number;
            /** @description Open reports by the public */
            reports: number;
        };
        QueueDto: {
            items: components["schemas"]["QueueItemDto"][];
            total: number;
        };
        DecisionDto: {
            /** @enum {string} */
            action: "approve" | "reject" | "redact" | "unpublish";
            /**
             * @description Required for reject
             * @enum {string}
             */
            reasonCode?: "insult" | "threat" | "discrimination" | "illegal" | "advertising" | "spam" | "third_party_data" | "copyright" | "off_topic";
            note?: string;
            /** @description Required for redact: the text the public will see */
            publishedText?: string;
            /** @description The version the moderator saw; another decision in between gives 409 */
            expectedVersion: number;
        };
        DecisionResultDto: {
            /** Format: uuid */
            statementId: string;
            /** @enum {string} */
            publicationStatus: "pending" | "published" | "rejected" | "not_public";
            version: number;
            publishedText: string | null;
        };
        ReportDto: {
            /** @enum {string} */
            reason: "insult" | "threat" | "discrimination" | "illegal" | "advertising" | "spam" | "third_party_data" | "copyright" | "off_topic" | "other";
            note?: string;
        };
        PutAssessmentDto: {
            /**
             * @example partly_followed
             * @enum {string}
             */
            result: "followed" | "partly_followed" | "not_followed" | "acknowledged";
            /**
             * @description Required unless the result is `acknowledged` (then "Die Stellungnahme wird zur Kenntnis genommen." by default)
             * @example Die Anregung wird teilweise berücksichtigt: Die Baumreihe wird verlängert.
             */
            response?: string;
            /**
             * @description The version you saw; 0 for a new one
             * @example 0
             */
            expectedVersion: number;
        };
        AssessmentDto: {
            /** Format: uuid */
            statementId: string;
            /** @enum {string|null} */
            result: "followed" | "partly_followed" | "not_followed" | "acknowledged" | null;
            /** @description XBeteiligung 1.2 code of the result */
            resultCode: string | null;
            response: string;
            /** Format: uuid */
            assigneeId: string | null;
            /** Format: uuid */
            groupId: string | null;
            /** @description Send it back as expectedVersion with the next change */
            version: number;
            /** Format: uuid */
            updatedBy: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** @enum {string} */
            processingStatus: "received" | "in_review" | "assessed" | "result_sent";
        };
        WorkspaceStatementDto: {
            /** Format: uuid */
            id: string;
            /** @example BP-12-21/2026-0042 */
            reference: string;
            /** Format: uuid */
            phaseId: string;
            /** @description The original text as received */
            text: string;
            /** @description The redacted public text, if any */
            publishedText: string | null;
            topic: string | null;
            geometry: {
                [key: string]: unknown;
            } | null;
            /** Format: date-time */
            receivedAt: string;
            /** @enum {string} */
            channel: "platform" | "email" | "letter" | "in_person" | "other";
            late: boolean;
            /** @enum {string} */
            processingStatus: "received" | "in_review" | "assessed" | "result_sent";
            /** @enum {string} */
            publicationStatus: "pending" | "published" | "rejected" | "not_public";
            rejectionReason: string | null;
            /** @enum {string} */
            submitterType: "anonymous" | "named";
            /** @enum {string|null} */
            result: "followed" | "partly_followed" | "not_followed" | "acknowledged" | null;
            response: string;
            /** Format: uuid */
            assigneeId: string | null;
            /** Format: uuid */
            groupId: string | null;
            /** @description Signatories of the group (1 when not grouped) */
            groupSize: number;
            /** @description Assessment version, for expectedVersion */
            version: number;
        };
        WorkspaceListDto: {
            items: components["schemas"]["WorkspaceStatementDto"][];
            /** @description Pass as `after` for the next page */
            nextCursor: string | null;
        };
        ProgressDto: {
            /** @description Statements assessed (assessed or result sent) */
            assessed: number;
            /** @description All statements of the procedure, published or not */
            total: number;
            /**
             * @example {
             *       "received": 3
             *     }
             */
            byProcessingStatus: {
                [key: string]: number;
            };
            /**
             * @example {
             *       "followed": 2
             *     }
             */
            byResult: {
                [key: string]: number;
            };
        };
        AssignDto: {
            statementIds: string[];
            /**
             * Format: uuid
             * @description null: unassign
             */
            assigneeId: string | null;
        };
        CountDto: {
            /** @description Statements changed */
            updated: number;
        };
        DetectGroupsDto: {
            /**
             * @description pg_trgm similarity from which two statements count as essentially identical
             * @default 0.8
             */
            threshold: number;
        };
        StatementGroupDto: {
            /** Format: uuid */
            id: string;
            /** @description Signatories: statements in the group */
            size: number;
            /** Format: uuid */
            leadStatementId: string;
            leadReference: string;
            /** @description The first 300 characters of the lead statement */
            excerpt: string;
            /** @description Members already assessed */
            assessed: number;
            /** @description Result announced by public notice instead of letters */
            publicNotice: boolean;
        };
        StatementGroupListDto: {
            items: components["schemas"]["StatementGroupDto"][];
        };
        PutGroupAssessmentDto: {
            /**
             * @example not_followed
             * @enum {string}
             */
            result: "followed" | "partly_followed" | "not_followed" | "acknowledged";
            response?: string;
        };
        PublicNoticeDto: {
            /** @description Announce this group’s result publicly instead of by letters */
            publicNotice: boolean;
        };
        ResponseTemplateDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            procedureId: string;
            title: string;
            topic: string | null;
            /** @enum {string} */
            result: "followed" | "partly_followed" | "not_followed" | "acknowledged";
            text: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ResponseTemplateInputDto: {
            /** @example Baumpflanzungen */
            title: string;
            /** @example Grün */
            topic?: string | null;
            /** @enum {string} */
            result: "followed" | "partly_followed" | "not_followed" | "acknowledged";
            /** @example Die Anregung wird berücksichtigt. */
            text: string;
        };
        ResultLettersPreviewDto: {
            /** @description Named submitters without e-mail: a letter PDF to print and post */
            lettersToPost: number;
            /** @description Statements whose result is announced by public notice */
            publicNotice: number;
            /** @description Anonymous statements: their result is on the public results page */
            anonymous: number;
            /** @description Statements not yet assessed, left as they are */
            notAssessed: number;
            /** @description Letters that sending would write (mailed and to post) */
            letters: number;
            /** @description Of these, mails queued to submitters with an e-mail address */
            mails: number;
            /** @description False while a phase is upcoming or open: sending is refused */
            phasesEnded: boolean;
        };
        ResultLettersDto: {
            /** @description Letters queued in the mail outbox (named submitters with e-mail) */
            letters: number;
            /** @description Named submitters without e-mail: a letter PDF to print and post */
            lettersToPost: number;
            /** @description Statements whose result is announced by public notice */
            publicNotice: number;
            /** @description Anonymous statements: their result is on the public results page */
            anonymous: number;
            /** @description Statements not yet assessed, left as they are */
            notAssessed: number;
        };
        PublicResultDto: {
            reference: string;
            topic: string | null;
            /** @description The published text; empty when the statement was not published */
            text: string;
            /** @enum {string} */
            result: "followed" | "partly_followed" | "not_followed" | "acknowledged";
            /** @description XBeteiligung 1.2 code of the result */
            resultCode: string;
            response: string;
            /** @description Signatories of the group this statement belongs to (1 if none) */
            signatories: number;
            /** @description Announced by public notice instead of a letter */
            publicNotice: boolean;
        };
        PublicResultListDto: {
            items: components["schemas"]["PublicResultDto"][];
            nextCursor: string | null;
        };
        MessagesDto: {
            /** @example Die Anfrage enthält ungültige Angaben. */
            de: string;
            /** @example The request contains invalid data. */
            en: string;
        };
        FieldErrorDto: {
            /** @example bbox */
            field: string;
            /** @example isBBox */
            code: string;
            message: string;
            messages: components["schemas"]["MessagesDto"];
        };
        ProblemDto: {
            /** @example https://mitplanen.de/problems/validation-failed */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance: string;
            /**
             * @description Stable machine-readable code
             * @example VALIDATION_FAILED
             */
            code: string;
            /** @description The detail in German and English */
            messages: components["schemas"]["MessagesDto"];
            errors?: components["schemas"]["FieldErrorDto"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuthController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionUserDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionUserDto"];
                };
            };
            /** @description Not signed in */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    AuthController_providers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProvidersDto"];
                };
            };
        };
    };
    AuthController_forgot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForgotPasswordDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptedDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_reset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_startOidc: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_finishOidc: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AccountController_export: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountExportDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AccountController_removePersonalData: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminUsersController_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Part of e-mail or name */
                q?: string;
                role?: "resident" | "planner" | "moderator" | "admin";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserListDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminUsersController_setRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetRolesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminUsersController_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminUsersController_activate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminUserDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description `info.database.status` is "up"; `info.database.engine` names it
             *
             *     The Health Check is successful
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /**
             * @description Database temporarily unavailable; retry
             *
             *     The Health Check is not successful
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example error
                         * @enum {string}
                         */
                        status?: "error" | "shutting_down";
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    ClientConfigController_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientConfigDto"];
                };
            };
        };
    };
    AdminMailController_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Only messages in this state */
                status?: "pending" | "sending" | "sent" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxMessageListDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminMailController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxMessageDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProceduresController_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                status?: "published" | "archived";
                /** @description Only procedures with a phase in this state now */
                phase?: "upcoming" | "open" | "closed";
                district?: string;
                type?: "bebauungsplan" | "vorhabenbezogener_bebauungsplan" | "fnp_aenderung" | "informal";
                /** @description Full-text search (German) in title, summary, description */
                q?: string;
                /** @description minLon,minLat,maxLon,maxLat (WGS84); only procedures whose area intersects it */
                bbox?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcedureListDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProceduresController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProcedureDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcedureDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Semantically invalid input; `errors` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProceduresController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcedureDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProceduresController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProcedureDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcedureDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Semantically invalid input; `errors` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProceduresController_listForPlanning: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Only procedures with a phase in this state now */
                phase?: "upcoming" | "open" | "closed";
                district?: string;
                type?: "bebauungsplan" | "vorhabenbezogener_bebauungsplan" | "fnp_aenderung" | "informal";
                /** @description Full-text search (German) in title, summary, description */
                q?: string;
                /** @description minLon,minLat,maxLon,maxLat (WGS84); only procedures whose area intersects it */
                bbox?: string;
                status?: "draft" | "published" | "archived";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcedureListDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProceduresController_getForPlanning: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcedureDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProceduresController_importXPlanung: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["XPlanungProposalDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Semantically invalid input; `errors` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProceduresController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    title: string;
                    /** @enum {string} */
                    kind: "plan" | "begruendung" | "umweltbericht" | "gutachten" | "bekanntmachung" | "other";
                    /**
                     * Format: binary
                     * @description PDF, PNG or JPEG
                     */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Semantically invalid input; `errors` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProceduresController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProceduresController_removeDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PhasesController_deadline: {
        parameters: {
            query: {
                kind: "early_public" | "early_agencies" | "publication" | "agencies" | "republication" | "informal";
                startDate: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlineProposalDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PhasesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhaseDto"][];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PhasesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePhaseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhaseDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Semantically invalid input; `errors` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PhasesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePhaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhaseDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Semantically invalid input; `errors` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PhasesController_open: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OptionalReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhaseDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Semantically invalid input; `errors` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PhasesController_extend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtendPhaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhaseDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Semantically invalid input; `errors` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PhasesController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhaseDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    IntakeController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description A retry with the same key gets the first answer */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitStatementDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Semantically invalid input; `errors` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    IntakeController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Error */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description Too many requests
             *
             *     Too many requests
             */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    IntakeController_intake: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IntakeStatementDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceiptDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Semantically invalid input; `errors` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReceiptsController_status: {
        parameters: {
            query: {
                reference: string;
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementStatusDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReceiptsController_receipt: {
        parameters: {
            query: {
                reference: string;
                token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PublicStatementsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Cursor from the previous page */
                after?: string;
                topic?: string;
                bbox?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicStatementListDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PublicStatementsController_geojson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description FeatureCollection */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MapIndexController_map: {
        parameters: {
            query: {
                bbox: string;
                zoom: number;
                topic?: string;
            };
            header?: {
                /** @description ETag of a copy held */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementMapDto"];
                };
            };
            /** @description The copy with this ETag is current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MapIndexController_excerpt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                statementId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MapExcerptDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ModerationController_stream: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ModerationController_stats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModerationStatsDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ModerationController_queue: {
        parameters: {
            query?: {
                limit?: number;
                procedureId?: string;
                phaseId?: string;
                topic?: string;
                status?: "pending" | "published" | "rejected" | "not_public";
                /** @description Only statements with open reports (any publication state) */
                reported?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ModerationController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionResultDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportDto"];
            };
        };
        responses: {
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentController_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutAssessmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentController_workspace: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Cursor from the previous page */
                after?: string;
                phaseId?: string;
                topic?: string;
                processingStatus?: "received" | "in_review" | "assessed" | "result_sent";
                publicationStatus?: "pending" | "published" | "rejected" | "not_public";
                /** @description A user id, or `none` for statements nobody is assigned to */
                assignee?: string;
                late?: boolean;
                /** @description Members of one group of near-identical statements */
                groupId?: string;
                bbox?: string;
                /** @description An area drawn on the map: a GeoJSON Polygon or MultiPolygon (JSON, URL-encoded). Statements whose location point lies inside it. */
                area?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspaceListDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentController_progress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentController_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Semantically invalid input; `errors` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentController_groups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementGroupListDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentController_detectGroups: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DetectGroupsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementGroupListDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentController_putGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutGroupAssessmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentController_publicNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicNoticeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementGroupDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Semantically invalid input; `errors` names the field */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentController_templates: {
        parameters: {
            query?: {
                /** @description Templates for this topic and general ones */
                topic?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseTemplateDto"][];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentController_createTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResponseTemplateInputDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseTemplateDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentController_updateTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResponseTemplateInputDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResponseTemplateDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentController_deleteTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentController_export: {
        parameters: {
            query?: {
                variant?: "anonymised" | "named_internal";
            };
            header?: never;
            path: {
                id: string;
                kind: "xlsx" | "csv" | "pdf" | "geojson";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file; header X-Export-Rows gives the number of statements */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentController_previewResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultLettersPreviewDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentController_sendResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultLettersDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ResultsController_results: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Cursor from the previous page */
                after?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicResultListDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ResultsController_letter: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
}

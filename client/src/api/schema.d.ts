/* Generated from openapi.json by `npm run openapi`; do not edit by hand. */
export interface paths {
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
        /** Client settings: map tiles and initial view (public) */
        get: operations["ClientConfigController_get"];
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
        post?: never;
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
        /** One published procedure (public) */
        get: operations["ProceduresController_get"];
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
        ClientConfigDto: {
            tiles: components["schemas"]["TileConfigDto"];
            map: components["schemas"]["MapConfigDto"];
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
            coordinates: unknown[];
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
            status: "draft" | "published" | "archived";
            area: components["schemas"]["AreaGeometryDto"];
            /** @description [minLon, minLat, maxLon, maxLat] */
            bbox: number[];
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        ProcedureListDto: {
            items: components["schemas"]["ProcedureSummaryDto"][];
            /** @description Number of procedures matching the filters */
            total: number;
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
            status: "draft" | "published" | "archived";
            area: components["schemas"]["AreaGeometryDto"];
            /** @description [minLon, minLat, maxLon, maxLat] */
            bbox: number[];
            /** Format: date-time */
            publishedAt: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** @description Plain text; clients render it as text, never as HTML. */
            description: string;
        };
        FieldErrorDto: {
            /** @example bbox */
            field: string;
            /** @example isBBox */
            code: string;
            message: string;
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
            /**
             * @description The detail in German and English
             * @example {
             *       "de": "…",
             *       "en": "…"
             *     }
             */
            messages: Record<string, never>;
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
    ProceduresController_list: {
        parameters: {
            query?: {
                status?: "published" | "archived";
                district?: string;
                type?: "bebauungsplan" | "vorhabenbezogener_bebauungsplan" | "fnp_aenderung" | "informal";
                /** @description Full-text search (German) in title, summary, description */
                q?: string;
                /** @description minLon,minLat,maxLon,maxLat (WGS84); only procedures whose area intersects it */
                bbox?: string;
                limit?: number;
                offset?: number;
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
}

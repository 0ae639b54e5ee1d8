/* SPDX-License-Identifier: Apache-2.0 */
/**
 * @file clas/json.h
 * @brief JSON documents in and out: dossiers, campaigns, rule data,
 *        evaluation results and reports. The formats are described in
 *        doc/json-format.md and published as JSON Schemas in data/schema/.
 *
 * Every document has a "format" member ("clas-dossier/1", ...). Money is an
 * exact decimal string in euros ("2800.70"). On error, the last error's
 * location reads "origin:line:column: $.json.path".
 */
#ifndef CLAS_JSON_H
#define CLAS_JSON_H

#include "common.h"
#include "regles.h"
#include "dossier.h"
#include "evaluation.h"
#include "campagne.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Frees a string returned by a *_to_json() call; NULL is a no-op. @since 1.0 */
CLAS_API void clas_free(void *p);

/** Flag for *_to_json(): indent the output (two spaces) and end with a newline. @since 1.0 */
#define CLAS_JSON_PRETTY 1u

/**
 * Parses a "clas-dossier/1" document.
 * @param json UTF-8 text of @p len bytes (need not be NUL-terminated).
 * @param origin name used in error locations (file name), or NULL.
 * @param[out] out owned by the caller.
 * @return CLAS_OK; CLAS_EPARSE; CLAS_ESCHEMA; CLAS_EUTF8; CLAS_ERANGE; CLAS_ENOMEM. @since 1.0
 */
CLAS_API int clas_dossier_from_json(clas_dossier **out, const char *json, size_t len, const char *origin);
/** Reads and parses a dossier file. @return as clas_dossier_from_json(), or CLAS_EIO. @since 1.0 */
CLAS_API int clas_dossier_from_json_file(clas_dossier **out, const char *path);
/**
 * Serialises a dossier. @param[out] out NUL-terminated UTF-8, owned by the caller (clas_free()).
 * @return CLAS_OK, CLAS_EINVAL, CLAS_ENOMEM. @since 1.0
 */
CLAS_API int clas_dossier_to_json(char **out, const clas_dossier *dossier, unsigned flags);

/** Parses a "clas-campagne/1" document. @return as clas_dossier_from_json(), or CLAS_ERULES for an inconsistent cadre. @since 1.0 */
CLAS_API int clas_campagne_from_json(clas_campagne **out, const char *json, size_t len, const char *origin);
/** Reads and parses a campaign file. @return as clas_campagne_from_json(), or CLAS_EIO. @since 1.0 */
CLAS_API int clas_campagne_from_json_file(clas_campagne **out, const char *path);
/** Serialises a campaign; @p out owned by the caller (clas_free()). @return CLAS_OK, CLAS_EINVAL, CLAS_ENOMEM. @since 1.0 */
CLAS_API int clas_campagne_to_json(char **out, const clas_campagne *campagne, unsigned flags);

/**
 * Adds the barèmes and cadres of a "clas-regles/1" document to a builder.
 * Validates every entry: a missing field, a duplicated year, an impossible
 * value is CLAS_ERULES or CLAS_ESCHEMA naming the origin, year and field.
 * @param flags 0 or CLAS_REGLES_REPLACE (override entries already added).
 * @return CLAS_OK; CLAS_EINVAL; CLAS_EPARSE; CLAS_ESCHEMA; CLAS_ERULES; CLAS_EEXISTS; CLAS_ERANGE; CLAS_EUTF8; CLAS_ENOMEM.
 * @since 1.0
 */
CLAS_API int clas_regles_builder_add_json(clas_regles_builder *builder, const char *json, size_t len,
                                          const char *origin, unsigned flags);
/** Reads a rule data file into a builder. @return as clas_regles_builder_add_json(), or CLAS_EIO. @since 1.0 */
CLAS_API int clas_regles_builder_add_json_file(clas_regles_builder *builder, const char *path, unsigned flags);
/** Serialises a rule set as a "clas-regles/1" document; @p out owned by the caller. @return CLAS_OK, CLAS_EINVAL, CLAS_ENOMEM. @since 1.0 */
CLAS_API int clas_regles_to_json(char **out, const clas_regles *regles, unsigned flags);

/**
 * Serialises an evaluation as a "clas-resultat/1" document: verdicts,
 * constats with messages in both languages, amounts, the trace when
 * recorded, and provenance (library version, barème and cadre with their
 * sources, rule-set hash). @p out owned by the caller (clas_free()).
 * @return CLAS_OK, CLAS_EINVAL, CLAS_ENOMEM. @since 1.0
 */
CLAS_API int clas_evaluation_to_json(char **out, const clas_evaluation *evaluation, unsigned flags);
/** Serialises a report as a "clas-rapport/1" document (per-dossier results and totals). @return CLAS_OK, CLAS_EINVAL, CLAS_ENOMEM. @since 1.0 */
CLAS_API int clas_rapport_to_json(char **out, const clas_rapport *rapport, const clas_campagne *campagne,
                                  unsigned flags);

#ifdef __cplusplus
}
#endif
#endif
